package io.oktahooks.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.testsupport.MutableClock;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every call of the client against the loopback Management API: success, and each error status. */
class OktaAdminClientTest {

    private static final URI HOOK = URI.create("https://hooks.example.com/hooks/token");
    private static final String PASSWORD = "a-long-hook-password";

    private LocalManagementApi okta;
    private final List<Duration> slept = new ArrayList<>();
    private final MutableClock clock =
            new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

    @BeforeEach
    void start() throws IOException {
        okta = LocalManagementApi.start();
    }

    @AfterEach
    void stop() {
        okta.close();
    }

    private OktaAdminClient client(OktaCredentials credentials) {
        return OktaAdminClient.builder(okta.org(), credentials)
                .callTimeout(Duration.ofSeconds(5))
                .clock(clock)
                .sleeper(duration -> {
                    slept.add(duration);
                    clock.advance(duration);
                })
                .build();
    }

    private OktaAdminClient client() {
        return client(OktaCredentials.apiToken(LocalManagementApi.API_TOKEN));
    }

    private static InlineHookSpec tokenHook(String name) {
        return new InlineHookSpec(name, HookType.TOKEN, HOOK, ChannelAuth.basic("okta", PASSWORD));
    }

    private JsonNode lastBody(String method) {
        return okta.requests().stream()
                .filter(r -> r.method().equals(method))
                .reduce((a, b) -> b)
                .map(r -> HookJson.readTree(r.body().getBytes(StandardCharsets.UTF_8)))
                .orElseThrow();
    }

