package io.oktahooks.core;

import static io.oktahooks.core.EndpointFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every refusal names its reason (the {@code reason} of the single error cause) and where the
 * problem is, so a caller, or a person reading Okta's hook log, can act on it.
 */
class EndpointErrorReasonsTest {

    private final HookEndpoint events = HookEndpoint.builder()
            .authenticator(EndpointFixtures.AUTH)
            .events(d -> {})
            .build();

    private static JsonNode cause(HookHttpResponse response) {
        return json(response).at("/error/errorCauses/0");
    }

    private HookHttpResponse verification(HookHeaders headers) {
        return events.handle(HookType.EVENT, new HookHttpRequest("GET", headers, InputStream.nullInputStream()));
    }

    @Test
    void aVerificationGetNamesWhatIsWrongWithTheChallenge() {
        HookHttpResponse missing = verification(HookHeaders.of("Authorization", EndpointFixtures.SECRET));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(cause(missing).get("reason").asText()).isEqualTo("missing_challenge");
        assertThat(cause(missing).get("location").asText()).isEqualToIgnoringCase("X-Okta-Verification-Challenge");
        HookHttpResponse twice = verification(HookHeaders.of(
                "Authorization",
                EndpointFixtures.SECRET,
                "X-Okta-Verification-Challenge",
                "a",
                "X-Okta-Verification-Challenge",
                "b"));
        assertThat(cause(twice).get("reason").asText()).isEqualTo("ambiguous_challenge");
        HookHttpResponse nullValue = verification(name -> name.equalsIgnoreCase("Authorization")
                ? List.of(EndpointFixtures.SECRET)
                : Arrays.asList((String) null));
        assertThat(nullValue.status()).isEqualTo(400);
        assertThat(cause(nullValue).get("reason").asText()).isEqualTo("invalid_challenge");
    }

    @Test
    void anUnreadableBodyIs400WithoutALocation() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        HookEndpoint token = EndpointFixtures.tokenEndpoint(r -> HookResponse.empty(HookType.TOKEN));
        HookHttpResponse response = token.handle(
                HookType.TOKEN,
                new HookHttpRequest(
                        "POST",
                        HookHeaders.of(Map.of(
                                "Authorization",
                                List.of(EndpointFixtures.SECRET),
                                "Content-Type",
                                List.of("application/json"))),
                        failing));
        assertThat(response.status()).isEqualTo(400);
        assertThat(cause(response).get("reason").asText()).isEqualTo("unreadable_body");
        assertThat(cause(response).get("locationType").asText()).isEqualTo("body");
        assertThat(cause(response).has("location")).isFalse();
    }

    @Test
    void aBodyThatIsNotAnObjectCannotBeDispatched() {
        HookHttpResponse response = events.handle(EndpointFixtures.post("[]"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(cause(response).get("reason").asText()).isEqualTo("invalid_request");
        assertThat(cause(response).get("location").asText()).isEqualTo("/eventType");
    }

    @Test
    void aHookTypeWithoutAHandlerIsNamed() {
        HookHttpResponse routed = events.handle(HookType.TOKEN, EndpointFixtures.post("{}"));
        assertThat(routed.status()).isEqualTo(400);
        assertThat(cause(routed).get("reason").asText()).isEqualTo("no_handler");
        assertThat(cause(routed).get("errorSummary").asText()).contains("com.okta.oauth2.tokens.transform");
        HookEndpoint tokenOnly = EndpointFixtures.tokenEndpoint(r -> HookResponse.empty(HookType.TOKEN));
        HookHttpResponse delivery = tokenOnly.handle(
                EndpointFixtures.post("{\"eventType\":\"com.okta.event_hook\",\"data\":{\"events\":[]}}"));
        assertThat(cause(delivery).get("reason").asText()).isEqualTo("no_handler");
        assertThat(cause(delivery).get("location").asText()).isEqualTo("/eventType");
    }

    @Test
    void theEventRouteAnswersVerificationOnlyOnItsOwnPath() {
        HookHttpResponse onTokenPath = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .events(d -> {})
                .token(r -> HookResponse.empty(HookType.TOKEN))
                .build()
                .handle(
                        HookType.TOKEN,
                        new HookHttpRequest(
                                "GET",
                                HookHeaders.of(
                                        "Authorization",
                                        EndpointFixtures.SECRET,
                                        "X-Okta-Verification-Challenge",
                                        "abc"),
                                InputStream.nullInputStream()));
        assertThat(onTokenPath.status()).isEqualTo(405);
        assertThat(onTokenPath.header("Allow")).contains("POST");
        HookHttpResponse onEventPath = events.handle(
                HookType.EVENT,
                new HookHttpRequest(
                        "GET",
                        HookHeaders.of(
                                "Authorization", EndpointFixtures.SECRET, "X-Okta-Verification-Challenge", "abc"),
                        InputStream.nullInputStream()));
        assertThat(onEventPath.status()).isEqualTo(200);
        HookHttpResponse put = events.handle(
                HookType.EVENT, new HookHttpRequest("PUT", HookHeaders.of(), InputStream.nullInputStream()));
        assertThat(put.status()).isEqualTo(405);
        assertThat(put.header("Allow")).contains("GET, POST");
    }
}
