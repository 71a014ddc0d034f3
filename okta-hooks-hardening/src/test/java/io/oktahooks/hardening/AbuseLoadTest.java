package io.oktahooks.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.core.internal.HookJson;
import io.oktahooks.examples.ExampleConfig;
import io.oktahooks.examples.ExampleService;
import io.oktahooks.testkit.fixtures.Fixture;
import io.oktahooks.testkit.tokens.BasicAuth;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * The example service under concurrent load on loopback, mixing valid calls, bad credentials,
 * malformed and oversized bodies: every call gets the right status, no 5xx for caller-caused
 * failures, every valid call is answered correctly, and the heap is back where it started.
 *
 * <p>In {@code mvn verify} it runs 5 s with 16 connections; the full run is
 * {@code -Dload.seconds=60 -Dload.connections=64} (see HARDENING.md). Bounded in count and time,
 * loopback only.
 */
class AbuseLoadTest {

    private enum Kind {
        VALID_TOKEN,
        VALID_TELEPHONY,
        BAD_CREDENTIALS,
        MALFORMED,
        OVERSIZED
    }

    @Test
    void mixedAbuseGetsOnlyTheRightAnswers() throws Exception {
        int seconds = Integer.getInteger("load.seconds", 5);
        int connections = Integer.getInteger("load.connections", 16);
        try (ExampleService service = ExampleService.start(ExampleConfig.fromEnvironment(Map.of(
                "HOOKS_PORT", "0", "HOOKS_BASIC_USER", "load", "HOOKS_BASIC_PASSWORD", "load-test-password-123")))) {
            URI token = URI.create("http://127.0.0.1:" + service.port() + "/hooks/token");
            URI telephony = URI.create("http://127.0.0.1:" + service.port() + "/hooks/telephony");
            String basic = BasicAuth.header("load", "load-test-password-123");
            byte[] tokenBody = Fixture.TOKEN_AUTHORIZATION_CODE.bytes();
            byte[] telephonyBody = Fixture.TELEPHONY_MFA_VERIFICATION_SMS.bytes();
            byte[] malformed = "{\"eventType\": \"com.okta.oauth2.tokens.transform\", \"data\": {".getBytes();
            byte[] oversized = new byte[2 * 1024 * 1024];
            Arrays.fill(oversized, (byte) ' ');

            long heapBefore = usedHeapAfterGc();
            HttpClient client = HttpClient.newBuilder()
                    .executor(Executors.newFixedThreadPool(4))
                    .connectTimeout(Duration.ofSeconds(3))
                    .build();
            Map<Kind, LongAdder> sent = new ConcurrentHashMap<>();
            Map<String, LongAdder> wrong = new ConcurrentHashMap<>();
            LongAdder serverErrors = new LongAdder();
            LongAdder oversizedClosed = new LongAdder();
            List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicLong counter = new AtomicLong();
            long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            ExecutorService workers = Executors.newFixedThreadPool(connections);
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < connections; w++) {
                futures.add(workers.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        Kind kind = Kind.values()[(int) (counter.getAndIncrement() % Kind.values().length)];
                        sent.computeIfAbsent(kind, k -> new LongAdder()).increment();
                        HttpRequest.Builder request = HttpRequest.newBuilder(
                                        kind == Kind.VALID_TELEPHONY ? telephony : token)
                                .timeout(Duration.ofSeconds(3))
                                .header("Content-Type", "application/json");
                        byte[] body = switch (kind) {
                            case VALID_TOKEN, BAD_CREDENTIALS -> tokenBody;
                            case VALID_TELEPHONY -> telephonyBody;
                            case MALFORMED -> malformed;
                            case OVERSIZED -> oversized;
                        };
                        request.header(
                                "Authorization",
                                kind == Kind.BAD_CREDENTIALS ? BasicAuth.header("load", "wrong-password-xyz") : basic);
                        request.POST(HttpRequest.BodyPublishers.ofByteArray(body));
                        long start = System.nanoTime();
                        HttpResponse<byte[]> response;
                        try {
                            response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                        } catch (java.io.IOException e) {
                            if (kind == Kind.OVERSIZED) {
                                oversizedClosed
                                        .increment(); // refused mid-upload: the server closed before reading 2 MiB
                                continue;
                            }
                            wrong.computeIfAbsent(kind + " " + e.getClass().getSimpleName(), k -> new LongAdder())
                                    .increment();
                            continue;
                        }
                        int status = response.statusCode();
                        if (status >= 500) {
                            serverErrors.increment();
                        }
                        boolean right = switch (kind) {
                            case VALID_TOKEN ->
                                status == 200
                                        && HookJson.readTree(response.body())
                                                .at("/commands/0/value/0/value")
                                                .asText()
                                                .equals("1235");
                            case VALID_TELEPHONY ->
                                status == 200
                                        && HookJson.readTree(response.body())
                                                .at("/commands/0/value/0/status")
                                                .asText()
                                                .equals("SUCCESSFUL");
                            case BAD_CREDENTIALS -> status == 401;
                            case MALFORMED -> status == 400;
                            case OVERSIZED -> status == 413;
                        };
                        if (!right) {
                            wrong.computeIfAbsent(kind + " " + status, k -> new LongAdder())
                                    .increment();
                        } else if (kind == Kind.VALID_TOKEN || kind == Kind.VALID_TELEPHONY) {
                            latencies.add(System.nanoTime() - start);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            workers.shutdown();
            long heapAfter = usedHeapAfterGc();
            List<Long> sorted = new ArrayList<>(latencies);
            sorted.sort(Long::compare);
            String report = String.format(
                    "abuse load: %d s, %d connections, sent %s, oversized closed mid-upload %d, wrong %s, "
                            + "5xx %d, valid p50 %.2f ms p99 %.2f ms p99.9 %.2f ms, heap after GC %d KiB -> %d KiB",
                    seconds,
                    connections,
                    sent,
                    oversizedClosed.sum(),
                    wrong,
                    serverErrors.sum(),
                    percentile(sorted, 0.50),
                    percentile(sorted, 0.99),
                    percentile(sorted, 0.999),
                    heapBefore / 1024,
                    heapAfter / 1024);
            System.out.println(report);
            assertThat(wrong).as(report).isEmpty();
            assertThat(serverErrors.sum()).as(report).isZero();
            assertThat(sorted).as(report).isNotEmpty();
            assertThat(heapAfter).as(report).isLessThan(heapBefore + 64L * 1024 * 1024);
        }
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1_000_000.0;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
