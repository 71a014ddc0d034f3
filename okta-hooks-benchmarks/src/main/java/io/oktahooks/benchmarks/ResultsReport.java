package io.oktahooks.benchmarks;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a JMH JSON result ({@code -rf json -rff jmh.json}) into the tables of RESULTS.md, so that no
 * figure there is copied by hand.
 *
 * <pre>
 * java -cp okta-hooks-benchmarks/target/benchmarks.jar io.oktahooks.benchmarks.ResultsReport jmh.json [RESULTS.md]
 * </pre>
 *
 * With only the JSON it prints the tables. With a Markdown file it replaces what stands between
 * {@code <!-- jmh-report:begin -->} and {@code <!-- jmh-report:end -->} in that file. Benchmarks
 * missing from the JSON (a partial run) are left out of the tables.
 */
public final class ResultsReport {

    static final String BEGIN = "<!-- jmh-report:begin -->";
    static final String END = "<!-- jmh-report:end -->";

    private static final String PACKAGE = "io.oktahooks.benchmarks.";

    /**
     * An SDK benchmark beside its baseline, with the project's target for the pair (issue #19's):
     * {@code met} tests the time ratio and the bytes ratio (SDK over baseline, same run); null for a
     * pair shown for reference.
     */
    record Pair(
            String title,
            String sdk,
            String baselineName,
            String baseline,
            String target,
            @Nullable RatiosMet met) {}

    /** Whether a pair's time and bytes ratios meet its target. */
    @FunctionalInterface
    interface RatiosMet {
        boolean test(double timeRatio, double bytesRatio);
    }

    static final List<Pair> PAIRS = List.of(
            new Pair(
                    "1. Token hook, bytes in to bytes out, Basic auth (4.3 KB request)",
                    "TokenHookBenchmark.sdk",
                    "hand-written Jackson tree + constant-time compare",
                    "TokenHookBenchmark.handWritten",
                    "≤ 1.0× time and bytes",
                    (time, bytes) -> time <= 1.0 && bytes <= 1.0),
            new Pair(
                    "1. (reference) the SDK's typed work alone: parse, handler, response written with the 256 KB check, no endpoint rules",
                    "TokenHookBenchmark.sdkTypedWorkOnly",
                    "hand-written Jackson tree + constant-time compare",
                    "TokenHookBenchmark.handWritten",
                    "-",
                    null),
            new Pair(
                    "2. Bearer JWT, first seen",
                    "JwtVerificationBenchmark.firstSeenSdk",
                    "raw nimbus DefaultJWTProcessor",
                    "JwtVerificationBenchmark.firstSeenNimbus",
                    "faster (< 1.0× time)",
                    (time, bytes) -> time < 1.0),
            new Pair(
                    "2. Bearer JWT, first seen",
                    "JwtVerificationBenchmark.firstSeenSdk",
                    "okta-jwt-verifier-java",
                    "JwtVerificationBenchmark.firstSeenOktaJwtVerifier",
                    "faster (< 1.0× time)",
                    (time, bytes) -> time < 1.0),
            new Pair(
                    "3. Bearer JWT, same token again",
                    "JwtVerificationBenchmark.repeatedSdk",
                    "raw nimbus verifying again",
                    "JwtVerificationBenchmark.repeatedNimbus",
                    "≥ 50× faster",
                    (time, bytes) -> time <= 0.02),
            new Pair(
                    "4. Event delivery, 100 events, parsed and read",
                    "EventDeliveryBenchmark.sdk",
                    "Jackson tree",
                    "EventDeliveryBenchmark.jacksonTree",
                    "≤ 1.0× time, ≤ 1.1× bytes",
                    (time, bytes) -> time <= 1.0 && bytes <= 1.1),
            new Pair(
                    "5. Token response, 50 nested claims, with the 256 KB check",
                    "LargeResponseBenchmark.sdk",
                    "hand-built ObjectNode",
                    "LargeResponseBenchmark.handBuilt",
                    "≤ 1.0× time",
                    (time, bytes) -> time <= 1.0));

    /** The 64 KB latency calls (sample mode) with their targets in milliseconds at p99. */
    static final Map<String, String[]> LATENCY = new LinkedHashMap<>();

    static {
        LATENCY.put(
                "LargeBodyLatencyBenchmark.bearerVerifiedAndParsed",
                new String[] {"bearer JWT verified in full, 64 KB body parsed and answered", "25", "p99 < 25 ms"});
        LATENCY.put(
                "LargeBodyLatencyBenchmark.bearerBadSignatureRefused",
                new String[] {"bad signature, refused before the body (401)", "1", "p99 < 1 ms"});
        LATENCY.put(
                "LargeBodyLatencyBenchmark.bearerHugeTokenRefused",
                new String[] {"64 KiB token, refused by size (J15)", "1", "p99 < 1 ms"});
        LATENCY.put(
                "LargeBodyLatencyBenchmark.basicWrongCredentialsRefused",
                new String[] {"wrong Basic credentials (B1)", "1", "p99 < 1 ms"});
    }

