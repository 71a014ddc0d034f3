package io.oktahooks.spring.boot;

import io.oktahooks.core.EventDeduplicator;
import io.oktahooks.core.EventHandler;
import io.oktahooks.core.HookAuthenticator;
import io.oktahooks.core.HookCallListener;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookHandler;
import io.oktahooks.core.HookRequest;
import io.oktahooks.core.passwordimport.PasswordImportRequest;
import io.oktahooks.core.registration.RegistrationRequest;
import io.oktahooks.core.saml.SamlRequest;
import io.oktahooks.core.telephony.TelephonyRequest;
import io.oktahooks.core.token.TokenRequest;
import io.oktahooks.core.userimport.UserImportRequest;
import io.oktahooks.micrometer.MicrometerHookCallListener;
import io.oktahooks.servlet.HookServlet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;

/**
 * Serves Okta hooks from a Spring Boot servlet application: every {@code HookHandler<...>} bean (and
 * an {@code EventHandler} bean) answers at {@code okta.hooks.base-path} (default {@code /hooks})
 * plus its type's short name, authenticated as {@code okta.hooks.auth.*} says.
 *
 * <p>What the application can replace: a {@link HookAuthenticator} bean is used instead of
 * {@code okta.hooks.auth.*}; a {@link HookEndpoint} bean is served instead of the one built from
 * the handler beans; an {@link EventDeduplicator} bean deduplicates event deliveries; every
 * {@link HookCallListener} bean observes every call. With a Micrometer {@code MeterRegistry} bean,
 * every call is timed as {@value MicrometerHookCallListener#METRIC_NAME}.
 *
 * <p>Spring Boot 3.5 and 4.0, servlet stack. {@code okta.hooks.enabled=false} turns it off.
 */
