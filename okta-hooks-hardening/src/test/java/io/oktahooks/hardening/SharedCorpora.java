package io.oktahooks.hardening;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds ../shared (third-party corpora and Okta samples, read in place) or skips the calling test. */
final class SharedCorpora {

    private SharedCorpora() {
    }

    static Path require(String relative) {
        String configured = System.getProperty("okta.shared.dir");
        for (String dir : new String[] {configured, "../shared", "../../shared"}) {
            if (dir != null && Files.exists(Path.of(dir, relative))) {
                return Path.of(dir, relative).toAbsolutePath().normalize();
            }
        }
        assumeTrue(false, "skipped: ../shared/" + relative + " is not beside this checkout (a fresh clone has no ../shared)");
        return null;
    }

    static List<Path> files(String relative, String glob) {
        Path dir = require(relative);
        try (Stream<Path> walk = Files.walk(dir)) {
            var matcher = dir.getFileSystem().getPathMatcher("glob:" + glob);
            return walk.filter(Files::isRegularFile).filter(p -> matcher.matches(p.getFileName())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
