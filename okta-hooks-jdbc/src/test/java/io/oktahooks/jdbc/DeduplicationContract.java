package io.oktahooks.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktahooks.core.HookAuthenticator;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookHttpRequest;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.event.LogEvent;
import io.oktahooks.testsupport.LogCapture;
import io.oktahooks.testsupport.MutableClock;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC deduplicator must do on every database it supports: record a delivery in one
 * statement, answer which events are new, keep every event to exactly one handler across
 * instances and threads, expire old rows, and never cost an event when the database fails.
 */
abstract class DeduplicationContract {

    private static final AtomicInteger TABLES = new AtomicInteger();

    /** The database under test; each test uses tables of its own in it. */
    abstract DataSource dataSource();

    /** The builder for this database (a test may force the dialect). */
    JdbcEventDeduplicator.Builder builder(DataSource dataSource) {
        return JdbcEventDeduplicator.builder(dataSource);
    }

    /** A table name no other test uses. */
    static String newTable() {
        return "okta_hook_events_" + TABLES.incrementAndGet();
    }

    static String delivery(List<String> uuids) {
        StringBuilder events = new StringBuilder();
        for (String uuid : uuids) {
            events.append(events.length() == 0 ? "" : ",")
                    .append("{\"uuid\":\"")
                    .append(uuid)
                    .append(
                            "\",\"published\":\"2026-03-02T10:15:29.412Z\",\"eventType\":\"user.session.start\",\"version\":\"0\","
                                    + "\"severity\":\"INFO\",\"displayMessage\":\"User login to Okta\"}");
        }
        return "{\"eventType\":\"com.okta.event_hook\",\"eventTypeVersion\":\"1.0\",\"cloudEventsVersion\":\"0.1\","
                + "\"source\":\"https://acme.okta.example/api/v1/eventHooks/whoclinic01\",\"eventId\":\"delivery-"
                + uuids.hashCode()
                + "\",\"contentType\":\"application/json\",\"data\":{\"events\":[" + events + "]}}";
    }

    static HookHttpRequest post(List<String> uuids) {
        return HookHttpRequest.postJson(delivery(uuids).getBytes(StandardCharsets.UTF_8));
    }

    /** An endpoint whose handler counts each event by uuid. */
    static HookEndpoint endpoint(JdbcEventDeduplicator deduplicator, Map<String, AtomicInteger> handled) {
        return HookEndpoint.builder()
                .authenticator(HookAuthenticator.insecureAcceptAll())
                .events(d -> d.events().stream()
                        .map(LogEvent::uuid)
                        .forEach(u -> handled.computeIfAbsent(u.orElseThrow(), k -> new AtomicInteger())
                                .incrementAndGet()))
                .deduplicateEvents(deduplicator)
                .build();
    }

    static String logsOf(Runnable code) {
        return LogCapture.logsOf(code);
    }

    static long warnings(String logs) {
        return logs.lines().filter(line -> line.contains(" WARN ")).count();
    }

