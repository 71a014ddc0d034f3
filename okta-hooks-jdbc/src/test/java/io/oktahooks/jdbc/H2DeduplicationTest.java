package io.oktahooks.jdbc;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The contract on H2 (in memory, its default mode): {@code MERGE ... WHEN NOT MATCHED} read through {@code FINAL TABLE}. */
class H2DeduplicationTest extends DeduplicationContract {

    private static final JdbcDataSource H2 = new JdbcDataSource();

    static {
        H2.setURL("jdbc:h2:mem:dedup;DB_CLOSE_DELAY=-1");
    }

    @Override
    DataSource dataSource() {
        return H2;
    }
}
