package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.InvalidResponseException.Rule;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.internal.ResponseRules;
import io.oktahooks.core.token.ClaimPath;
import io.oktahooks.core.token.TokenRequest;
import io.oktahooks.core.token.TokenResponseBuilder;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The endpoint sends a response built by the answered request's own builder
 * ({@code request.respond()}) without checking it against that request again. That is safe only if
 * the builder refuses, as the call is made, every token patch the endpoint's full check would
 * refuse: for each token rule, the same change refused by the builder and reported by
 * {@code ResponseRules} under the same rule.
 */
class RequestBoundBuilderRefusalsTest {

    private static final String ID = "com.okta.identity.patch";
    private static final String ACCESS = "com.okta.access.patch";

    static Stream<Arguments> rules() {
        return Stream.of(
                refusal(
                        Rule.RESERVED_CLAIM,
                        Payloads.TOKEN,
                        b -> b.addIdTokenClaim("iss", "https://elsewhere.example"),
                        ID,
                        "{\"op\": \"add\", \"path\": \"/claims/iss\", \"value\": \"https://elsewhere.example\"}"),
                refusal(
                        Rule.SYSTEM_CLAIM_REMOVED,
                        Payloads.TOKEN,
                        b -> b.removeAccessTokenClaim("aud"),
                        ACCESS,
                        "{\"op\": \"remove\", \"path\": \"/claims/aud\"}"),
                refusal(
                        Rule.CLAIM_NOT_PRESENT,
                        Payloads.TOKEN,
                        b -> b.replaceIdTokenClaim("nickname", "Jess"),
                        ID,
                        "{\"op\": \"replace\", \"path\": \"/claims/nickname\", \"value\": \"Jess\"}"),
                refusal(
                        Rule.INDEX_OUT_OF_RANGE,
                        Payloads.TOKEN,
                        b -> b.replaceIdTokenClaim(ClaimPath.claim("roles").element(5), "admin"),
                        ID,
                        "{\"op\": \"replace\", \"path\": \"/claims/roles/5\", \"value\": \"admin\"}"),
                refusal(
                        Rule.WRONG_JSON_TYPE,
                        Payloads.TOKEN,
                        b -> b.addIdTokenClaim(ClaimPath.claim("email").member("domain"), "example.com"),
                        ID,
                        "{\"op\": \"add\", \"path\": \"/claims/email/domain\", \"value\": \"example.com\"}"),
                refusal(
                        Rule.INVALID_PATH,
                        Payloads.TOKEN,
                        b -> b.replaceIdTokenClaim(ClaimPath.claim("roles").append(), "admin"),
                        ID,
                        "{\"op\": \"replace\", \"path\": \"/claims/roles/-\", \"value\": \"admin\"}"),
                refusal(
                        Rule.LIFETIME_OUT_OF_RANGE,
                        Payloads.TOKEN,
                        b -> b.accessTokenLifetime(Duration.ofSeconds(60)),
                        ACCESS,
                        "{\"op\": \"replace\", \"path\": \"/token/lifetime/expiration\", \"value\": 60}"),
                refusal(
                        Rule.TOKEN_NOT_MINTED,
                        Payloads.TOKEN_CLIENT_CREDENTIALS,
                        b -> b.addIdTokenClaim("extPatientId", "P-1"),
                        ID,
                        "{\"op\": \"add\", \"path\": \"/claims/extPatientId\", \"value\": \"P-1\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theRequestBoundBuilderRefusesWhatTheEndpointsFullCheckRefusesUnderTheSameRule(
            Rule rule, String requestJson, Consumer<TokenResponseBuilder> change, String command, String operation) {
        TokenRequest request = TokenRequest.parse(Payloads.bytes(requestJson));

        InvalidResponseException refused =
                catchThrowableOfType(InvalidResponseException.class, () -> change.accept(request.respond()));
        assertThat(refused).as("the builder refuses the change as it is made").isNotNull();
        assertThat(refused.rule()).isEqualTo(rule);

        JsonNode response = HookJson.readTree(
                Payloads.bytes("{\"commands\": [{\"type\": \"" + command + "\", \"value\": [" + operation + "]}]}"));
        assertThat(ResponseRules.check(HookType.TOKEN, response, request))
                .extracting(ResponseRules.Violation::rule)
                .containsExactly(rule);
    }

    private static Arguments refusal(
            Rule rule, String request, Consumer<TokenResponseBuilder> change, String command, String operation) {
        return Arguments.of(rule, request, change, command, operation);
    }
}
