package io.oktahooks.jdbc;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The SQL each supported database needs for "insert these keys unless present, and tell me which
 * were inserted", in one statement (PostgreSQL) or one JDBC batch (H2, MySQL/MariaDB). Keys always
 * arrive sorted, so two deliveries sharing events lock their rows in the same order and cannot
 * deadlock.
 */
enum Dialect {

    /** {@code INSERT ... ON CONFLICT DO NOTHING RETURNING}: one statement, one round trip (PostgreSQL 9.5+). */
    POSTGRESQL("PostgreSQL") {
        @Override
        Set<String> insertAbsent(
                Connection connection, String table, List<String> keys, long seenAt, int timeoutSeconds)
                throws SQLException {
            StringBuilder sql =
                    new StringBuilder("INSERT INTO ").append(table).append(" (uuid_sha256, seen_at) VALUES ");
            rows(sql, keys.size(), "(?, ?)");
            sql.append(" ON CONFLICT DO NOTHING RETURNING uuid_sha256");
            return query(connection, sql.toString(), keys, seenAt, timeoutSeconds);
        }

        @Override
        List<String> createTable(String table) {
            return List.of(
                    TABLE.formatted(table),
                    "CREATE INDEX IF NOT EXISTS " + indexName(table, false) + " ON " + table + " (seen_at)");
        }
    },

    /**
     * A plain {@code INSERT} per row in one JDBC batch: a row that is there fails alone with a
     * duplicate key, and the batch's update counts tell each row's fate. (H2's {@code MERGE} read
     * through {@code FINAL TABLE} looked like one statement, but under concurrent deliveries it
     * failed to report some rows it inserted, so an event would have reached no handler.)
     */
    H2("H2") {
        @Override
        Set<String> insertAbsent(
                Connection connection, String table, List<String> keys, long seenAt, int timeoutSeconds)
                throws SQLException {
            return batch(
                    connection,
                    "INSERT INTO " + table + " (uuid_sha256, seen_at) VALUES (?, ?)",
                    keys,
                    seenAt,
                    timeoutSeconds,
                    true);
        }

        @Override
        List<String> createTable(String table) {
            return List.of(
                    TABLE.formatted(table),
                    "CREATE INDEX IF NOT EXISTS " + indexName(table, true) + " ON " + table + " (seen_at)");
        }
    },

    /**
     * {@code INSERT IGNORE}, one row a statement in one JDBC batch, each statement's update count
     * telling whether its row was inserted (1) or was there (0). MySQL has no {@code RETURNING};
     * leave the driver's {@code rewriteBatchedStatements} off, since a rewritten batch reports no
     * per-row counts (the deduplicator then fails and the endpoint handles the delivery without it).
     */
    MYSQL("MySQL", "MariaDB") {
        @Override
        Set<String> insertAbsent(
                Connection connection, String table, List<String> keys, long seenAt, int timeoutSeconds)
                throws SQLException {
            return batch(
                    connection,
                    "INSERT IGNORE INTO " + table + " (uuid_sha256, seen_at) VALUES (?, ?)",
                    keys,
                    seenAt,
                    timeoutSeconds,
                    false);
        }

        @Override
        List<String> createTable(String table) {
            return List.of("CREATE TABLE IF NOT EXISTS " + table
                    + " (uuid_sha256 CHAR(64) CHARACTER SET ascii NOT NULL PRIMARY KEY, "
                    + "seen_at BIGINT NOT NULL, INDEX " + indexName(table, false) + " (seen_at))");
        }
    };

    /** The table: the uuid's SHA-256 in hex as the key (uuids may be up to 256 characters), epoch milliseconds seen. */
    private static final String TABLE =
            "CREATE TABLE IF NOT EXISTS %s (uuid_sha256 CHAR(64) NOT NULL PRIMARY KEY, seen_at BIGINT NOT NULL)";

    private final List<String> productNames;

    Dialect(String... productNames) {
        this.productNames = List.of(productNames);
    }

    /** Inserts the rows absent from the table and returns their keys, in one round trip where the database allows. */
    abstract Set<String> insertAbsent(
            Connection connection, String table, List<String> keys, long seenAt, int timeoutSeconds)
            throws SQLException;

    /** The statements creating the table and its index on {@code seen_at}, each a no-op when it exists. */
    abstract List<String> createTable(String table);

    /** The dialect of a database, by the product name its driver reports. */
    static Optional<Dialect> of(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        for (Dialect dialect : values()) {
            for (String product : dialect.productNames) {
                if (name.contains(product.toLowerCase(Locale.ROOT))) {
                    return Optional.of(dialect);
                }
            }
        }
        return Optional.empty();
    }

    private static String indexName(String table, boolean keepSchema) {
        int dot = table.indexOf('.');
        String bare = dot < 0 ? table : table.substring(dot + 1);
        return (keepSchema && dot >= 0 ? table.substring(0, dot + 1) : "") + bare + "_seen_at";
    }

    private static void rows(StringBuilder sql, int count, String row) {
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
    }

    /**
     * Runs a one-row insert for each key in one JDBC batch and returns the keys whose row was
     * inserted (update count above zero).
     *
     * @param duplicatesFail whether a present row fails its statement with a duplicate key
     *     (SQLState 23505), which then only means "seen before"
     */
    private static Set<String> batch(
            Connection connection,
            String sql,
            List<String> keys,
            long seenAt,
            int timeoutSeconds,
            boolean duplicatesFail)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setQueryTimeout(timeoutSeconds);
            for (String key : keys) {
                insert.setString(1, key);
                insert.setLong(2, seenAt);
                insert.addBatch();
            }
            int[] counts;
            try {
                counts = insert.executeBatch();
            } catch (BatchUpdateException e) {
                if (!duplicatesFail || !onlyDuplicateKeys(e)) {
                    throw e;
                }
                counts = e.getUpdateCounts();
            }
            if (counts.length != keys.size()) {
                throw new SQLException(
                        "the driver answered " + counts.length + " update counts for " + keys.size() + " rows");
            }
            Set<String> inserted = new HashSet<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == Statement.SUCCESS_NO_INFO) {
                    throw new SQLException(
                            "the driver reports no per-row update counts (is rewriteBatchedStatements on?)");
                }
                if (counts[i] > 0) {
                    inserted.add(keys.get(i));
                }
            }
            return inserted;
        }
    }

    /** Whether every failure in a batch is a duplicate key (SQLState 23505). */
    private static boolean onlyDuplicateKeys(BatchUpdateException e) {
        boolean any = false;
        for (SQLException next = e.getNextException(); next != null; next = next.getNextException()) {
            if (!"23505".equals(next.getSQLState())) {
                return false;
            }
            any = true;
        }
        return any || "23505".equals(e.getSQLState());
    }

    private static Set<String> query(
            Connection connection, String sql, List<String> keys, long seenAt, int timeoutSeconds) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(timeoutSeconds);
            int parameter = 1;
            for (String key : keys) {
                statement.setString(parameter++, key);
                statement.setLong(parameter++, seenAt);
            }
            Set<String> inserted = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    inserted.add(rows.getString(1).trim());
                }
            }
            return inserted;
        }
    }
}
