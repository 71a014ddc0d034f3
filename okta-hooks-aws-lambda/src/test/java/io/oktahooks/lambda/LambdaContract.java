package io.oktahooks.lambda;

import static io.oktahooks.testkit.assertions.HookAssertions.assertThat;

import io.oktahooks.auth.HookAuth;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.examples.ExampleHooks;
import io.oktahooks.testkit.fixtures.Fixture;
import io.oktahooks.testkit.tokens.BasicAuth;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every Lambda handler must do with API Gateway events, whatever their payload format: the
 * same routes and the same answers as the endpoint, for every hook type. Each subclass feeds
 * events shaped like AWS's samples, loaded with aws-lambda-java-tests' EventLoader.
 */
abstract class LambdaContract {

    static final String USER = "okta";
    static final String PASSWORD = "correct-horse-battery-staple";
    static final String BASIC = BasicAuth.header(USER, PASSWORD);

    /** Handler calls, counted, so a test can tell that a refused call never reached one. */
    final AtomicInteger handled = new AtomicInteger();
    /** Shared: its password store hashes with PBKDF2, which takes a while. */
    private static final ExampleHooks EXAMPLE = new ExampleHooks(Set.of("example.com"), ExampleHooks.demoPasswords());

    /** Registers the example service's handler for every hook type, counting calls. */
    final void everyType(HookEndpoint.Builder hooks) {
        hooks.token(r -> count(EXAMPLE.token(r)))
                .saml(r -> count(EXAMPLE.saml(r)))
                .registration(r -> count(EXAMPLE.registration(r)))
                .userImport(r -> count(EXAMPLE.userImport(r)))
                .passwordImport(r -> count(EXAMPLE.passwordImport(r)))
                .telephony(r -> count(EXAMPLE.telephony(r)))
                .events(d -> {
                    handled.incrementAndGet();
                    EXAMPLE.events(d);
                });
    }

    private <T> T count(T response) {
        handled.incrementAndGet();
        return response;
    }

    /** A handler of the kind under test, built from the Basic authenticator and {@link #everyType}. */
    abstract Object handlerForEveryType();

    /** A handler of the kind under test serving this endpoint under this base path. */
    abstract Object handler(HookEndpoint endpoint, String basePath);

    /**
     * Sends one event to the handler and reads its response back as an HTTP reply.
     *
     * @param headers name to values, in the case a client sent them
     */
    abstract HookHttpResponse call(
            Object handler,
            String method,
            String path,
            String stage,
            Map<String, List<String>> headers,
            String body,
            boolean base64);

    /** Sends a POST of JSON bytes with Basic credentials, as Okta does. */
    final HookHttpResponse post(Object handler, String path, byte[] body) {
        return call(
                handler, "POST", path, null, okta(BASIC, body.length), new String(body, StandardCharsets.UTF_8), false);
    }

