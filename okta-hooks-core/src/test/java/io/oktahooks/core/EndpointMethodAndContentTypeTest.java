package io.oktahooks.core;

import static io.oktahooks.core.EndpointFixtures.json;
import static io.oktahooks.core.EndpointFixtures.tokenEndpoint;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only POST (and the event verification GET) is served, and only JSON bodies. */
class EndpointMethodAndContentTypeTest {

    private final HookEndpoint endpoint = tokenEndpoint(request -> HookResponse.empty(HookType.TOKEN));

    @Test
    void otherMethodsGet405WithAllow() {
        for (String method : new String[] {"PUT", "DELETE", "PATCH", "GET"}) {
            HookHttpResponse response = endpoint.handle(
                    HookType.TOKEN,
                    HookHttpRequest.of(method, HookHeaders.of("Authorization", EndpointFixtures.SECRET), new byte[0]));
            assertThat(response.status()).as(method).isEqualTo(405);
            assertThat(response.header("Allow")).contains("POST");
            assertThat(json(response).at("/error/errorCauses/0/reason").asText())
                    .isEqualTo("method_not_allowed");
        }
    }

    @Test
    void anEndpointWithEventsAllowsTheVerificationGet() {
        HookEndpoint events = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .events(d -> {})
                .build();
        HookHttpResponse response = events.handle(HookHttpRequest.of("PUT", HookHeaders.of(), new byte[0]));
        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow")).contains("GET, POST");
    }

    @Test
    void aBodyThatIsNotJsonGets415() {
        HookHttpResponse response = endpoint.handle(
                HookType.TOKEN,
                HookHttpRequest.of(
                        "POST",
                        HookHeaders.of("Authorization", EndpointFixtures.SECRET, "Content-Type", "text/plain"),
                        Payloads.bytes(Payloads.TOKEN)));
        assertThat(response.status()).isEqualTo(415);
        assertThat(json(response).at("/error/errorCauses/0/location").asText()).isEqualTo("Content-Type");
        HookHttpResponse missing = endpoint.handle(
                HookType.TOKEN,
                HookHttpRequest.of(
                        "POST",
                        HookHeaders.of("Authorization", EndpointFixtures.SECRET),
                        Payloads.bytes(Payloads.TOKEN)));
        assertThat(missing.status()).isEqualTo(415);
    }

    @Test
    void jsonContentTypeMatchesIgnoringCaseAndParameters() {
        HookHttpResponse response = endpoint.handle(
                HookType.TOKEN,
                HookHttpRequest.of(
                        "post",
                        HookHeaders.of(
                                "authorization",
                                EndpointFixtures.SECRET,
                                "content-type",
                                "Application/JSON; charset=UTF-8"),
                        Payloads.bytes(Payloads.TOKEN)));
        assertThat(response.status()).isEqualTo(204);
    }
}
