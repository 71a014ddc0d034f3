package io.oktahooks.jdbc;

import io.oktahooks.core.EventDeduplicator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link EventDeduplicator} shared by every instance that writes to the same database table,
 * so that behind a load balancer each System Log event reaches one handler once, however many
 * times Okta delivers it. Works on PostgreSQL (9.5+), MySQL and MariaDB, and H2; the dialect is
 * chosen from the driver's product name.
 *
 * <pre>{@code
 * JdbcEventDeduplicator events = JdbcEventDeduplicator.builder(dataSource).build();
 * HookEndpoint endpoint = HookEndpoint.builder().authenticator(auth)
 *         .events(delivery -> ...)
 *         .deduplicateEvents(events)
 *         .build();
 * }</pre>
 *
 * <p>One table (default {@value #DEFAULT_TABLE}) with one row per event: the SHA-256 of its
 * {@code uuid} in hex as primary key and the time it was first seen. A delivery is recorded
 * in one round trip that inserts the absent rows and tells which were inserted (PostgreSQL:
 * {@code INSERT ... ON CONFLICT DO NOTHING RETURNING}; H2 and MySQL/MariaDB: one JDBC batch), so
 * two instances racing on one event cannot both win. Rows older than the
 * retention (default one day) are deleted in the background at most once an hour per instance,
 * or when you call {@link #removeExpired()}. Create the table yourself (see README for the DDL)
 * or let {@link Builder#createTable(boolean)} create it at start.
 *
 * <p><b>The database down or slow loses no event.</b> Each delivery gets a deadline (default
 * {@value #DEFAULT_TIMEOUT_MILLIS} ms, the whole exchange including taking a connection from
 * the pool); past it, or on any database error, {@link #firstSeen(Collection)} throws and the
 * endpoint hands the delivery to your handler without deduplication, logging one WARN: at least
 * once, as Okta itself promises. The work runs on a few daemon threads of this object's own,
 * so a database that hangs cannot hold the call past the deadline.
 *
 * <p>Thread-safe. {@link #close()} stops its threads (they also stop by themselves when idle).
 */
public final class JdbcEventDeduplicator implements EventDeduplicator, AutoCloseable {

    /** The default table name. */
    public static final String DEFAULT_TABLE = "okta_hook_events";
    /** The default deadline for recording one delivery, in milliseconds: 1 s of Okta's 3. */
    public static final long DEFAULT_TIMEOUT_MILLIS = 1000;
    /** The default time a row is kept: one day (Okta retries within minutes). */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(1);

    private static final Logger LOG = LoggerFactory.getLogger(JdbcEventDeduplicator.class);
    private static final Pattern TABLE_NAME =
            Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");
    private static final Duration MAX_TIMEOUT = Duration.ofMillis(2500);
    private static final Duration MIN_TIMEOUT = Duration.ofMillis(50);
    private static final Duration EXPIRY_INTERVAL = Duration.ofHours(1);
    /** Rows per statement: a very large delivery is recorded in several statements. */
    static final int MAX_ROWS_PER_STATEMENT = 1000;

    private static final int WORKERS = 4;
    private static final int QUEUE = 16;
    private static final int MAINTENANCE_TIMEOUT_SECONDS = 60;
    private static final HexFormat HEX = HexFormat.of();

    private final DataSource dataSource;
    private final String table;
    private final Duration timeout;
    private final int timeoutSeconds;
    private final Duration retention;
    private final Clock clock;
    private final ThreadPoolExecutor workers;
    private final AtomicLong nextExpiry = new AtomicLong(Long.MIN_VALUE);
    private volatile @Nullable Dialect dialect;

    private JdbcEventDeduplicator(Builder builder) {
        this.dataSource = builder.dataSource;
        this.table = builder.table;
        this.timeout = builder.timeout;
        this.timeoutSeconds = (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
        this.retention = builder.retention;
        this.clock = builder.clock;
        this.dialect = builder.dialect;
        AtomicInteger threads = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(
                WORKERS, WORKERS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), task -> {
                    Thread thread = new Thread(task, "okta-hooks-jdbc-dedup-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        workers.allowCoreThreadTimeOut(true);
    }

    /** Starts configuring a deduplicator over this data source (a connection pool, in production). */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /** Records one event; see {@link #firstSeen(Collection)}. */
    @Override
    public boolean firstSeen(String uuid) {
        return firstSeen(List.of(uuid)).contains(uuid);
    }

    /**
     * Records a delivery's events in one round trip and returns those not recorded before, by this
     * instance or any other sharing the table.
     *
     * @throws IllegalStateException when the database does not answer within the deadline, fails,
     *     or every worker is busy; the endpoint then handles the delivery without deduplication
     */
    @Override
    public Set<String> firstSeen(Collection<String> uuids) {
        if (uuids.isEmpty()) {
            return Set.of();
        }
        Map<String, String> uuidByKey = new LinkedHashMap<>();
        for (String uuid : uuids) {
            uuidByKey.put(sha256Hex(Objects.requireNonNull(uuid, "uuid")), uuid);
        }
        long now = clock.millis();
        List<String> keys = new ArrayList<>(new TreeSet<>(uuidByKey.keySet()));
        Set<String> inserted = withinDeadline(() -> insertAbsent(keys, now));
        Set<String> fresh = new LinkedHashSet<>();
        uuidByKey.forEach((key, uuid) -> {
            if (inserted.contains(key)) {
                fresh.add(uuid);
            }
        });
        expireIfDue(now);
        return fresh;
    }

    /**
     * Deletes the rows older than the retention, now, and returns how many. This happens by itself
     * at most once an hour per instance; call it from a scheduler of your own if you prefer.
     *
     * @throws IllegalStateException when the database fails
     */
    public int removeExpired() {
        return removeExpired(clock.millis());
    }

    /** Deletes the rows that had expired at {@code now} (epoch milliseconds). */
    private int removeExpired(long now) {
        long cutoff = now - retention.toMillis();
        try (Connection connection = dataSource.getConnection()) {
            int removed;
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM " + table + " WHERE seen_at < ?")) {
                delete.setQueryTimeout(MAINTENANCE_TIMEOUT_SECONDS);
                delete.setLong(1, cutoff);
                removed = delete.executeUpdate();
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            LOG.debug("okta hook jdbc: removed {} expired event rows from {}", removed, table);
            return removed;
        } catch (SQLException e) {
            throw new IllegalStateException("removing expired rows from " + table + " failed: " + describe(e), e);
        }
    }

    /** Stops this deduplicator's threads; calls after closing fail (and are handled without deduplication). */
    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** The table and settings, for logs. */
    @Override
    public String toString() {
        return "JdbcEventDeduplicator{table=" + table + ", timeout=" + timeout.toMillis() + " ms, retention="
                + retention + "}";
    }

    private <T> T withinDeadline(Callable<T> work) {
        Future<T> future;
        try {
            future = workers.submit(work);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException(
                    workers.isShutdown() ? "closed" : "busy: " + QUEUE + " deliveries are already waiting", e);
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new IllegalStateException("no answer from " + table + " within " + timeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new IllegalStateException(
                    cause instanceof SQLException sql ? describe(sql) : String.valueOf(cause), cause);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + table, e);
        }
    }

    private Set<String> insertAbsent(List<String> keys, long now) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Dialect sql = dialect(connection);
            boolean autoCommit = connection.getAutoCommit();
            try {
                Set<String> inserted = new java.util.HashSet<>();
                for (int from = 0; from < keys.size(); from += MAX_ROWS_PER_STATEMENT) {
                    List<String> chunk = keys.subList(from, Math.min(keys.size(), from + MAX_ROWS_PER_STATEMENT));
                    inserted.addAll(sql.insertAbsent(connection, table, chunk, now, timeoutSeconds));
                }
                if (!autoCommit) {
                    connection.commit();
                }
                return inserted;
            } catch (SQLException | RuntimeException e) {
                if (!autoCommit) {
                    rollbackQuietly(connection);
                }
                throw e;
            }
        }
    }

    private void expireIfDue(long now) {
        long due = nextExpiry.get();
        if (now < due
                || !nextExpiry.compareAndSet(due, now + Math.min(EXPIRY_INTERVAL.toMillis(), retention.toMillis()))) {
            return;
        }
        try {
            workers.execute(() -> {
                try {
                    removeExpired(now); // as of the delivery that found it due, however late this runs
                } catch (RuntimeException e) {
                    LOG.warn("okta hook jdbc: {}; tried again in an hour", e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            nextExpiry.set(now); // busy or closed: the next delivery tries again
        }
    }

    private Dialect dialect(Connection connection) throws SQLException {
        Dialect known = dialect;
        if (known == null) {
            known = detect(connection.getMetaData());
            dialect = known;
        }
        return known;
    }

    private Dialect detect(DatabaseMetaData metaData) throws SQLException {
        String product = metaData.getDatabaseProductName();
        Dialect detected = Dialect.of(product)
                .orElseThrow(() -> new SQLException("unsupported database " + product
                        + "; okta-hooks-jdbc supports PostgreSQL, MySQL, MariaDB and H2"));
        LOG.info(
                "okta hook jdbc: deduplicating events in {} on {} {}",
                table,
                product,
                metaData.getDatabaseProductVersion());
        return detected;
    }

    /** Creates the table and its index if absent (each statement a no-op when they exist). */
    private void createTable() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(MAINTENANCE_TIMEOUT_SECONDS);
            for (String ddl : dialect(connection).createTable(table)) {
                statement.execute(ddl);
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.debug("okta hook jdbc: rollback failed: {}", describe(e));
        }
    }

    /** A short description of a database failure: its SQLState and message. */
    static String describe(SQLException e) {
        return (e.getSQLState() == null ? "" : "SQLState " + e.getSQLState() + ": ") + e.getMessage();
    }

    static String sha256Hex(String uuid) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(uuid.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /**
     * Configures a {@link JdbcEventDeduplicator}. Setters only record; {@link #build()} checks the
     * whole configuration and names every problem at once.
     */
    public static final class Builder {
        private final DataSource dataSource;
        private String table = DEFAULT_TABLE;
        private Duration timeout = Duration.ofMillis(DEFAULT_TIMEOUT_MILLIS);
        private Duration retention = DEFAULT_RETENTION;
        private boolean createTable;
        private Clock clock = Clock.systemUTC();
        private @Nullable Dialect dialect;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * The table (default {@value JdbcEventDeduplicator#DEFAULT_TABLE}), optionally with its
         * schema ({@code hooks.okta_hook_events}): letters, digits and underscores, as an unquoted
         * SQL identifier.
         */
        public Builder table(String table) {
            this.table = Objects.requireNonNull(table, "table");
            return this;
        }

        /**
         * How long recording one delivery may take, connection included, before the delivery is
         * handled without deduplication: 50 ms to 2.5 s (default 1 s; Okta waits 3 s in all). The
         * database's own query timeout is set to this, rounded up to whole seconds.
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** How long a row is kept: at least one minute (default one day). */
        public Builder retention(Duration retention) {
            this.retention = Objects.requireNonNull(retention, "retention");
            return this;
        }

        /**
         * Whether {@link #build()} creates the table and its index when absent (default false:
         * create them with the DDL in README, or your migration tool). When true, {@code build()}
         * fails if the database cannot be reached.
         */
        public Builder createTable(boolean create) {
            this.createTable = create;
            return this;
        }

        /** The clock rows are stamped and expired by (tests). */
        Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The SQL dialect, instead of detecting it from the driver (tests). */
        Builder dialect(Dialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /**
         * The deduplicator. Reaches the database only when asked to create the table; otherwise the
         * dialect is detected on the first delivery, so a database that is down at start-up costs
         * deduplication, not the start.
         *
         * @throws IllegalStateException naming every problem in the configuration, or why the table
         *     could not be created
         */
        public JdbcEventDeduplicator build() {
            // the SDK's builder convention (core's BuildProblems is internal to core, auth and testkit)
            List<String> problems = new ArrayList<>();
            if (!TABLE_NAME.matcher(table).matches()) {
                problems.add("table must be an unquoted SQL identifier, optionally schema-qualified (letters, digits, "
                        + "underscores; at most 63 characters each), not \"" + table + "\"");
            }
            if (timeout.compareTo(MIN_TIMEOUT) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
                problems.add("timeout must be between 50 ms and 2500 ms (Okta waits 3 s for the whole call), not "
                        + timeout.toMillis() + " ms");
            }
            if (retention.compareTo(Duration.ofMinutes(1)) < 0) {
                problems.add("retention must be at least one minute, not " + retention);
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException(
                        "JdbcEventDeduplicator is misconfigured: " + String.join("; ", problems));
            }
            JdbcEventDeduplicator deduplicator = new JdbcEventDeduplicator(this);
            if (createTable) {
                try {
                    deduplicator.createTable();
                } catch (SQLException e) {
                    deduplicator.close();
                    throw new IllegalStateException("creating the table " + table + " failed: " + describe(e), e);
                }
            }
            return deduplicator;
        }
    }
}