    /** A Lambda response read back as the HTTP reply API Gateway makes of it. */
    static HookHttpResponse reply(int status, Map<String, String> headers, String body) {
        return new HookHttpResponse(
                status,
                headers == null ? Map.of() : headers,
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, List<String>> okta(String authorization, int contentLength) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Accept", List.of("application/json"));
        headers.put("Authorization", List.of(authorization));
        headers.put("Content-Type", List.of("application/json; charset=UTF-8"));
        headers.put("Content-Length", List.of(Integer.toString(contentLength)));
        return headers;
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void everyHookTypeIsAnsweredOnItsPath(Fixture fixture) {
        HookHttpResponse reply =
                post(handlerForEveryType(), "/hooks/" + fixture.type().shortName(), fixture.bytes());
        assertThat(reply).meetsContract(fixture.type());
        assertThat(handled).hasValue(1);
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void theBasePathDispatchesOnEventType(Fixture fixture) {
        HookHttpResponse reply = post(handlerForEveryType(), "/hooks", fixture.bytes());
        assertThat(reply).meetsContract(fixture.type());
        assertThat(handled).hasValue(1);
    }

    @Test
    void theTokenReplyCarriesTheClaimAndTheEndpointsHeaders() {
        HookHttpResponse reply = post(handlerForEveryType(), "/hooks/token", Fixture.TOKEN_AUTHORIZATION_CODE.bytes());
        assertThat(reply).hasStatus(200).body().addsIdTokenClaim("extPatientId", "1235");
        assertThat(reply.header("content-type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(reply.header("x-content-type-options")).contains("nosniff");
        assertThat(reply.header("cache-control")).contains("no-store");
    }

    @Test
    void aStagePrefixedPathIsTheSameRoute() {
        Object handler = handlerForEveryType();
        byte[] body = Fixture.TOKEN_AUTHORIZATION_CODE.bytes();
        HookHttpResponse reply = call(
                handler,
                "POST",
                "/prod/hooks/token",
                "prod",
                okta(BASIC, body.length),
                new String(body, StandardCharsets.UTF_8),
                false);
        assertThat(reply).hasStatus(200).body().addsIdTokenClaim("extPatientId", "1235");
        HookHttpResponse bare = call(
                handler,
                "POST",
                "/prod/hooks",
                "prod",
                okta(BASIC, body.length),
                new String(body, StandardCharsets.UTF_8),
                false);
        assertThat(bare).hasStatus(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/hooks/tokens",
                "/hooks/token/",
                "/hooks/token/x",
                "/hooks/TOKEN",
                "/other/token",
                "/",
                "/hooksx",
                "/prod/hooks/nope",
                "/staging/hooks/token"
            })
    void anyOtherPathIs404WithoutReachingAHandler(String path) {
        byte[] body = Fixture.TOKEN_AUTHORIZATION_CODE.bytes();
        HookHttpResponse reply = call(
                handlerForEveryType(),
                "POST",
                path,
                "prod",
                okta(BASIC, body.length),
                new String(body, StandardCharsets.UTF_8),
                false);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).isEmpty();
        assertThat(reply.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(handled).hasValue(0);
    }

    @Test
    void aTypeTheEndpointDoesNotServeIs404() {
        HookEndpoint tokenOnly = HookEndpoint.builder()
                .authenticator(HookAuth.basic(USER, PASSWORD))
                .token(r -> count(io.oktahooks.core.HookResponse.empty(HookType.TOKEN)))
                .build();
        Object handler = handler(tokenOnly, "/hooks");
        assertThat(post(handler, "/hooks/saml", Fixture.SAML.bytes()).status()).isEqualTo(404);
        assertThat(post(handler, "/hooks/token", Fixture.TOKEN_AUTHORIZATION_CODE.bytes())
                        .status())
                .isEqualTo(204);
        assertThat(post(handler, "/hooks", Fixture.SAML.bytes()).status())
                .as("the endpoint's answer on the base path")
                .isEqualTo(400);
    }

    @Test
    void anotherBasePathOrTheRootServesTheSameTypes() {
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(HookAuth.basic(USER, PASSWORD))
                .token(r -> count(io.oktahooks.core.HookResponse.empty(HookType.TOKEN)))
                .build();
        byte[] body = Fixture.TOKEN_AUTHORIZATION_CODE.bytes();
        assertThat(post(handler(endpoint, "/okta/v1"), "/okta/v1/token", body).status())
                .isEqualTo(204);
        assertThat(post(handler(endpoint, "/okta/v1"), "/hooks/token", body).status())
                .isEqualTo(404);
        assertThat(post(handler(endpoint, "/"), "/token", body).status()).isEqualTo(204);
        assertThat(post(handler(endpoint, "/"), "/", body).status()).isEqualTo(204);
        for (String bad : new String[] {"", "hooks", "/hooks/", "//hooks", "/ho oks", "/hooks?x"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> handler(endpoint, bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("basePath");
        }
    }

    @Test
    void wrongCredentialsAre401AndNeverReachTheHandler() {
        byte[] body = Fixture.TOKEN_AUTHORIZATION_CODE.bytes();
        HookHttpResponse wrong = call(
                handlerForEveryType(),
                "POST",
                "/hooks/token",
                null,
                okta(BasicAuth.header(USER, "wrong-horse-battery-staple"), body.length),
                new String(body, StandardCharsets.UTF_8),
                false);
        assertThat(wrong).hasStatus(401);
        assertThat(wrong.header("WWW-Authenticate")).isPresent();
        Map<String, List<String>> none = okta(BASIC, body.length);
        none.remove("Authorization");
        assertThat(call(
                        handlerForEveryType(),
                        "POST",
                        "/hooks/token",
                        null,
                        none,
                        new String(body, StandardCharsets.UTF_8),
                        false))
                .hasStatus(401);
        assertThat(handled).hasValue(0);
    }

    @Test
    void aBase64BodyIsDecoded() {
        byte[] body = Fixture.TOKEN_AUTHORIZATION_CODE.bytes();
        HookHttpResponse reply = call(
                handlerForEveryType(),
                "POST",
                "/hooks/token",
                null,
                okta(BASIC, body.length),
                Base64.getEncoder().encodeToString(body),
                true);
        assertThat(reply).hasStatus(200).body().addsIdTokenClaim("extPatientId", "1235");
    }

    @Test
    void aMalformedBase64BodyIsTheEndpoints400() {
        HookHttpResponse reply =
                call(handlerForEveryType(), "POST", "/hooks/token", null, okta(BASIC, 10), "not base64!", true);
        assertThat(reply).hasStatus(400);
        assertThat(reply.bodyText()).contains("unreadable_body");
        assertThat(handled).hasValue(0);
    }

    @Test
    void anOversizedBodyIs413AndNeverReachesTheHandler() {
        byte[] big = ("{\"eventType\": \"com.okta.oauth2.tokens.transform\", \"pad\": \""
                        + "x".repeat(HookEndpoint.DEFAULT_MAX_BODY_BYTES) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        Object handler = handlerForEveryType();
        assertThat(post(handler, "/hooks/token", big)).hasStatus(413);
        Map<String, List<String>> undeclared = okta(BASIC, 0);
        undeclared.remove("Content-Length");
        assertThat(call(
                        handler,
                        "POST",
                        "/hooks/token",
                        null,
                        undeclared,
                        Base64.getEncoder().encodeToString(big),
                        true))
                .as("base64, no Content-Length: the actual size counts")
                .hasStatus(413);
        assertThat(handled).hasValue(0);
    }

    @Test
    void headerNamesAreMatchedWithoutRegardToCase() {
        byte[] body = Fixture.TOKEN_AUTHORIZATION_CODE.bytes();
        Map<String, List<String>> shouting =
                Map.of("AUTHORIZATION", List.of(BASIC), "CONTENT-TYPE", List.of("application/json"));
        assertThat(call(
                        handlerForEveryType(),
                        "POST",
                        "/hooks/token",
                        null,
                        shouting,
                        new String(body, StandardCharsets.UTF_8),
                        false))
                .hasStatus(200);
    }

    @Test
    void theEventHookVerificationIsAnswered() {
        Map<String, List<String>> headers =
                Map.of("Authorization", List.of(BASIC), "X-Okta-Verification-Challenge", List.of("Wa5J2dJcFJ6s"));
        assertThat(call(handlerForEveryType(), "GET", "/hooks/events", null, headers, null, false))
                .answersVerification("Wa5J2dJcFJ6s");
    }

    @Test
    void anotherMethodIsTheEndpoints405() {
        HookHttpResponse reply = call(
                handlerForEveryType(),
                "GET",
                "/hooks/token",
                null,
                Map.of("Authorization", List.of(BASIC)),
                null,
                false);
        assertThat(reply).hasStatus(405);
        assertThat(reply.header("allow")).contains("POST");
    }
}
