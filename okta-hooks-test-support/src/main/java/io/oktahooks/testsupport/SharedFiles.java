package io.oktahooks.testsupport;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The team's third-party reference material ({@code ../shared} beside the checkout: Okta's sample
 * payloads, JSONTestSuite, Wycheproof), read in place and never copied into the project.
 *
 * <p>Where it is looked for: the {@code okta.shared.dir} system property (the build sets it to
 * {@code ../shared} beside the reactor root), then {@code ../shared} and {@code ../../shared} from the
 * working directory.
 *
 * <p>When a test may skip: only when there is no shared folder at all (a stranger's fresh clone), and
 * then only when {@code okta.hooks.requireShared} is not {@code true} ({@code .ci/run} sets it when
 * {@code ../shared} is there). When the folder is there, a file a test needs that is missing,
 * unreadable or empty of matches fails the test: nothing skips silently.
 */
public final class SharedFiles {

    /** System property naming the shared folder. */
    public static final String DIR_PROPERTY = "okta.shared.dir";

    /** System property that turns "skip when ../shared is absent" into a failure. */
    public static final String REQUIRE_PROPERTY = "okta.hooks.requireShared";

    private SharedFiles() {}

    /** The shared folder, when there is one. */
    public static Optional<Path> dir() {
        for (String candidate : new String[] {System.getProperty(DIR_PROPERTY), "../shared", "../../shared"}) {
            if (candidate != null && !candidate.isBlank()) {
                Path path = Path.of(candidate).toAbsolutePath().normalize();
                if (Files.isDirectory(path)) {
                    return Optional.of(path);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a missing shared folder fails the tests that need it instead of skipping them. */
    public static boolean required() {
        return Boolean.parseBoolean(
                System.getProperty(REQUIRE_PROPERTY, "false").trim());
    }

    /**
     * {@code <shared>/<relative>}, a readable file or folder. Skips the calling test when there is no
     * shared folder (and it is not required); fails it when the folder is there but this entry is not.
     */
    public static Path require(String relative) {
        Optional<Path> shared = dir();
        if (shared.isEmpty()) {
            String where =
                    "../shared/" + relative + " (looked in -D" + DIR_PROPERTY + "=" + System.getProperty(DIR_PROPERTY)
                            + ", ../shared and ../../shared from " + Path.of("").toAbsolutePath() + ")";
            if (required()) {
                fail("missing: " + where + "; -D" + REQUIRE_PROPERTY + "=true makes its absence a failure");
            }
            assumeTrue(
                    false,
                    "skipped: " + where + " is not beside this checkout (a fresh clone has no ../shared; "
                            + "the team's reference material lives there)");
        }
        Path path = shared.orElseThrow().resolve(relative).normalize();
        if (!Files.exists(path)) {
            fail("missing: " + path + " (the shared folder " + shared.orElseThrow()
                    + " is there, so a test that needs it fails)");
        }
        if (!Files.isReadable(path)) {
            fail("unreadable: " + path);
        }
        return path;
    }

    /**
     * The regular files under {@code <shared>/<relative>} (at any depth) whose file name matches a glob
     * such as {@code "*.json"} or {@code "request*"}, sorted. Skips or fails as {@link #require} does,
     * and fails when nothing matches.
     */
    public static List<Path> files(String relative, String glob) {
        Path dir = require(relative);
        PathMatcher matcher = dir.getFileSystem().getPathMatcher("glob:" + glob);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> matcher.matches(p.getFileName()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            fail("no file matching " + glob + " under " + dir);
        }
        return files;
    }

    /** The bytes of a file, failing the test (not skipping it) when it cannot be read. */
    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
