package io.oktahooks.core;

import static io.oktahooks.core.EndpointFixtures.json;
import static io.oktahooks.core.EndpointFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Unparseable, hostile or misdirected bodies get 400 with an Okta-style error naming the location. */
class EndpointBadBodyTest {

    private final HookEndpoint endpoint = HookEndpoint.builder()
            .authenticator(EndpointFixtures.AUTH)
            .token(r -> HookResponse.empty(HookType.TOKEN))
            .saml(r -> HookResponse.empty(HookType.SAML))
            .build();

    private static JsonNode cause(HookHttpResponse response) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).contains("application/json");
        JsonNode error = json(response).get("error");
        assertThat(error.get("errorSummary").asText()).isEqualTo("Bad Request");
        return error.at("/errorCauses/0");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        JsonNode cause = cause(endpoint.handle(HookType.TOKEN, post("{\"eventType\": oops}")));
        assertThat(cause.get("reason").asText()).isEqualTo("malformed_json");
        assertThat(cause.get("locationType").asText()).isEqualTo("body");
        assertThat(cause.get("location").asText()).startsWith("line 1, column");
    }

    @Test
    void tooDeepJsonIsALimitError() {
        JsonNode cause =
                cause(endpoint.handle(HookType.TOKEN, post("{\"data\":" + "[".repeat(200) + "]".repeat(200) + "}")));
        assertThat(cause.get("reason").asText()).isEqualTo("json_limit_exceeded");
    }

    @Test
    void aBodyOfAnotherHookTypeOnAFixedRouteIsRefused() {
        JsonNode cause = cause(endpoint.handle(HookType.TOKEN, post(Payloads.SAML)));
        assertThat(cause.get("reason").asText()).isEqualTo("wrong_hook_type");
        assertThat(cause.get("location").asText()).isEqualTo("/eventType");
    }

    @Test
    void aBodyWithoutDataIsRefused() {
        JsonNode cause =
                cause(endpoint.handle(HookType.TOKEN, post("{\"eventType\": \"com.okta.oauth2.tokens.transform\"}")));
        assertThat(cause.get("reason").asText()).isEqualTo("invalid_request");
        assertThat(cause.get("location").asText()).isEqualTo("/data");
    }

    @Test
    void anUnknownEventTypeIsRefusedWithoutEchoingIt() {
        JsonNode cause = cause(endpoint.handle(post("{\"eventType\": \"com.example.nope\", \"data\": {}}")));
        assertThat(cause.get("errorSummary").asText())
                .isEqualTo("the body's eventType is not an Okta hook type this SDK knows");
        assertThat(cause.get("location").asText()).isEqualTo("/eventType");
    }

    @Test
    void anEventTypeWithoutAHandlerIsNamed() {
        JsonNode cause = cause(endpoint.handle(post(Payloads.TELEPHONY)));
        assertThat(cause.get("reason").asText()).isEqualTo("no_handler");
        assertThat(cause.get("errorSummary").asText()).contains("com.okta.telephony.provider");
    }

    @Test
    void aDispatchedBodyWithoutEventTypeIsRefused() {
        JsonNode cause = cause(endpoint.handle(post("{\"data\": {}}")));
        assertThat(cause.get("location").asText()).isEqualTo("/eventType");
    }

    @Test
    void anEmptyBodyIsRefused() {
        assertThat(cause(endpoint.handle(HookType.TOKEN, post("")))
                        .get("reason")
                        .asText())
                .isEqualTo("malformed_json");
    }
}
