package io.oktahooks.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.oktahooks.auth.HookAuth;
import io.oktahooks.auth.jwt.JwtAuthenticator;
import io.oktahooks.auth.jwt.JwtVerification;
import io.oktahooks.core.AuthResult;
import io.oktahooks.core.HookAuthenticator;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookHeaders;
import io.oktahooks.core.HookHttpRequest;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookParseException;
import io.oktahooks.core.HookResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.core.InvalidResponseException;
import io.oktahooks.core.ResponseTooLargeException;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.token.TokenRequest;
import io.oktahooks.core.token.TokenResponseBuilder;
import io.oktahooks.testkit.tokens.BasicAuth;
import io.oktahooks.testkit.tokens.LocalAuthorizationServer;

/**
 * Jazzer fuzz targets. In {@code mvn verify} each replays its seed corpus only (the empty input
 * plus the files under {@code src/test/resources/io/oktahooks/hardening/FuzzTargetsTestInputs/<method>/});
 * with {@code JAZZER_FUZZ=1} one target fuzzes for its time box (see HARDENING.md). Each target
 * allows only the SDK's documented exceptions; anything else escaping is a finding.
 */
class FuzzTargetsTest {

    private static final String SECRET_USER = "fuzz-user";
    private static final String SECRET_PASSWORD = "fuzz-password-0123456789";
    private static final String BASIC = BasicAuth.header(SECRET_USER, SECRET_PASSWORD);
    private static final HookAuthenticator HEADER_SECRET = HookAuth.basic(SECRET_USER, SECRET_PASSWORD);
    private static final HookEndpoint ENDPOINT = HookEndpoint.builder()
            .authenticator(HEADER_SECRET)
            .token(r ->
                    r.respond().addIdTokenClaim("seen", r.eventId().orElse("-")).build())
            .saml(r -> HookResponse.empty(HookType.SAML))
            .registration(r -> r.respond().allow().build())
            .userImport(r -> r.respond().createUser().build())
            .passwordImport(r -> r.respond().unverified().build())
            .telephony(r -> r.respond().successful("FUZZ", "t").build())
            .events(d -> d.events().forEach(e -> e.uuid()))
            .maxBodyBytes(64 * 1024)
            .build();
    private static final LocalAuthorizationServer OKTA = LocalAuthorizationServer.create();
    private static final JwtAuthenticator JWT = OKTA.authenticatorBuilder().build();
    private static final String VALID_TOKEN =
            OKTA.token().lifetime(java.time.Duration.ofHours(23)).mint();

    private static final java.util.Comparator<com.fasterxml.jackson.databind.JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.equals(b)) {
            return 0;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return 1;
    };

    /** 1. Request parsing: any bytes either parse as a typed request or fail with HookParseException. */
    @FuzzTest(maxDuration = "5m")
    void requestParsing(byte[] body) {
        try {
            TokenRequest request = TokenRequest.parse(body);
            request.preferredUsername();
            request.identity().ifPresent(t -> t.claims().names());
            request.access().ifPresent(t -> t.scopes());
            request.protocol().flatMap(p -> p.request()).ifPresent(r -> r.scopes());
            request.eventTime();
        } catch (HookParseException expected) {
            assertThat(expected.reason()).isNotNull();
        }
    }

    /** 2. The whole endpoint: any method, headers and body get a status; nothing escapes; no 5xx but 503. */
    @FuzzTest(maxDuration = "5m")
    void wholeEndpoint(FuzzedDataProvider data) {
        String method = data.pickValue(new String[] {"POST", "GET", "PUT", "post"});
        String contentType =
                data.pickValue(new String[] {"application/json", "application/json; charset=utf-8", "text/plain", ""});
        boolean authenticated = data.consumeBoolean();
        HookType route = data.consumeBoolean() ? null : data.pickValue(HookType.values());
        byte[] body = data.consumeRemainingAsBytes();
        HookHeaders headers = authenticated
                ? HookHeaders.of(
                        "Content-Type", contentType, "Authorization", BASIC, "x-okta-verification-challenge", "c")
                : HookHeaders.of("Content-Type", contentType);
        HookHttpResponse response = route == null
                ? ENDPOINT.handle(HookHttpRequest.of(method, headers, body))
                : ENDPOINT.handle(route, HookHttpRequest.of(method, headers, body));
        assertThat(response.status()).isIn(200, 204, 400, 401, 405, 413, 415);
        if (response.body().length > 0) {
            HookJson.readTree(response.body());
        }
    }

    /** 3. The header-secret check: never throws; accepts only the exact secret. */
    @FuzzTest(maxDuration = "5m")
    void headerSecret(String value) {
        AuthResult result = HEADER_SECRET.authenticate(HookHeaders.of("Authorization", value));
        boolean exact =
                value != null && value.replaceAll("^[ \\t]+|[ \\t]+$", "").equals(BASIC);
        assertThat(result instanceof AuthResult.Accepted).isEqualTo(exact);
    }

    /** 4. The JWT verifier front (syntax, size, header): never throws; accepts only the untouched valid token. */
    @FuzzTest(maxDuration = "5m")
    void jwtVerifierFront(FuzzedDataProvider data) {
        String token;
        switch (data.consumeInt(0, 3)) {
            case 0 -> token = data.consumeRemainingAsString();
            case 1 -> {
                int at = data.consumeInt(0, VALID_TOKEN.length() - 1);
                token = VALID_TOKEN.substring(0, at) + data.consumeString(8) + VALID_TOKEN.substring(at + 1);
            }
            case 2 -> {
                String header = java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(data.consumeString(200).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                token = header + VALID_TOKEN.substring(VALID_TOKEN.indexOf('.'));
            }
            default -> token = VALID_TOKEN;
        }
        JwtVerification result = JWT.verify(token);
        assertThat(result instanceof JwtVerification.Verified).isEqualTo(token.equals(VALID_TOKEN));
    }

    /** 5. Response building: random claim names and values give a typed refusal or JSON that re-parses to the same tree. */
    @FuzzTest(maxDuration = "5m")
    void responseBuilding(FuzzedDataProvider data) {
        TokenResponseBuilder builder = TokenResponseBuilder.create();
        try {
            int operations = data.consumeInt(0, 8);
            for (int i = 0; i < operations; i++) {
                String name = data.consumeString(40);
                String value = data.consumeString(200);
                switch (data.consumeInt(0, 3)) {
                    case 0 -> builder.addIdTokenClaim(name, value);
                    case 1 -> builder.replaceAccessTokenClaim(name, data.consumeLong());
                    case 2 -> builder.removeIdTokenClaim(name);
                    default -> builder.debugContext(name, value);
                }
            }
            HookResponse response = builder.build();
            byte[] bytes = response.toBytes();
            assertThat(bytes.length).isLessThan(HookResponse.MAX_BYTES);
            // Numbers compare by value: a long written as 12816396 reads back as an int node (finding, see seeds).
            assertThat(HookJson.readTree(bytes).equals(NUMBERS_BY_VALUE, response.toJson()))
                    .isTrue();
        } catch (InvalidResponseException | ResponseTooLargeException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}