    int rows(String table) throws SQLException {
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            count.next();
            return count.getInt(1);
        }
    }

    @Test
    void aDeliveryIsAnsweredWithTheEventsNotSeenBefore() {
        try (JdbcEventDeduplicator events =
                builder(dataSource()).table(newTable()).createTable(true).build()) {
            assertThat(events.firstSeen(List.of("a", "b"))).containsExactly("a", "b");
            assertThat(events.firstSeen(List.of("b", "c", "a"))).containsExactly("c");
            assertThat(events.firstSeen("c")).isFalse();
            assertThat(events.firstSeen("d")).isTrue();
            assertThat(events.firstSeen(List.of())).isEmpty();
        }
    }

    @Test
    void theEndpointHandsEachEventToTheHandlerOnce() {
        Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
        try (JdbcEventDeduplicator events =
                builder(dataSource()).table(newTable()).createTable(true).build()) {
            HookEndpoint endpoint = endpoint(events, handled);
            assertThat(endpoint.handle(post(List.of("a", "b"))).status()).isEqualTo(200);
            assertThat(endpoint.handle(post(List.of("b", "c"))).status()).isEqualTo(200);
            assertThat(endpoint.handle(post(List.of("a", "b", "c"))).status()).isEqualTo(200);
        }
        assertThat(handled)
                .containsOnlyKeys("a", "b", "c")
                .allSatisfy((uuid, count) -> assertThat(count).hasValue(1));
    }

    @Test
    void theRowKeyIsTheUuidsSha256SoLongUuidsFit() throws SQLException {
        String table = newTable();
        String longest = "u".repeat(io.oktahooks.core.EventDeduplicator.MAX_UUID_LENGTH);
        try (JdbcEventDeduplicator events =
                builder(dataSource()).table(table).createTable(true).build()) {
            assertThat(events.firstSeen(List.of(longest, "5f0b9c2e-8a41-11f0-9d2a-0242ac120002")))
                    .hasSize(2);
            assertThat(events.firstSeen(longest)).isFalse();
        }
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet keys = statement.executeQuery("SELECT uuid_sha256 FROM " + table + " ORDER BY uuid_sha256")) {
            List<String> stored = new ArrayList<>();
            while (keys.next()) {
                stored.add(keys.getString(1));
            }
            assertThat(stored)
                    .containsExactlyInAnyOrder(
                            JdbcEventDeduplicator.sha256Hex(longest),
                            JdbcEventDeduplicator.sha256Hex("5f0b9c2e-8a41-11f0-9d2a-0242ac120002"));
        }
        assertThat(JdbcEventDeduplicator.sha256Hex("abc"))
                .as("FIPS 180-2's test vector")
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aLargeDeliveryIsRecordedInSeveralStatements() {
        List<String> uuids = new ArrayList<>();
        for (int i = 0; i < JdbcEventDeduplicator.MAX_ROWS_PER_STATEMENT + 10; i++) {
            uuids.add("event-" + i);
        }
        try (JdbcEventDeduplicator events = builder(dataSource())
                .table(newTable())
                .createTable(true)
                .timeout(Duration.ofMillis(2500))
                .build()) {
            assertThat(events.firstSeen(uuids)).hasSize(uuids.size());
            assertThat(events.firstSeen(uuids)).isEmpty();
        }
    }

    @Test
    void severalEndpointsAndManyThreadsHandleEachEventExactlyOnce() throws Exception {
        String table = newTable();
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            pool.add(java.util
                    .UUID
                    .nameUUIDFromBytes(("event " + i).getBytes(StandardCharsets.UTF_8))
                    .toString());
        }
        // every window of 12 consecutive events, shuffled: each event is in 12 overlapping deliveries
        List<List<String>> deliveries = new ArrayList<>();
        for (int start = 0; start < pool.size(); start++) {
            List<String> window = new ArrayList<>();
            for (int k = 0; k < 12; k++) {
                window.add(pool.get((start + k) % pool.size()));
            }
            Collections.shuffle(window, new Random(start));
            deliveries.add(window);
        }
        Collections.shuffle(deliveries, new Random(15));
        Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
        List<JdbcEventDeduplicator> instances = new ArrayList<>();
        List<HookEndpoint> endpoints = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JdbcEventDeduplicator events = builder(dataSource())
                    .table(table)
                    .createTable(true)
                    .timeout(Duration.ofMillis(2500))
                    .build();
            instances.add(events);
            endpoints.add(endpoint(events, handled));
        }
        int threads = 6;
        ExecutorService callers = Executors.newFixedThreadPool(threads);
        CyclicBarrier start = new CyclicBarrier(threads);
        try {
            String logs = logsOf(() -> {
                List<Future<Integer>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    done.add(callers.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        int ok = 0;
                        for (int d = thread; d < deliveries.size(); d += threads) {
                            HookHttpResponse reply =
                                    endpoints.get(d % endpoints.size()).handle(post(deliveries.get(d)));
                            ok += reply.status() == 200 ? 1 : 0;
                        }
                        return ok;
                    }));
                }
                int ok = 0;
                for (Future<Integer> f : done) {
                    try {
                        ok += f.get(120, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }
                assertThat(ok).isEqualTo(deliveries.size());
            });
            assertThat(warnings(logs))
                    .as("no delivery fell back to at-least-once:%n%s", logs)
                    .isZero();
        } finally {
            callers.shutdownNow();
            instances.forEach(JdbcEventDeduplicator::close);
        }
        assertThat(handled).hasSize(pool.size());
        assertThat(handled)
                .allSatisfy((uuid, count) -> assertThat(count).as(uuid).hasValue(1));
        assertThat(rows(table)).isEqualTo(pool.size());
    }

    @Test
    void rowsOlderThanTheRetentionAreRemoved() throws Exception {
        String table = newTable();
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        try (JdbcEventDeduplicator events = builder(dataSource())
                .table(table)
                .createTable(true)
                .clock(clock)
                .retention(Duration.ofHours(2))
                .build()) {
            assertThat(events.firstSeen(List.of("old-1", "old-2"))).hasSize(2);
            clock.advance(Duration.ofMinutes(90));
            assertThat(events.firstSeen(List.of("young"))).hasSize(1);
            assertThat(events.removeExpired()).isZero();
            clock.advance(Duration.ofMinutes(40));
            assertThat(events.removeExpired())
                    .as("the two rows of 130 minutes ago")
                    .isEqualTo(2);
            assertThat(events.firstSeen(List.of("old-1", "young")))
                    .as("an expired event is new again")
                    .containsExactly("old-1");

            clock.advance(Duration.ofHours(3)); // the hourly background expiry is due with the next delivery
            assertThat(events.firstSeen(List.of("fresh"))).hasSize(1);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (rows(table) > 1 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(rows(table)).as("only the row just recorded is left").isEqualTo(1);
        }
    }

    @Test
    void creatingTheTableTwiceIsHarmlessAndWithoutItAMissingTableIsAFailure() {
        String table = newTable();
        try (JdbcEventDeduplicator missing = builder(dataSource()).table(table).build()) {
            assertThatThrownBy(() -> missing.firstSeen("a")).isInstanceOf(IllegalStateException.class);
            builder(dataSource()).table(table).createTable(true).build().close();
            builder(dataSource()).table(table).createTable(true).build().close();
            assertThat(missing.firstSeen("a")).isTrue();
        }
    }

    @Test
    void aConnectionWithAutoCommitOffIsCommitted() throws SQLException {
        String table = newTable();
        try (JdbcEventDeduplicator events = builder(TestDataSources.transactional(dataSource()))
                .table(table)
                .createTable(true)
                .build()) {
            assertThat(events.firstSeen(List.of("a", "b"))).hasSize(2);
            assertThat(events.firstSeen(List.of("a", "c"))).containsExactly("c");
            assertThat(events.removeExpired()).isZero();
        }
        assertThat(rows(table)).isEqualTo(3);
    }

    @Test
    void theDatabaseDownCostsNoEventAndOneWarn() {
        AtomicInteger attempts = new AtomicInteger();
        Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
        try (JdbcEventDeduplicator events =
                builder(TestDataSources.down(attempts)).build()) {
            HookEndpoint endpoint = endpoint(events, handled);
            HookHttpResponse[] reply = new HookHttpResponse[1];
            String logs = logsOf(() -> reply[0] = endpoint.handle(post(List.of("a", "b", "c"))));
            assertThat(reply[0].status()).isEqualTo(200);
            assertThat(handled).containsOnlyKeys("a", "b", "c");
            assertThat(warnings(logs)).as(logs).isEqualTo(1);
            assertThat(logs)
                    .contains("event deduplication was skipped")
                    .contains("SQLState 08001: Connection to 127.0.0.1:5432 refused");
        }
    }

    @Test
    void aHangingDatabaseCostsNoEventAndTheDeliveryIsHandledWithinTheDeadline() {
        AtomicInteger attempts = new AtomicInteger();
        Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
        try (JdbcEventDeduplicator events = builder(TestDataSources.hanging(attempts))
                .timeout(Duration.ofMillis(300))
                .build()) {
            HookEndpoint endpoint = endpoint(events, handled);
            endpoint.handle(post(List.of())); // classes loaded: the timing below is the deadline's
            long start = System.nanoTime();
            String logs = logsOf(() -> assertThat(
                            endpoint.handle(post(List.of("a", "b"))).status())
                    .isEqualTo(200));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(millis)
                    .as("handled at the 300 ms deadline, far inside Okta's 3 s")
                    .isBetween(250L, 2500L);
            assertThat(handled).containsOnlyKeys("a", "b");
            assertThat(warnings(logs)).as(logs).isEqualTo(1);
            assertThat(logs).contains("no answer from okta_hook_events within 300 ms");
        }
    }

    @Test
    void everyProblemInTheConfigurationIsNamedAtOnce() {
        assertThatThrownBy(() -> JdbcEventDeduplicator.builder(dataSource())
                        .table("events; DROP TABLE users")
                        .timeout(Duration.ofSeconds(3))
                        .retention(Duration.ofSeconds(5))
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(
                        "JdbcEventDeduplicator is misconfigured: table must be an unquoted SQL identifier")
                .hasMessageContaining("timeout must be between 50 ms and 2500 ms")
                .hasMessageContaining("retention must be at least one minute");
        assertThat(Set.of("hooks.okta_events", "_x", "A1"))
                .allSatisfy(name -> JdbcEventDeduplicator.builder(dataSource())
                        .table(name)
                        .build()
                        .close());
    }
}