    @Test
    void registeringAnInlineHookTwiceCreatesItOnceAndThenReplacesIt() throws IOException {
        OktaAdminClient client = client();

        Registration<InlineHook> first = client.registerInlineHook(tokenHook("Patient id claim"));
        JsonNode created = lastBody("POST");
        Registration<InlineHook> second = client.registerInlineHook(new InlineHookSpec(
                "Patient id claim",
                HookType.TOKEN,
                URI.create("https://hooks.example.com/v2/token"),
                ChannelAuth.basic("okta", PASSWORD + "-rotated")));
        JsonNode replaced = lastBody("PUT");

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.hook().id()).isEqualTo(first.hook().id()).startsWith("cal");
        assertThat(second.hook())
                .extracting(InlineHook::type, InlineHook::status, InlineHook::channelType, InlineHook::uri)
                .containsExactly(HookType.TOKEN, "ACTIVE", "HTTP", "https://hooks.example.com/v2/token");
        assertThat(okta.inlineHooks()).hasSize(1);
        assertThat(created.path("type").asText()).isEqualTo("com.okta.oauth2.tokens.transform");
        assertThat(created.at("/channel/config/authScheme/type").asText()).isEqualTo("HEADER");
        assertThat(created.at("/channel/config/authScheme/key").asText()).isEqualTo("Authorization");
        assertThat(replaced.has("type")).as("InlineHookReplace has no type").isFalse();
        assertThat(okta.secretOf(first.hook().id())).startsWith("Authorization: Basic ");
        assertThat(okta.requests())
                .allSatisfy(
                        r -> assertThat(r.header("Authorization")).isEqualTo("SSWS " + LocalManagementApi.API_TOKEN));
        assertThat(okta.requests().get(0).query()).isEqualTo("type=com.okta.oauth2.tokens.transform");
    }

    @Test
    void registeringAnInactiveHookActivatesItAndListingFiltersByType() throws IOException {
        OktaAdminClient client = client();
        InlineHook hook = client.createInlineHook(tokenHook("Claims"));
        client.createInlineHook(new InlineHookSpec(
                "Claims", HookType.SAML, HOOK, ChannelAuth.header("X-Hook-Secret", "0123456789abcdef0123")));

        assertThat(client.deactivateInlineHook(hook.id()).active()).isFalse();
        assertThat(client.registerInlineHook(tokenHook("Claims")).hook().active())
                .isTrue();
        assertThat(client.listInlineHooks(HookType.SAML))
                .singleElement()
                .extracting(InlineHook::type)
                .isEqualTo(HookType.SAML);
        assertThat(client.activateInlineHook(hook.id()).active()).isTrue();
    }

    @Test
    void twoHooksWithTheRegisteredNameAreNotGuessedBetween() throws IOException {
        OktaAdminClient client = client();
        client.createInlineHook(tokenHook("Twin"));
        client.createInlineHook(tokenHook("Twin"));

        assertThatThrownBy(() -> client.registerInlineHook(tokenHook("Twin")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2 token hooks are named 'Twin'");
    }

    @ParameterizedTest
    @EnumSource(value = HookType.class, names = "EVENT", mode = EnumSource.Mode.EXCLUDE)
    void everyInlineTypeIsExecutedThroughOkta(HookType type) throws IOException {
        AtomicReference<Map<String, String>> seen = new AtomicReference<>();
        okta.hookCaller((method, uri, headers, body) -> {
            seen.set(headers);
            return new HookHttpResponse(
                    200,
                    Map.of("Content-Type", "application/json"),
                    "{\"commands\":[]}".getBytes(StandardCharsets.UTF_8));
        });
        OktaAdminClient client = client();
        InlineHook hook = client.createInlineHook(
                new InlineHookSpec("Hook " + type, type, HOOK, ChannelAuth.basic("okta", PASSWORD)));

        HookHttpResponse reply = client.executeInlineHook(
                hook.id(),
                ("{\"eventType\":\"" + type.eventType() + "\",\"data\":{}}").getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("content-type")).contains("application/json");
        assertThat(reply.bodyText()).isEqualTo("{\"commands\":[]}");
        assertThat(seen.get())
                .containsEntry("Authorization", okta.secretOf(hook.id()).substring("Authorization: ".length()));
    }

    @Test
    void aFailedExecutionIsOktasFourHundredWithTheCause() throws IOException {
        okta.hookCaller((method, uri, headers, body) -> new HookHttpResponse(401, Map.of(), new byte[0]));
        OktaAdminClient client = client();
        InlineHook hook = client.createInlineHook(tokenHook("Broken"));

        assertThatThrownBy(() -> client.executeInlineHook(
                        hook.id(),
                        "{\"eventType\":\"com.okta.saml.tokens.transform\",\"data\":{}}"
                                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        OktaApiException.class,
                        e -> assertThat(e.errorCauses())
                                .singleElement()
                                .asString()
                                .contains("the hook a com.okta.oauth2.tokens.transform"));
        assertThatThrownBy(() -> client.executeInlineHook(
                        hook.id(),
                        "{\"eventType\":\"com.okta.oauth2.tokens.transform\",\"data\":{}}"
                                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(OktaApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errorCode()).contains("E0000001");
                    assertThat(e.errorCauses()).containsExactly("the external service answered HTTP 401");
                });
        assertThatThrownBy(() -> client.executeInlineHook(hook.id(), "[1]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oauthChannelsAreSentWithTheirRequiredFieldsAndNoSecretComesBack() throws IOException {
        OktaAdminClient client = client();
        URI tokenUrl = URI.create("https://example.okta.com/oauth2/default/v1/token");

        InlineHook secret = client.createInlineHook(new InlineHookSpec(
                "Secret post",
                HookType.REGISTRATION,
                HOOK,
                ChannelAuth.oauthClientSecret(tokenUrl, "0oaHookClient", "client-secret-value", "okta.hooks")));
        JsonNode secretBody = lastBody("POST");
        InlineHook key = client.createInlineHook(new InlineHookSpec(
                "Private key",
                HookType.TOKEN,
                HOOK,
                ChannelAuth.oauthPrivateKey(tokenUrl, "0oaHookClient", "HKYhookKey0000000001", null)));
        JsonNode keyBody = lastBody("POST");

        assertThat(secret.channelType()).isEqualTo("OAUTH");
        assertThat(key.channelType()).isEqualTo("OAUTH");
        assertThat(secretBody.at("/channel/config/authType").asText()).isEqualTo("client_secret_post");
        assertThat(secretBody.at("/channel/config/clientSecret").asText()).isEqualTo("client-secret-value");
        assertThat(keyBody.at("/channel/config/authType").asText()).isEqualTo("private_key_jwt");
        assertThat(keyBody.at("/channel/config/hookKeyId").asText()).isEqualTo("HKYhookKey0000000001");
        assertThat(okta.inlineHooks().values().toString()).doesNotContain("client-secret-value");
        assertThat(ChannelAuth.oauthClientSecret(tokenUrl, "0oa", "client-secret-value", null)
                        .toString())
                .doesNotContain("client-secret-value");
    }

    @Test
    void anEventHookIsRegisteredWithFiltersVerifiedAndReplacedWithoutThem() throws IOException {
        okta.hookCaller((method, uri, headers, body) -> new HookHttpResponse(
                200,
                Map.of("Content-Type", "application/json"),
                ("{\"verification\":\"" + headers.get("x-okta-verification-challenge") + "\"}")
                        .getBytes(StandardCharsets.UTF_8)));
        OktaAdminClient client = client();
        EventFilter sales =
                EventFilter.parse("event.target.?[type eq 'UserGroup' && displayName eq 'Sales'].size() > 0");
        EventHookSpec spec = EventHookSpec.of(
                        "Group changes",
                        URI.create("https://hooks.example.com/hooks/events"),
                        ChannelAuth.basic("okta", PASSWORD),
                        List.of("group.user_membership.add", "user.lifecycle.deactivate"))
                .withFilter("group.user_membership.add", sales);

        Registration<EventHook> registered = client.registerEventHook(spec);
        JsonNode body = lastBody("POST");
        EventHook verified = client.verifyEventHook(registered.hook().id());
        Registration<EventHook> again = client.registerEventHook(EventHookSpec.of(
                "Group changes",
                URI.create("https://hooks.example.com/hooks/events"),
                ChannelAuth.basic("okta", PASSWORD),
                List.of("group.user_membership.add")));
        JsonNode replaced = lastBody("PUT");

        assertThat(registered.created()).isTrue();
        assertThat(registered.hook().verified()).isFalse();
        assertThat(registered.hook().filters()).containsEntry("group.user_membership.add", sales.expression());
        assertThat(body.at("/events/filter/type").asText()).isEqualTo("EXPRESSION_LANGUAGE");
        assertThat(body.at("/events/filter/eventFilterMap/0/condition/expression")
                        .asText())
                .isEqualTo(sales.expression());
        assertThat(verified.verified()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.hook().verified()).as("same channel: still verified").isTrue();
        assertThat(again.hook().filters()).isEmpty();
        assertThat(replaced.at("/events/filter").isNull()).isTrue();
        assertThat(client.deactivateEventHook(again.hook().id()).active()).isFalse();
        assertThat(client.activateEventHook(again.hook().id()).active()).isTrue();
        assertThat(client.listEventHooks())
                .singleElement()
                .extracting(EventHook::events)
                .isEqualTo(List.of("group.user_membership.add"));
    }

    @Test
    void aHookThatDoesNotEchoTheChallengeFailsVerificationWithOktasCause() throws IOException {
        okta.hookCaller((method, uri, headers, body) ->
                new HookHttpResponse(200, Map.of(), "{}".getBytes(StandardCharsets.UTF_8)));
        OktaAdminClient client = client();
        EventHook hook = client.createEventHook(EventHookSpec.of(
                "Quiet",
                URI.create("https://hooks.example.com/e"),
                ChannelAuth.basic("okta", PASSWORD),
                List.of("user.session.start")));

        assertThatThrownBy(() -> client.verifyEventHook(hook.id()))
                .isInstanceOfSatisfying(OktaApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errorCauses()).containsExactly("the reply did not echo the verification challenge");
                    assertThat(e.getMessage())
                            .startsWith("verify event hook: HTTP 400 E0000001: Api validation failed");
                });
    }

    @Test
    void unauthorizedForbiddenAndNotFoundCarryOktasErrorObject() throws IOException {
        OktaAdminClient stranger = client(OktaCredentials.apiToken("00wrongToken"));
        okta.readOnlyToken("00readOnly");
        OktaAdminClient reader = client(OktaCredentials.apiToken("00readOnly"));

        assertThatThrownBy(() -> stranger.listEventHooks()).isInstanceOfSatisfying(OktaApiException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.errorCode()).contains("E0000011");
            assertThat(e.errorSummary()).contains("Invalid token provided");
            assertThat(e.errorId()).hasValueSatisfying(id -> assertThat(id).startsWith("oae"));
            assertThat(e.getMessage()).doesNotContain("00wrongToken");
        });
        assertThat(reader.listInlineHooks(HookType.TOKEN)).isEmpty();
        assertThatThrownBy(() -> reader.createInlineHook(tokenHook("No")))
                .isInstanceOfSatisfying(OktaApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.errorCode()).contains("E0000006");
                    assertThat(e.getMessage()).doesNotContain(PASSWORD);
                });
        assertThatThrownBy(() -> client().activateInlineHook("calNoSuchHook0000001"))
                .isInstanceOfSatisfying(
                        OktaApiException.class, e -> assertThat(e.errorCode()).contains("E0000007"));
        assertThatThrownBy(() -> client().activateInlineHook("../users")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBadRequestShowsSummaryAndCausesEscaped() {
        okta.failNext(400, "E0000001", "Api validation failed: channel\n2026-06-01 ERROR forged \u202eline");

        assertThatThrownBy(() -> client().createInlineHook(tokenHook("X")))
                .isInstanceOfSatisfying(OktaApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage())
                            .doesNotContain("\n")
                            .contains("channel\\u000a2026")
                            .contains("\\u202e");
                    assertThat(e.errorSummary())
                            .hasValueSatisfying(s -> assertThat(s).doesNotContain("\n"));
                });
    }

    @Test
    void aFourTwentyNineIsRetriedOnceAfterTheReset() throws IOException {
        OktaAdminClient client = client();
        okta.rateLimitNext(1, clock.instant().getEpochSecond() + 7);

        assertThat(client.listEventHooks()).isEmpty();
        assertThat(slept).containsExactly(Duration.ofSeconds(7));

        okta.rateLimitNext(2, clock.instant().getEpochSecond() + 1);
        assertThatThrownBy(client::listEventHooks).isInstanceOfSatisfying(OktaApiException.class, e -> {
            assertThat(e.status()).isEqualTo(429);
            assertThat(e.errorCode()).contains("E0000047");
        });
        assertThat(slept).hasSize(2);
    }

    @Test
    void aResetBeyondTheBoundFailsAtOnceAndAnExhaustedWindowIsWaitedFor() throws IOException {
        OktaAdminClient client = client();
        okta.rateLimitNext(1, clock.instant().getEpochSecond() + 3600);

        assertThatThrownBy(client::listEventHooks)
                .isInstanceOfSatisfying(
                        OktaApiException.class, e -> assertThat(e.status()).isEqualTo(429));
        assertThat(slept).isEmpty();

        okta.exhaustWindow(clock.instant().getEpochSecond() + 4);
        client.listEventHooks();
        assertThat(slept).isEmpty();
        client.listEventHooks();
        assertThat(slept).containsExactly(Duration.ofSeconds(4));
    }

    @Test
    void aServiceAppGetsOneTokenPerScopeSignedWithItsKey() throws Exception {
        okta.serviceApp("0oaService", Keys.rsa().getPublic(), "okta.inlineHooks.manage", "okta.eventHooks.manage");
        OktaAdminClient client =
                client(OktaCredentials.privateKeyJwt("0oaService", Keys.rsa().getPrivate(), "kid-1"));

        client.listInlineHooks(HookType.TOKEN);
        client.createInlineHook(tokenHook("Via OAuth"));
        client.listEventHooks();

        List<LocalManagementApi.Recorded> tokenCalls = okta.requests().stream()
                .filter(r -> r.path().equals("/oauth2/v1/token"))
                .toList();
        assertThat(tokenCalls).hasSize(2);
        assertThat(tokenCalls.get(0).body())
                .contains("scope=okta.inlineHooks.manage")
                .contains("grant_type=client_credentials");
        assertThat(tokenCalls.get(1).body()).contains("scope=okta.eventHooks.manage");
        assertThat(okta.requests().stream().filter(r -> r.path().startsWith("/api/")))
                .allSatisfy(r -> assertThat(r.header("Authorization")).startsWith("Bearer local-"));
    }

    @Test
    void aServiceAppWithAnEcKeyWorksToo() throws Exception {
        okta.serviceApp("0oaService", Keys.ec().getPublic(), "okta.eventHooks.manage");

        assertThat(client(OktaCredentials.privateKeyJwt("0oaService", Keys.ec().getPrivate(), null))
                        .listEventHooks())
                .isEmpty();
    }

    @Test
    void tokenEndpointErrorsCarryOAuthsErrorAndAScopeTheAppLacksIsForbidden() throws Exception {
        okta.serviceApp("0oaService", Keys.rsa().getPublic(), "okta.eventHooks.manage");
        OktaAdminClient client =
                client(OktaCredentials.privateKeyJwt("0oaService", Keys.rsa().getPrivate(), null));

        assertThatThrownBy(() -> client.listInlineHooks(HookType.TOKEN))
                .isInstanceOfSatisfying(OktaApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errorCode()).contains("invalid_scope");
                });
        okta.requireDpop();
        assertThatThrownBy(client::listEventHooks)
                .isInstanceOfSatisfying(
                        OktaApiException.class,
                        e -> assertThat(e.getMessage())
                                .contains("invalid_dpop_proof")
                                .contains("Require Demonstrating Proof of Possession"));
        OktaAdminClient wrongKey =
                client(OktaCredentials.privateKeyJwt("0oaService", Keys.ec().getPrivate(), null));
        assertThatThrownBy(wrongKey::listEventHooks)
                .isInstanceOfSatisfying(
                        OktaApiException.class, e -> assertThat(e.status()).isIn(400, 401));
    }

    @Test
    void noRedirectIsFollowedAndEveryCallHasOneDeadline() throws Exception {
        HttpServer redirecting = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        redirecting.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Location", "https://elsewhere.example.com/api/v1/eventHooks");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        redirecting.start();
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try (Socket held = silent.accept()) {
                    Thread.sleep(5_000);
                } catch (IOException | InterruptedException e) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            OktaCredentials token = OktaCredentials.apiToken("00token");

            assertThatThrownBy(() -> OktaAdminClient.builder(
                                    URI.create("http://127.0.0.1:"
                                            + redirecting.getAddress().getPort()),
                                    token)
                            .build()
                            .listEventHooks())
                    .isInstanceOfSatisfying(OktaApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(302);
                        assertThat(e.getMessage()).contains("never followed").contains("elsewhere.example.com");
                    });
            long start = System.nanoTime();
            assertThatThrownBy(() -> OktaAdminClient.builder(
                                    URI.create("http://127.0.0.1:" + silent.getLocalPort()), token)
                            .callTimeout(Duration.ofMillis(300))
                            .build()
                            .listEventHooks())
                    .isInstanceOf(IOException.class)
                    .isNotInstanceOf(OktaApiException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            acceptor.interrupt();
        } finally {
            redirecting.stop(0);
        }
    }

    @Test
    void theBuilderAndSpecsRefuseInsecureOrInvalidSettings() {
        OktaCredentials token = OktaCredentials.apiToken("00token");

        assertThatThrownBy(() -> OktaAdminClient.builder(URI.create("http://dev-123.okta.com"), token)
                        .build())
                .hasMessageContaining("plain http only on a loopback host");
        assertThatThrownBy(() -> OktaAdminClient.builder(URI.create("https://dev-123.okta.com/api"), null)
                        .callTimeout(Duration.ZERO)
                        .maxRateLimitWait(Duration.ofSeconds(-1))
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only scheme and host")
                .hasMessageContaining("credentials are required")
                .hasMessageContaining("callTimeout")
                .hasMessageContaining("maxRateLimitWait");
        assertThat(OktaAdminClient.builder(URI.create("https://dev-123.okta.com/"), token)
                        .build()
                        .org())
                .isEqualTo(URI.create("https://dev-123.okta.com"));
        assertThatThrownBy(() -> new InlineHookSpec(
                        "x",
                        HookType.TOKEN,
                        URI.create("http://hooks.example.com"),
                        ChannelAuth.basic("okta", PASSWORD)))
                .hasMessageContaining("https://");
        assertThatThrownBy(() -> new InlineHookSpec("x", HookType.EVENT, HOOK, ChannelAuth.basic("okta", PASSWORD)))
                .hasMessageContaining("EventHookSpec");
        assertThatThrownBy(() -> EventHookSpec.of(
                        "x",
                        HOOK,
                        ChannelAuth.oauthPrivateKey(URI.create("https://a.example/t"), "c", "k", null),
                        List.of("user.session.start")))
                .hasMessageContaining("only header authentication");
        assertThatThrownBy(() -> EventHookSpec.of("x", HOOK, ChannelAuth.basic("okta", PASSWORD), List.of("a"))
                        .withFilter("b", EventFilter.parse("event.eventType eq 'b'")))
                .hasMessageContaining("does not subscribe");
        assertThatThrownBy(() -> ChannelAuth.basic("okta", "short")).hasMessageContaining("at least 8");
        assertThatThrownBy(() -> ChannelAuth.header("X-Secret", "short")).hasMessageContaining("at least 16");
        assertThat(ChannelAuth.header("X-Secret", "0123456789abcdef0123").toString())
                .doesNotContain("0123456789");
    }
}
