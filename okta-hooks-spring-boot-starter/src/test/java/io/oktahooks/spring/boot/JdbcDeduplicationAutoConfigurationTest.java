package io.oktahooks.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.core.EventDeduplicator;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookHttpRequest;
import io.oktahooks.core.HookType;
import io.oktahooks.jdbc.JdbcEventDeduplicator;
import io.oktahooks.testkit.fixtures.Fixture;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** With a DataSource and okta.hooks.event-deduplication.jdbc.enabled, every instance shares one deduplication table. */
class JdbcDeduplicationAutoConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    static class Database {
        @Bean
        DataSource dataSource() {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:starter-dedup;DB_CLOSE_DELAY=-1");
            return h2;
        }
    }

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(OktaHooksJdbcAutoConfiguration.class, OktaHooksAutoConfiguration.class))
            .withUserConfiguration(Database.class, Handlers.Events.class)
            .withPropertyValues(AutoConfigurationTest.BASIC);

    private static int deliverTwice(HookEndpoint endpoint) {
        byte[] delivery = Fixture.EVENT_DELIVERY_ONE.bytes();
        String header = io.oktahooks.testkit.tokens.BasicAuth.header(Handlers.USER, Handlers.PASSWORD);
        for (int i = 0; i < 2; i++) {
            assertThat(endpoint.handle(HookType.EVENT, HookHttpRequest.postJson(delivery, "Authorization", header))
                            .status())
                    .isEqualTo(200);
        }
        return 2;
    }

    @Test
    void askingForJdbcDeduplicationWithADataSourceHandlesARedeliveredEventOnce() {
        runner.withPropertyValues(
                        "okta.hooks.event-deduplication.jdbc.enabled=true",
                        "okta.hooks.event-deduplication.jdbc.create-table=true",
                        "okta.hooks.event-deduplication.jdbc.table=starter_hook_events")
                .run(context -> {
                    assertThat(context).hasSingleBean(JdbcEventDeduplicator.class);
                    deliverTwice(context.getBean(HookEndpoint.class));
                    assertThat(context.getBean(Handlers.Received.class).deliveries)
                            .hasSize(1);
                });
    }

    @Test
    void withoutTheSwitchTheDataSourceIsNotUsed() {
        runner.run(context -> assertThat(context).doesNotHaveBean(EventDeduplicator.class));
    }

    @Test
    void aUsersOwnDeduplicatorWins() {
        runner.withPropertyValues("okta.hooks.event-deduplication.jdbc.enabled=true")
                .withBean("ownDeduplicator", EventDeduplicator.class, () -> EventDeduplicator.inMemory(10))
                .run(context -> assertThat(context).doesNotHaveBean(JdbcEventDeduplicator.class));
    }
}