    private ResultsReport() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: ResultsReport jmh.json [RESULTS.md]");
            System.exit(2);
        }
        Path json = Path.of(args[0]);
        String tables = report(
                read(json),
                LocalDate.ofInstant(Files.getLastModifiedTime(json).toInstant(), ZoneOffset.UTC),
                machine());
        if (args.length == 1) {
            System.out.print(tables);
            return;
        }
        Path markdown = Path.of(args[1]);
        Files.writeString(
                markdown, splice(Files.readString(markdown, StandardCharsets.UTF_8), tables), StandardCharsets.UTF_8);
        System.err.println("ResultsReport: tables in " + markdown + " regenerated from " + json);
    }

    static JsonNode read(Path json) throws IOException {
        // JMH writes NaN for the error of a single iteration
        return JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build()
                .readTree(json.toFile());
    }

    /** Replaces the generated part of a Markdown document, keeping the markers. */
    static String splice(String markdown, String tables) {
        int begin = markdown.indexOf(BEGIN);
        int end = markdown.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("the document has no " + BEGIN + " ... " + END + " section");
        }
        return markdown.substring(0, begin + BEGIN.length()) + "\n" + tables + markdown.substring(end);
    }

    /** The Markdown tables for a JMH result. */
    static String report(JsonNode results, LocalDate date, String machine) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (JsonNode result : results) {
            String name = result.path("benchmark").asText().replace(PACKAGE, "");
            JsonNode params = result.path("params");
            if (!params.isMissingNode() && params.size() > 0) {
                List<String> values = new ArrayList<>();
                params.properties()
                        .forEach(p -> values.add(p.getKey() + "=" + p.getValue().asText()));
                name += " [" + String.join(", ", values) + "]";
            }
            byName.put(name, result);
        }
        StringBuilder out = new StringBuilder();
        JsonNode first = results.path(0);
        out.append("\n_Generated by `ResultsReport` from a JMH JSON result of ")
                .append(date)
                .append(": ")
                .append(machine)
                .append("; ")
                .append(first.path("vmName").asText())
                .append(' ')
                .append(first.path("jdkVersion").asText())
                .append(", JMH ")
                .append(first.path("jmhVersion").asText())
                .append(", ")
                .append(first.path("forks").asInt())
                .append(" fork(s), ")
                .append(first.path("warmupIterations").asInt())
                .append(" × ")
                .append(first.path("warmupTime").asText())
                .append(" warm-up, ")
                .append(first.path("measurementIterations").asInt())
                .append(" × ")
                .append(first.path("measurementTime").asText())
                .append(" measurement. ± is JMH's 99.9 % confidence half-width._\n");

        List<String> pairRows = new ArrayList<>();
        for (Pair pair : PAIRS) {
            JsonNode sdk = byName.get(pair.sdk());
            JsonNode baseline = byName.get(pair.baseline());
            if (sdk == null || baseline == null) {
                continue;
            }
            double ratio = score(sdk) / score(baseline);
            double sdkBytes = allocated(sdk);
            double baselineBytes = allocated(baseline);
            String ratioText =
                    ratio < 0.5 ? fixed(ratio, 2) + "× (" + fixed(1 / ratio, 1) + "× faster)" : fixed(ratio, 2) + "×";
            pairRows.add("| " + pair.title() + " | " + scoreWithError(sdk) + " | " + pair.baselineName() + " | "
                    + scoreWithError(baseline) + " | **" + ratioText + "** | " + bytes(sdkBytes) + " | "
                    + bytes(baselineBytes)
                    + " | "
                    + (Double.isNaN(sdkBytes) || Double.isNaN(baselineBytes)
                            ? "-"
                            : fixed(sdkBytes / baselineBytes, 2) + "×")
                    + " | " + pair.target() + " | "
                    + (pair.met() == null ? "-" : pair.met().test(ratio, sdkBytes / baselineBytes) ? "yes" : "**no**")
                    + " |");
        }
        if (!pairRows.isEmpty()) {
            out.append("\n### SDK beside the baseline (time and allocation per operation)\n\n")
                    .append(
                            "| benchmark | SDK µs/op | baseline | baseline µs/op | time ratio | SDK B/op | baseline B/op | bytes ratio | target | met? |\n")
                    .append("|---|---|---|---|---|---|---|---|---|---|\n");
            pairRows.forEach(row -> out.append(row).append('\n'));
        }

        List<String> latencyRows = new ArrayList<>();
        for (Map.Entry<String, String[]> call : LATENCY.entrySet()) {
            JsonNode result = byName.get(call.getKey());
            if (result == null) {
                continue;
            }
            JsonNode percentiles = result.path("primaryMetric").path("scorePercentiles");
            double toMs =
                    toMillis(result.path("primaryMetric").path("scoreUnit").asText());
            double p99 = percentiles.path("99.0").asDouble() * toMs;
            latencyRows.add(
                    "| " + call.getValue()[0] + " | " + String.format(Locale.ROOT, "%,d", samples(result)) + " | "
                            + ms(percentiles.path("50.0").asDouble() * toMs) + " | **" + ms(p99) + "** | "
                            + ms(percentiles.path("99.9").asDouble() * toMs) + " | "
                            + ms(percentiles.path("100.0").asDouble() * toMs)
                            + " | " + call.getValue()[2] + " | "
                            + (p99 < Double.parseDouble(call.getValue()[1]) ? "yes" : "**no**") + " |");
        }
        if (!latencyRows.isEmpty()) {
            out.append("\n### A 64 KB call: latency percentiles (sample mode)\n\n")
                    .append(
                            "| call | samples | p50 | p99 | p99.9 | max | target | met? |\n|---|---|---|---|---|---|---|---|\n");
            latencyRows.forEach(row -> out.append(row).append('\n'));
        }

        List<String> timingRows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : byName.entrySet()) {
            if (entry.getKey().startsWith("SecretTimingBenchmark.authenticate [")) {
                timingRows.add("| "
                        + entry.getValue().path("params").path("matchingPrefix").asText() + " | "
                        + scoreWithError(entry.getValue()) + " |");
            }
        }
        if (!timingRows.isEmpty()) {
            out.append("\n### Header-secret check against the prefix shared with the secret (H3)\n\n")
                    .append("| characters shared with the 49-character secret | µs per call |\n|---|---|\n");
            timingRows.forEach(row -> out.append(row).append('\n'));
        }

        out.append(
                "\n### Every result\n\n| benchmark | mode | score | unit | allocated B/op |\n|---|---|---|---|---|\n");
        for (Map.Entry<String, JsonNode> entry : byName.entrySet()) {
            JsonNode result = entry.getValue();
            out.append("| ")
                    .append(entry.getKey())
                    .append(" | ")
                    .append(result.path("mode").asText())
                    .append(" | ")
                    .append(scoreWithError(result))
                    .append(" | ")
                    .append(result.path("primaryMetric").path("scoreUnit").asText())
                    .append(" | ")
                    .append(bytes(allocated(result)))
                    .append(" |\n");
        }
        out.append('\n');
        return out.toString();
    }

    private static double score(JsonNode result) {
        return result.path("primaryMetric").path("score").asDouble();
    }

    private static String scoreWithError(JsonNode result) {
        JsonNode metric = result.path("primaryMetric");
        double error = metric.path("scoreError").asDouble(Double.NaN);
        int digits = metric.path("score").asDouble() < 10 ? 3 : 2;
        return fixed(metric.path("score").asDouble(), digits)
                + (Double.isNaN(error) ? "" : " ± " + fixed(error, digits));
    }

    /** {@code gc.alloc.rate.norm} (bytes per operation, with {@code -prof gc}), or NaN without it. */
    private static double allocated(JsonNode result) {
        JsonNode norm = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
        return norm.isMissingNode() ? Double.NaN : norm.path("score").asDouble();
    }

    private static long samples(JsonNode result) {
        long count = 0;
        for (JsonNode fork : result.path("primaryMetric").path("rawDataHistogram")) {
            for (JsonNode iteration : fork) {
                for (JsonNode bucket : iteration) {
                    count += bucket.path(1).asLong();
                }
            }
        }
        return count;
    }

    private static double toMillis(String unit) {
        return switch (unit) {
            case "ns/op" -> 1e-6;
            case "us/op" -> 1e-3;
            case "ms/op" -> 1;
            case "s/op" -> 1e3;
            default -> throw new IllegalArgumentException("not a time unit: " + unit);
        };
    }

    private static String ms(double millis) {
        return fixed(millis, millis < 1 ? 3 : 2) + " ms";
    }

    private static String bytes(double bytes) {
        return Double.isNaN(bytes) ? "-" : String.format(Locale.ROOT, "%,.0f", bytes);
    }

    private static String fixed(double value, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", value);
    }

    /** Cores, processor model and memory of this machine, from /proc where it exists. */
    static String machine() {
        String model = "unknown processor";
        long memKb = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    model = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memKb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            // keep what was found
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + model + ")"
                + (memKb > 0 ? ", " + Math.round(memKb / 1024.0 / 1024.0) + " GiB" : "");
    }
}
