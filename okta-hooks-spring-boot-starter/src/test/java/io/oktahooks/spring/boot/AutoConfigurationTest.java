package io.oktahooks.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.oktahooks.core.AuthResult;
import io.oktahooks.core.EventDeduplicator;
import io.oktahooks.core.HookAuthenticator;
import io.oktahooks.core.HookCall;
import io.oktahooks.core.HookCallListener;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookHttpRequest;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.micrometer.MicrometerHookCallListener;
import io.oktahooks.servlet.HookServlet;
import io.oktahooks.testkit.fixtures.Fixture;
import io.oktahooks.testkit.tokens.BasicAuth;
import io.oktahooks.testkit.tokens.LocalAuthorizationServer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every condition of the starter, in an application context without a server. */
class AutoConfigurationTest {

    static final String[] BASIC = {
        "okta.hooks.auth.basic.username=" + Handlers.USER, "okta.hooks.auth.basic.password=" + Handlers.PASSWORD
    };
    private static final String BASIC_HEADER = BasicAuth.header(Handlers.USER, Handlers.PASSWORD);

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    OktaHooksAutoConfiguration.class,
                    OktaHooksSecurityAutoConfiguration.class,
                    OktaHooksHealthAutoConfiguration.class));

    static HookHttpResponse token(AssertableWebApplicationContext context, String user, String... headers) {
        return context.getBean(HookEndpoint.class)
                .handle(
                        HookType.TOKEN,
                        HookHttpRequest.postJson(
                                Fixture.TOKEN_AUTHORIZATION_CODE
                                        .builder()
                                        .user(user)
                                        .bytes(),
                                headers));
    }

    static String failure(AssertableWebApplicationContext context) {
        assertThat(context).hasFailed();
        Throwable cause = context.getStartupFailure();
        while (cause.getCause() != null && !(cause instanceof InvalidHookSettingsException)) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    @Test
    void aTokenHandlerAndBasicPropertiesServeTheTokenRouteUnderHooks() {
        runner.withUserConfiguration(Handlers.Token.class)
                .withPropertyValues(BASIC)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(HookEndpoint.class);
                    assertThat(context.getBean(HookEndpoint.class).hookTypes()).containsExactly(HookType.TOKEN);
                    ServletRegistrationBean<?> servlet =
                            context.getBean("oktaHooksServlet", ServletRegistrationBean.class);
                    assertThat(servlet.getServlet()).isInstanceOf(HookServlet.class);
                    assertThat(servlet.getUrlMappings()).containsExactly("/hooks/*");
                    assertThat(token(context, "jessie.smith@example.com", "Authorization", BASIC_HEADER)
                                    .status())
                            .isEqualTo(200);
                    assertThat(token(context, "jessie.smith@example.com").status())
                            .isEqualTo(401);
                });
    }

    @Test
    void theBasePathAndLimitsComeFromProperties() {
        runner.withUserConfiguration(Handlers.Token.class)
                .withPropertyValues(BASIC)
                .withPropertyValues("okta.hooks.base-path=/okta/inline", "okta.hooks.max-body-size=2KB")
                .run(context -> {
                    assertThat(context.getBean("oktaHooksServlet", ServletRegistrationBean.class)
                                    .getUrlMappings())
                            .containsExactly("/okta/inline/*");
                    byte[] big = Fixture.TOKEN_AUTHORIZATION_CODE
                            .builder()
                            .idTokenClaim("pad", "x".repeat(3000))
                            .bytes();
                    assertThat(context.getBean(HookEndpoint.class)
                                    .handle(
                                            HookType.TOKEN,
                                            HookHttpRequest.postJson(big, "Authorization", BASIC_HEADER))
                                    .status())
                            .isEqualTo(413);
                });
    }

    @Test
    void withoutAuthenticationTheApplicationDoesNotStartAndSaysWhichPropertiesToSet() {
        runner.withUserConfiguration(Handlers.Token.class)
                .run(context -> assertThat(failure(context))
                        .contains(
                                "no authentication is configured",
                                "okta.hooks.auth.basic.username",
                                "okta.hooks.auth.basic.password",
                                "okta.hooks.auth.jwt.issuer",
                                "okta.hooks.auth.insecure-accept-all=true"));
    }

    @Test
    void halfOrInvalidSettingsNameTheirProperty() {
        runner.withUserConfiguration(Handlers.Token.class)
                .withPropertyValues("okta.hooks.auth.basic.username=admin")
                .run(context -> assertThat(failure(context)).contains("okta.hooks.auth.basic.password is required"));
        runner.withUserConfiguration(Handlers.Token.class)
                .withPropertyValues("okta.hooks.auth.basic.username=admin", "okta.hooks.auth.basic.password=short")
                .run(context ->
                        assertThat(failure(context)).contains("okta.hooks.auth.basic: ", "at least 8 characters"));
        runner.withUserConfiguration(Handlers.Token.class)
                .withPropertyValues(
                        "okta.hooks.auth.jwt.issuer=https://example.okta.com/oauth2/default",
                        "okta.hooks.auth.jwt.audience=api://default")
                .run(context -> assertThat(failure(context))
                        .contains("okta.hooks.auth.jwt.client-ids is required", "any-client"));
        runner.withUserConfiguration(Handlers.Token.class)
                .withPropertyValues(
                        "okta.hooks.auth.jwt.issuer=http://example.com/oauth2/default",
                        "okta.hooks.auth.jwt.audience=api://default",
                        "okta.hooks.auth.jwt.client-ids=0oa1")
                .run(context -> assertThat(failure(context)).contains("okta.hooks.auth.jwt: ", "https"));
        runner.withUserConfiguration(Handlers.Token.class)
                .withPropertyValues("okta.hooks.auth.header-secret.header=X-Hook")
                .run(context ->
                        assertThat(failure(context)).contains("okta.hooks.auth.header-secret.secrets is required"));
        runner.withUserConfiguration(Handlers.Token.class)
                .withPropertyValues(BASIC)
                .withPropertyValues(
                        "okta.hooks.max-body-size=20MB",
                        "okta.hooks.base-path=/hooks/",
                        "okta.hooks.slow-call-warning=0s",
                        "okta.hooks.handler-deadline=3s")
                .run(context -> assertThat(failure(context))
                        .contains(
                                "okta.hooks.max-body-size",
                                "okta.hooks.base-path",
                                "okta.hooks.slow-call-warning",
                                "okta.hooks.handler-deadline"));
    }

    /** A token handler slower than Okta waits. */
    @Configuration(proxyBeanMethods = false)
    static class SlowToken {
        @Bean
        io.oktahooks.core.HookHandler<io.oktahooks.core.token.TokenRequest> slowTokenHook() {
            return request -> {
                Thread.sleep(2_000);
                return request.respond().addIdTokenClaim("late", "yes").build();
            };
        }
    }

    @Test
    void aHandlerDeadlineAnswersTheFailSafeBeforeOktaGivesUp() {
        runner.withUserConfiguration(SlowToken.class)
                .withPropertyValues(BASIC)
                .withPropertyValues("okta.hooks.handler-deadline=200ms")
                .run(context -> {
                    HookHttpResponse reply = token(context, "jessie.smith@example.com", "Authorization", BASIC_HEADER);
                    assertThat(reply.status())
                            .as("the token hook's fail-safe (no change), not the late claim")
                            .isEqualTo(204);
                });
    }

    @Test
    void insecureAcceptAllIsExplicitAndAlone() {
        runner.withUserConfiguration(Handlers.Token.class)
                .withPropertyValues("okta.hooks.auth.insecure-accept-all=true")
                .run(context -> assertThat(
                                token(context, "jessie.smith@example.com").status())
                        .isEqualTo(200));
        runner.withUserConfiguration(Handlers.Token.class)
                .withPropertyValues(BASIC)
                .withPropertyValues("okta.hooks.auth.insecure-accept-all=true")
                .run(context -> assertThat(failure(context)).contains("insecure-accept-all=true cannot be combined"));
    }

    @Test
    void withoutAHandlerBeanTheApplicationDoesNotStart() {
        runner.withPropertyValues(BASIC)
                .run(context -> assertThat(failure(context))
                        .contains("no hook handler bean", "HookHandler<TokenRequest>", "okta.hooks.enabled=false"));
    }

    @Test
    void twoHandlersForOneTypeAreAnErrorNamingBoth() {
        runner.withUserConfiguration(Handlers.Token.class, SlowToken.class)
                .withPropertyValues(BASIC)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure())
                            .rootCause()
                            .hasMessageContainingAll("tokenHook", "slowTokenHook");
                });
    }

    @Test
    void itStaysOutOfTheWayWhenDisabledOrNotAServletApplication() {
        runner.withUserConfiguration(Handlers.Token.class)
                .withPropertyValues("okta.hooks.enabled=false")
                .run(context -> assertThat(context)
                        .hasNotFailed()
                        .doesNotHaveBean(HookEndpoint.class)
                        .doesNotHaveBean("oktaHooksServlet"));
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        OktaHooksAutoConfiguration.class, OktaHooksSecurityAutoConfiguration.class))
                .withUserConfiguration(Handlers.Token.class)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(HookEndpoint.class));
    }

    @Test
    void basicAndJwtTogetherAcceptEither() {
        try (LocalAuthorizationServer okta = LocalOkta.start()) {
            runner.withUserConfiguration(Handlers.Token.class)
                    .withPropertyValues(BASIC)
                    .withPropertyValues(
                            "okta.hooks.auth.jwt.issuer=" + okta.issuer(),
                            "okta.hooks.auth.jwt.audience=" + LocalAuthorizationServer.DEFAULT_AUDIENCE,
                            "okta.hooks.auth.jwt.client-ids=" + LocalAuthorizationServer.DEFAULT_CLIENT_ID,
                            "okta.hooks.auth.jwt.required-scope=" + LocalAuthorizationServer.DEFAULT_SCOPE,
                            "okta.hooks.auth.jwt.jwks-deadline=2500ms")
                    .run(context -> {
                        assertThat(context).as("warmed up at start").hasBean("oktaHooksHealthIndicator");
                        assertThat(HookHealth.of(context.getBean(ConfiguredAuthentication.class))
                                        .details())
                                .containsEntry("jwtUsableKeys", 1);
                        assertThat(token(context, "jessie.smith@example.com", "Authorization", BASIC_HEADER)
                                        .status())
                                .isEqualTo(200);
                        assertThat(token(
                                                context,
                                                "jessie.smith@example.com",
                                                "Authorization",
                                                okta.token().header())
                                        .status())
                                .isEqualTo(200);
                        assertThat(token(
                                                context,
                                                "jessie.smith@example.com",
                                                "Authorization",
                                                okta.token()
                                                        .clientId("0oaother")
                                                        .header())
                                        .status())
                                .as("client pinning")
                                .isEqualTo(401);
                    });
        }
    }

    @Test
    void unreachableSigningKeysAreReportedDownWithoutFailingStartUp() throws Exception {
        int deadPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        runner.withUserConfiguration(Handlers.Token.class)
                .withPropertyValues(
                        "okta.hooks.auth.jwt.issuer=http://127.0.0.1:" + deadPort + "/oauth2/default",
                        "okta.hooks.auth.jwt.audience=api://default",
                        "okta.hooks.auth.jwt.client-ids=0oa1")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    HookHealth health = HookHealth.of(context.getBean(ConfiguredAuthentication.class));
                    assertThat(health.up()).isFalse();
                    assertThat(health.details())
                            .containsEntry("jwtUsableKeys", 0)
                            .containsKeys("jwtLastFailure", "jwtLastFailureReason");
                });
        runner.withUserConfiguration(Handlers.Token.class)
                .withPropertyValues(BASIC)
                .run(context -> {
                    HookHealth health = HookHealth.of(context.getBean(ConfiguredAuthentication.class));
                    assertThat(health.up()).isTrue();
                    assertThat(health.details())
                            .containsOnlyKeys("authentication")
                            .containsEntry("authentication", "Basic");
                });
    }

    @Test
    void theHealthContributorNeedsActuatorAndTheStartersEndpoint() {
        runner.withUserConfiguration(Handlers.Token.class)
                .withPropertyValues(BASIC)
                .run(context -> assertThat(context).hasBean("oktaHooksHealthIndicator"));
        runner.withUserConfiguration(Handlers.Token.class)
                .withPropertyValues(BASIC)
                .withClassLoader(
                        new FilteredClassLoader("org.springframework.boot.actuate", "org.springframework.boot.health"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("oktaHooksHealthIndicator"));
        runner.withUserConfiguration(OwnEndpoint.class)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("oktaHooksHealthIndicator"));
    }

    @Test
    void headerSecretsRotate() {
        String current = "current-secret-value-0123456789";
        String previous = "previous-secret-value-012345678";
        runner.withUserConfiguration(Handlers.Token.class)
                .withPropertyValues(
                        "okta.hooks.auth.header-secret.header=X-Hook-Secret",
                        "okta.hooks.auth.header-secret.secrets=" + current + "," + previous)
                .run(context -> {
                    assertThat(token(context, "jessie.smith@example.com", "X-Hook-Secret", current)
                                    .status())
                            .isEqualTo(200);
                    assertThat(token(context, "jessie.smith@example.com", "X-Hook-Secret", previous)
                                    .status())
                            .isEqualTo(200);
                    assertThat(token(context, "jessie.smith@example.com", "X-Hook-Secret", "x".repeat(31))
                                    .status())
                            .isEqualTo(401);
                });
    }

    /** A user's own authenticator, counting its closes. */
    @Configuration(proxyBeanMethods = false)
    static class OwnAuthenticator {
        static final AtomicInteger CLOSED = new AtomicInteger();

        @Bean
        HookAuthenticator hookAuthenticator() {
            return new HookAuthenticator() {
                @Override
                public AuthResult authenticate(io.oktahooks.core.HookHeaders headers) {
                    return headers.first("X-Own").isPresent()
                            ? AuthResult.accepted("own")
                            : AuthResult.rejected("own", null);
                }

                @Override
                public void close() {
                    CLOSED.incrementAndGet();
                }
            };
        }
    }

    @Test
    void theApplicationsOwnAuthenticatorWinsAndIsClosedOnceByItsOwner() {
        OwnAuthenticator.CLOSED.set(0);
        runner.withUserConfiguration(Handlers.Token.class, OwnAuthenticator.class)
                .withPropertyValues(BASIC)
                .run(context -> {
                    assertThat(token(context, "jessie.smith@example.com", "X-Own", "1")
                                    .status())
                            .isEqualTo(200);
                    assertThat(token(context, "jessie.smith@example.com", "Authorization", BASIC_HEADER)
                                    .status())
                            .as("the properties are not used beside the application's authenticator")
                            .isEqualTo(401);
                });
        assertThat(OwnAuthenticator.CLOSED).hasValue(1);
    }

    /** A user's own endpoint. */
    @Configuration(proxyBeanMethods = false)
    static class OwnEndpoint {
        @Bean
        HookEndpoint hookEndpoint() {
            return HookEndpoint.builder()
                    .authenticator(HookAuthenticator.insecureAcceptAll())
                    .saml(request -> HookResponse.empty(HookType.SAML))
                    .build();
        }
    }

    @Test
    void theApplicationsOwnEndpointWinsAndNeedsNoAuthProperties() {
        runner.withUserConfiguration(Handlers.Token.class, OwnEndpoint.class).run(context -> {
            assertThat(context)
                    .hasNotFailed()
                    .hasSingleBean(HookEndpoint.class)
                    .doesNotHaveBean(ConfiguredAuthentication.class);
            assertThat(context.getBean(HookEndpoint.class).hookTypes()).containsExactly(HookType.SAML);
            assertThat(((HookServlet) context.getBean("oktaHooksServlet", ServletRegistrationBean.class)
                            .getServlet()))
                    .isNotNull();
        });
    }

    /** A registry, a listener and a shared deduplicator of the application's. */
    @Configuration(proxyBeanMethods = false)
    static class Observers {
        static final List<HookCall> CALLS = new CopyOnWriteArrayList<>();

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        HookCallListener accessLog() {
            return CALLS::add;
        }
    }

    @Test
    void everyCallIsTimedWhenThereIsAMeterRegistryAndSeenByEveryListenerBean() {
        Observers.CALLS.clear();
        runner.withUserConfiguration(Handlers.Token.class, Observers.class)
                .withPropertyValues(BASIC)
                .run(context -> {
                    assertThat(context).hasSingleBean(MicrometerHookCallListener.class);
                    token(context, "jessie.smith@example.com", "Authorization", BASIC_HEADER);
                    token(context, "jessie.smith@example.com");
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    assertThat(registry.find(MicrometerHookCallListener.METRIC_NAME)
                                    .tags("hook", "token", "status", "200", "outcome", "SUCCESS")
                                    .timer()
                                    .count())
                            .isEqualTo(1);
                    assertThat(registry.find(MicrometerHookCallListener.METRIC_NAME)
                                    .tags("status", "401", "outcome", "CLIENT_ERROR")
                                    .timer()
                                    .count())
                            .isEqualTo(1);
                    assertThat(Observers.CALLS).extracting(HookCall::status).containsExactly(200, 401);
                });
        runner.withUserConfiguration(Handlers.Token.class)
                .withPropertyValues(BASIC)
                .run(context -> assertThat(context).doesNotHaveBean(MicrometerHookCallListener.class));
        runner.withUserConfiguration(Handlers.Token.class)
                .withPropertyValues(BASIC)
                .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MicrometerHookCallListener.class));
    }

    /** A shared deduplicator of the application's. */
    @Configuration(proxyBeanMethods = false)
    static class SharedDeduplicator {
        static final Set<String> SEEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

        @Bean
        EventDeduplicator sharedStore() {
            return SEEN::add;
        }
    }

    private static void deliverTwice(AssertableWebApplicationContext context) {
        for (int i = 0; i < 2; i++) {
            assertThat(context.getBean(HookEndpoint.class)
                            .handle(
                                    HookType.EVENT,
                                    HookHttpRequest.postJson(
                                            Fixture.EVENT_DELIVERY_ONE.bytes(), "Authorization", BASIC_HEADER))
                            .status())
                    .isEqualTo(200);
        }
    }

    @Test
    void eventsAreDeduplicatedInMemoryOrByTheApplicationsStore() {
        runner.withUserConfiguration(Handlers.Events.class)
                .withPropertyValues(BASIC)
                .run(context -> {
                    deliverTwice(context);
                    assertThat(context.getBean(Handlers.Received.class)
                                    .deliveries
                                    .get(1)
                                    .events())
                            .as("off by default")
                            .hasSize(1);
                });
        runner.withUserConfiguration(Handlers.Events.class)
                .withPropertyValues(BASIC)
                .withPropertyValues("okta.hooks.event-deduplication.in-memory-size=1000")
                .run(context -> {
                    deliverTwice(context);
                    assertThat(context.getBean(Handlers.Received.class).deliveries)
                            .hasSize(1);
                });
        SharedDeduplicator.SEEN.clear();
        runner.withUserConfiguration(Handlers.Events.class, SharedDeduplicator.class)
                .withPropertyValues(BASIC)
                .run(context -> {
                    deliverTwice(context);
                    assertThat(context.getBean(Handlers.Received.class).deliveries)
                            .hasSize(1);
                    assertThat(SharedDeduplicator.SEEN).hasSize(1);
                });
        runner.withUserConfiguration(Handlers.Events.class)
                .withPropertyValues(BASIC)
                .withPropertyValues("okta.hooks.event-deduplication.in-memory-size=-1")
                .run(context -> assertThat(failure(context)).contains("okta.hooks.event-deduplication.in-memory-size"));
    }

    @Test
    void withoutSpringSecurityNoFilterChainIsContributed() {
        runner.withUserConfiguration(Handlers.Token.class)
                .withPropertyValues(BASIC)
                .withClassLoader(new FilteredClassLoader("org.springframework.security"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("oktaHooksSecurityFilterChain"));
    }
}