@AutoConfiguration(
        afterName = {
            // Boot 3.5 and Boot 4.0 names of the auto-configurations that create the MeterRegistry
            "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "okta.hooks", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(OktaHooksProperties.class)
public final class OktaHooksAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(OktaHooksAutoConfiguration.class);

    /** Created by Spring Boot. */
    public OktaHooksAutoConfiguration() {}

    /**
     * The application's {@link HookAuthenticator} bean when it has one, else the authenticator
     * {@code okta.hooks.auth.*} describes; fails start-up naming the property when there is none.
     */
    @Bean
    @ConditionalOnMissingBean(HookEndpoint.class)
    ConfiguredAuthentication oktaHooksAuthentication(
            OktaHooksProperties properties, ObjectProvider<HookAuthenticator> own) {
        HookAuthenticator bean = own.getIfAvailable();
        return bean != null ? ConfiguredAuthentication.of(bean) : ConfiguredAuthentication.from(properties.auth());
    }

    /**
     * The endpoint: every handler bean present, the authentication, the limits, the listeners.
     * Closed with the context, which closes the authenticator built from the properties.
     */
    @Bean
    @ConditionalOnMissingBean
    HookEndpoint oktaHooksEndpoint(
            OktaHooksProperties properties,
            ConfiguredAuthentication authentication,
            ListableBeanFactory beans,
            ObjectProvider<EventHandler> events,
            ObjectProvider<EventDeduplicator> deduplicator,
            ObjectProvider<HookCallListener> listeners) {
        List<String> problems = new ArrayList<>(Settings.problems(properties));
        HookEndpoint.Builder builder = HookEndpoint.builder().authenticator(authentication.authenticator());
        int handlers = register(beans, TokenRequest.class, builder::token)
                + register(beans, SamlRequest.class, builder::saml)
                + register(beans, RegistrationRequest.class, builder::registration)
                + register(beans, UserImportRequest.class, builder::userImport)
                + register(beans, PasswordImportRequest.class, builder::passwordImport)
                + register(beans, TelephonyRequest.class, builder::telephony);
        EventHandler eventHandler = events.getIfAvailable();
        if (eventHandler != null) {
            builder.events(eventHandler);
            handlers++;
            EventDeduplicator own = deduplicator.getIfAvailable();
            int inMemory = properties.eventDeduplication().inMemorySize();
            if (own != null) {
                builder.deduplicateEvents(own);
            } else if (inMemory > 0) {
                builder.deduplicateEvents(EventDeduplicator.inMemory(inMemory));
            }
        }
        if (handlers == 0) {
            problems.add(
                    "no hook handler bean: define one per hook type you serve, e.g. @Bean HookHandler<TokenRequest>, "
                            + "HookHandler<SamlRequest>, HookHandler<RegistrationRequest>, HookHandler<UserImportRequest>, "
                            + "HookHandler<PasswordImportRequest>, HookHandler<TelephonyRequest>, or an EventHandler bean "
                            + "(or set okta.hooks.enabled=false)");
        }
        if (!problems.isEmpty()) {
            authentication.authenticator().close();
            throw new InvalidHookSettingsException(problems);
        }
        listeners.orderedStream().forEach(builder::listener);
        if (properties.handlerDeadline() != null) {
            builder.handlerDeadline(properties.handlerDeadline());
        }
        HookEndpoint endpoint = builder.maxBodyBytes(
                        (int) properties.maxBodySize().toBytes())
                .slowCallWarning(properties.slowCallWarning())
                .build();
        authentication.warmUp();
        return endpoint;
    }

    /** Registers the {@code HookHandler<R>} bean, if there is one (two are an error naming both); returns how many. */
    private static <R extends HookRequest> int register(
            ListableBeanFactory beans, Class<R> requestType, Function<HookHandler<R>, HookEndpoint.Builder> route) {
        ObjectProvider<HookHandler<R>> provider =
                beans.getBeanProvider(ResolvableType.forClassWithGenerics(HookHandler.class, requestType));
        HookHandler<R> handler = provider.getIfAvailable();
        if (handler == null) {
            return 0;
        }
        HookEndpoint.Builder unused = route.apply(handler); // registers the handler on the builder
        return 1;
    }

    /** The servlet at {@code okta.hooks.base-path}{@code /*}, serving the endpoint's hook types. */
    @Bean
    @ConditionalOnMissingBean(name = "oktaHooksServlet")
    ServletRegistrationBean<HookServlet> oktaHooksServlet(
            HookEndpoint endpoint,
            OktaHooksProperties properties,
            ObjectProvider<ConfiguredAuthentication> authentication) {
        List<String> problems = Settings.basePathProblems(properties.basePath());
        if (!problems.isEmpty()) {
            throw new InvalidHookSettingsException(problems);
        }
        String base = properties.basePath();
        ServletRegistrationBean<HookServlet> registration =
                new ServletRegistrationBean<>(new HookServlet(endpoint), base + "/*");
        registration.setName("oktaHooksServlet");
        ConfiguredAuthentication auth = authentication.getIfAvailable();
        LOG.info(
                "okta hooks: serving {} (authentication: {})",
                endpoint.hookTypes().stream()
                        .map(type -> type.displayName() + " at " + base + "/" + type.shortName())
                        .collect(Collectors.joining(", ")),
                auth == null ? "the application's HookEndpoint" : auth.description());
        return registration;
    }

    /** Times every call when the application has a Micrometer {@code MeterRegistry}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
    @ConditionalOnBean(type = "io.micrometer.core.instrument.MeterRegistry")
    static final class Metrics {

        @Bean
        @ConditionalOnMissingBean
        MicrometerHookCallListener oktaHooksMetrics(io.micrometer.core.instrument.MeterRegistry registry) {
            return new MicrometerHookCallListener(registry);
        }
    }

    /** The shortest list of problems in the settings that are not authentication, each naming its property. */
    static final class Settings {

        private Settings() {}

        static List<String> problems(OktaHooksProperties properties) {
            List<String> problems = new ArrayList<>(basePathProblems(properties.basePath()));
            long body = properties.maxBodySize().toBytes();
            if (body < 1024 || body > 16L * 1024 * 1024) {
                problems.add("okta.hooks.max-body-size must be between 1KB and 16MB, not " + properties.maxBodySize());
            }
            if (properties.slowCallWarning().isNegative()
                    || properties.slowCallWarning().isZero()) {
                problems.add("okta.hooks.slow-call-warning must be positive, not " + properties.slowCallWarning());
            }
            Duration deadline = properties.handlerDeadline();
            if (deadline != null
                    && (deadline.isNegative() || deadline.isZero() || deadline.compareTo(Duration.ofSeconds(3)) >= 0)) {
                problems.add("okta.hooks.handler-deadline must be positive and under Okta's 3s, not " + deadline);
            }
            if (properties.eventDeduplication().inMemorySize() < 0) {
                problems.add("okta.hooks.event-deduplication.in-memory-size must be 0 (off) or more, not "
                        + properties.eventDeduplication().inMemorySize());
            }
            return problems;
        }

        static List<String> basePathProblems(String basePath) {
            if (basePath == null || !basePath.matches("(/[A-Za-z0-9._~-]+)+")) {
                return List.of(
                        "okta.hooks.base-path must be a path such as /hooks or /okta/hooks (segments of letters, digits, "
                                + "'.', '_', '~' or '-'; no trailing slash, no wildcard), not '" + basePath + "'");
            }
            return List.of();
        }
    }
}
