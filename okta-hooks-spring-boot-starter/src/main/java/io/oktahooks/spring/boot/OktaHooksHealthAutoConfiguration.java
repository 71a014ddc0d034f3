package io.oktahooks.spring.boot;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With Spring Boot Actuator, a health contributor named {@code oktaHooks}: the authentication in
 * use and, for Bearer JWTs, the signing keys held (DOWN while none is usable, as JWT calls are then
 * answered 503). One implementation per Boot line, since Boot 4 moved the health API.
 */
@AutoConfiguration(after = OktaHooksAutoConfiguration.class)
@ConditionalOnBean(ConfiguredAuthentication.class)
public final class OktaHooksHealthAutoConfiguration {

    /** Created by Spring Boot. */
    public OktaHooksHealthAutoConfiguration() {}

    /** Spring Boot 3: {@code org.springframework.boot.actuate.health}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    static final class Boot3 {

        @Bean
        @ConditionalOnMissingBean(name = "oktaHooksHealthIndicator")
        org.springframework.boot.actuate.health.HealthIndicator oktaHooksHealthIndicator(
                ConfiguredAuthentication authentication) {
            return () -> {
                HookHealth health = HookHealth.of(authentication);
                return (health.up()
                                ? org.springframework.boot.actuate.health.Health.up()
                                : org.springframework.boot.actuate.health.Health.down())
                        .withDetails(health.details())
                        .build();
            };
        }
    }

    /** Spring Boot 4: {@code org.springframework.boot.health.contributor}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static final class Boot4 {

        @Bean
        @ConditionalOnMissingBean(name = "oktaHooksHealthIndicator")
        org.springframework.boot.health.contributor.HealthIndicator oktaHooksHealthIndicator(
                ConfiguredAuthentication authentication) {
            return () -> {
                HookHealth health = HookHealth.of(authentication);
                return (health.up()
                                ? org.springframework.boot.health.contributor.Health.up()
                                : org.springframework.boot.health.contributor.Health.down())
                        .withDetails(health.details())
                        .build();
            };
        }
    }
}
