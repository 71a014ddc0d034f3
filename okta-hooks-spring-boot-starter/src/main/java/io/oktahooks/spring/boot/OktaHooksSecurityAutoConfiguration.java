package io.oktahooks.spring.boot;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Keeps Spring Security from answering hook calls itself. With Spring Security on the class path
 * every request needs Spring's own login by default, so Okta's calls would get 401 before the SDK
 * saw them. This contributes one filter chain, first in order and matching only
 * {@code okta.hooks.base-path}{@code /**}: stateless, no CSRF token (Okta has none), no session, no
 * saved request, every call passed on to the hook servlet, which authenticates it itself
 * ({@code okta.hooks.auth.*}). Every other path keeps the application's security, Spring Boot's
 * default chain included: this configuration runs after Boot's, so it never makes Boot's default
 * back off.
 *
 * <p>Turn it off with {@code okta.hooks.security-filter-chain.enabled=false}, or replace it with a
 * {@code SecurityFilterChain} bean of your own named {@code oktaHooksSecurityFilterChain}.
 */
@AutoConfiguration(
        after = OktaHooksAutoConfiguration.class,
        afterName = {
            // Boot 3.5 and Boot 4.0 names of the configurations that add Spring Boot's default chains
            "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(
        name = {
            "org.springframework.security.web.SecurityFilterChain",
            "org.springframework.security.config.annotation.web.builders.HttpSecurity",
            "org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher"
        })
@ConditionalOnBean(
        name = "oktaHooksServlet",
        type = "org.springframework.security.config.annotation.web.builders.HttpSecurity")
@ConditionalOnProperty(
        prefix = "okta.hooks.security-filter-chain",
        name = "enabled",
        havingValue = "true",
        matchIfMissing = true)
public final class OktaHooksSecurityAutoConfiguration {

    /** The chain's order: before the application's and Spring Boot's chains, which usually match every path. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    /** Created by Spring Boot. */
    public OktaHooksSecurityAutoConfiguration() {}

    /** The hook routes' chain: matched first, permits every call to reach the SDK's own authentication. */
    @Bean
    @Order(ORDER)
    @ConditionalOnMissingBean(name = "oktaHooksSecurityFilterChain")
    SecurityFilterChain oktaHooksSecurityFilterChain(HttpSecurity http, OktaHooksProperties properties)
            throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(properties.basePath() + "/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }
}
