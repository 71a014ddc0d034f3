package io.oktahooks.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/** The conditions of the contributed Spring Security filter chain (Spring Security on the class path). */
@Tag("spring-security")
class SecurityFilterChainTest {

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class WebSecurity {}

    /** The application's replacement, by the documented name. */
    @Configuration(proxyBeanMethods = false)
    static class OwnChain {
        @Bean
        SecurityFilterChain oktaHooksSecurityFilterChain(HttpSecurity http) throws Exception {
            return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/hooks/**"))
                    .build();
        }
    }

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(OktaHooksAutoConfiguration.class, OktaHooksSecurityAutoConfiguration.class))
            .withUserConfiguration(Handlers.Token.class)
            .withPropertyValues(AutoConfigurationTest.BASIC);

    @Test
    void withWebSecurityTheHookRoutesGetTheirOwnChain() {
        runner.withUserConfiguration(WebSecurity.class).run(context -> {
            assertThat(context).hasNotFailed().hasBean("oktaHooksSecurityFilterChain");
            SecurityFilterChain chain = context.getBean("oktaHooksSecurityFilterChain", SecurityFilterChain.class);
            org.springframework.mock.web.MockHttpServletRequest hook =
                    new org.springframework.mock.web.MockHttpServletRequest("POST", "/hooks/token");
            org.springframework.mock.web.MockHttpServletRequest other =
                    new org.springframework.mock.web.MockHttpServletRequest("POST", "/hookshop");
            assertThat(chain.matches(hook)).isTrue();
            assertThat(chain.matches(other)).isFalse();
        });
    }

    @Test
    void itCanBeTurnedOffOrReplaced() {
        runner.withUserConfiguration(WebSecurity.class)
                .withPropertyValues("okta.hooks.security-filter-chain.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("oktaHooksSecurityFilterChain"));
        runner.withUserConfiguration(WebSecurity.class, OwnChain.class).run(context -> {
            assertThat(context)
                    .hasNotFailed()
                    .getBeans(SecurityFilterChain.class)
                    .hasSize(1);
            assertThat(context.getBean("oktaHooksSecurityFilterChain", SecurityFilterChain.class)
                            .getFilters())
                    .as("the application's chain, not the starter's")
                    .isNotEmpty();
        });
    }

    @Test
    void withoutWebSecurityOrWithoutTheHooksThereIsNoChain() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("oktaHooksSecurityFilterChain"));
        runner.withUserConfiguration(WebSecurity.class)
                .withPropertyValues("okta.hooks.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("oktaHooksSecurityFilterChain"));
    }
}
