package io.oktahooks.spring.boot;

import io.oktahooks.core.EventDeduplicator;
import io.oktahooks.jdbc.JdbcEventDeduplicator;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Event hook deduplication shared by every instance of the application: when okta-hooks-jdbc is on
 * the class path, a DataSource bean exists and {@code okta.hooks.event-deduplication.jdbc.enabled=true},
 * a {@link JdbcEventDeduplicator} over that DataSource deduplicates event deliveries. A user's own
 * {@link EventDeduplicator} bean wins.
 */
@AutoConfiguration(
        before = OktaHooksAutoConfiguration.class,
        afterName = {
            "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"
        })
@ConditionalOnClass(JdbcEventDeduplicator.class)
@EnableConfigurationProperties(OktaHooksProperties.class)
@ConditionalOnProperty(prefix = "okta.hooks.event-deduplication.jdbc", name = "enabled", havingValue = "true")
public final class OktaHooksJdbcAutoConfiguration {

    /** The deduplicator over the application's DataSource, configured from {@code okta.hooks.event-deduplication.jdbc.*}. */
    @Bean
    @ConditionalOnBean(DataSource.class)
    @ConditionalOnMissingBean(EventDeduplicator.class)
    public JdbcEventDeduplicator oktaHooksJdbcEventDeduplicator(DataSource dataSource, OktaHooksProperties properties) {
        OktaHooksProperties.Jdbc jdbc = properties.eventDeduplication().jdbc();
        return JdbcEventDeduplicator.builder(dataSource)
                .table(jdbc.table())
                .createTable(jdbc.createTable())
                .timeout(jdbc.timeout())
                .retention(jdbc.retention())
                .build();
    }
}
