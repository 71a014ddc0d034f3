package io.oktahooks.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The dialect is chosen from the product name the driver reports in its DatabaseMetaData. */
class DialectTest {

    @Test
    void eachSupportedProductHasItsDialectAndOthersNone() {
        assertThat(Dialect.of("PostgreSQL")).contains(Dialect.POSTGRESQL);
        assertThat(Dialect.of("H2")).contains(Dialect.H2);
        assertThat(Dialect.of("MySQL")).contains(Dialect.MYSQL);
        assertThat(Dialect.of("MariaDB")).contains(Dialect.MYSQL);
        assertThat(Dialect.of("Oracle")).isEmpty();
        assertThat(Dialect.of("Microsoft SQL Server")).isEmpty();
        assertThat(Dialect.of(null)).isEmpty();
    }

    @Test
    void theIndexLivesBesideTheTable() {
        assertThat(Dialect.POSTGRESQL.createTable("hooks.events"))
                .last()
                .asString()
                .isEqualTo("CREATE INDEX IF NOT EXISTS events_seen_at ON hooks.events (seen_at)");
        assertThat(Dialect.H2.createTable("hooks.events"))
                .last()
                .asString()
                .isEqualTo("CREATE INDEX IF NOT EXISTS hooks.events_seen_at ON hooks.events (seen_at)");
        assertThat(Dialect.MYSQL.createTable("okta_hook_events"))
                .singleElement()
                .asString()
                .contains("INDEX okta_hook_events_seen_at (seen_at)");
    }
}
