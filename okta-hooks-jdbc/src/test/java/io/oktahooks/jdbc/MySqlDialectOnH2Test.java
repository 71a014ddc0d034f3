package io.oktahooks.jdbc;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The MySQL/MariaDB dialect ({@code INSERT IGNORE} in one JDBC batch, per-row update counts) run
 * through the whole contract against H2 in its MySQL compatibility mode. This checks the SQL and
 * the reading of update counts; it is not a MySQL or MariaDB server, which no test here starts.
 */
class MySqlDialectOnH2Test extends DeduplicationContract {

    private static final JdbcDataSource H2_AS_MYSQL = new JdbcDataSource();

    static {
        H2_AS_MYSQL.setURL("jdbc:h2:mem:dedup_mysql;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    }

    @Override
    DataSource dataSource() {
        return H2_AS_MYSQL;
    }

    @Override
    JdbcEventDeduplicator.Builder builder(DataSource dataSource) {
        return super.builder(dataSource).dialect(Dialect.MYSQL);
    }
}
