package io.oktahooks.core;

import io.oktahooks.core.internal.HookJson;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the team's third-party reference material ({@code ../shared} beside the checkout) and reads
 * it in place. Tests that need it skip with a clear message on a fresh clone without it.
 */
public final class SharedSamples {

    private SharedSamples() {
    }

    /** The shared folder, or null when absent. */
    public static Path sharedDir() {
        String configured = System.getProperty("okta.shared.dir");
        for (String candidate : new String[] {configured, "../shared", "../../shared"}) {
            if (candidate != null) {
                Path path = Path.of(candidate).toAbsolutePath().normalize();
                if (Files.isDirectory(path.resolve("okta-samples"))) {
                    return path;
                }
            }
        }
        return null;
    }

    /** {@code ../shared/<relative>}, skipping the calling test when it is absent. */
    public static Path require(String relative) {
        Path shared = sharedDir();
        assumeTrue(shared != null && Files.exists(shared.resolve(relative)),
                "skipped: ../shared/" + relative + " is not beside this checkout (a fresh clone has no ../shared; "
                        + "the team's reference material lives there)");
        return shared.resolve(relative);
    }

    /** The JSON files of a samples folder whose names start with a prefix, sorted. */
    public static List<Path> samples(String folder, String prefix) {
        Path dir = require("okta-samples/" + folder);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".json"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode tree(Path file) {
        return HookJson.readTree(bytes(file));
    }

    public static JsonNode sample(String relative) {
        return tree(require("okta-samples/" + relative));
    }
}
