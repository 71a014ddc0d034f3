package io.oktahooks.core;

import static io.oktahooks.core.EndpointFixtures.json;
import static io.oktahooks.core.EndpointFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.core.event.EventDelivery;
import io.oktahooks.core.event.LogEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event hook's one-time verification and deliveries, with optional deduplication. */
class EventHookEndpointTest {

    private final List<EventDelivery> deliveries = new ArrayList<>();
    private final HookEndpoint endpoint = HookEndpoint.builder()
            .authenticator(EndpointFixtures.AUTH)
            .events(deliveries::add)
            .deduplicateEvents(EventDeduplicator.inMemory(1000))
            .build();

    private HookHttpResponse verify(String... headers) {
        return endpoint.handle(HookType.EVENT, HookHttpRequest.of("GET", HookHeaders.of(headers), new byte[0]));
    }

    @Test
    void theVerificationChallengeIsEchoedAfterAuthentication() {
        HookHttpResponse response =
                verify("Authorization", EndpointFixtures.SECRET, "X-Okta-Verification-Challenge", "Wa5J2dJcFJ6s");
        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response).get("verification").asText()).isEqualTo("Wa5J2dJcFJ6s");
        assertThat(json(response).size()).isEqualTo(1);
    }

    @Test
    void anUnauthenticatedVerificationIsRefused() {
        assertThat(verify("x-okta-verification-challenge", "abc").status()).isEqualTo(401);
    }

    @Test
    void verificationWithoutAuthenticationCanBeAllowedExplicitly() {
        HookEndpoint open = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .events(d -> {})
                .authenticateVerification(false)
                .build();
        HookHttpResponse response = open.handle(
                HookHttpRequest.of("GET", HookHeaders.of("x-okta-verification-challenge", "abc"), new byte[0]));
        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void aMissingOrHostileChallengeGets400() {
        assertThat(verify("Authorization", EndpointFixtures.SECRET).status()).isEqualTo(400);
        assertThat(verify("Authorization", EndpointFixtures.SECRET, "x-okta-verification-challenge", "\"},{\"x")
                        .status())
                .isEqualTo(200);
        assertThat(verify("Authorization", EndpointFixtures.SECRET, "x-okta-verification-challenge", "a b")
                        .status())
                .isEqualTo(400);
        assertThat(verify("Authorization", EndpointFixtures.SECRET, "x-okta-verification-challenge", "a".repeat(1025))
                        .status())
                .isEqualTo(400);
        assertThat(verify(
                                "Authorization",
                                EndpointFixtures.SECRET,
                                "x-okta-verification-challenge",
                                "a",
                                "x-okta-verification-challenge",
                                "b")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aChallengeWithQuotesIsEscapedAsJsonData() {
        HookHttpResponse response =
                verify("Authorization", EndpointFixtures.SECRET, "x-okta-verification-challenge", "\"},{\"x");
        assertThat(json(response).get("verification").asText()).isEqualTo("\"},{\"x");
    }

    @Test
    void duplicateEventsAreDroppedByUuid() {
        endpoint.handle(post(Payloads.EVENTS));
        endpoint.handle(post(Payloads.EVENTS.replace("\"ev-2\"", "\"ev-3\"")));
        HookHttpResponse third = endpoint.handle(post(Payloads.EVENTS));
        assertThat(third.status()).isEqualTo(200);
        assertThat(deliveries).hasSize(2);
        assertThat(deliveries.get(1).events())
                .extracting(e -> e.uuid().orElseThrow())
                .containsExactly("ev-3");
        assertThat(deliveries.get(0).events()).extracting(LogEvent::eventType).hasSize(2);
    }

    @Test
    void aTypedEventReadsActorTargetAndOutcome() {
        endpoint.handle(post(Payloads.EVENTS));
        LogEvent event = deliveries.get(0).events().get(0);
        assertThat(event.actor().orElseThrow().alternateId()).contains("jessie.smith@example.com");
        assertThat(event.targets())
                .singleElement()
                .satisfies(t -> assertThat(t.type()).contains("AppInstance"));
        assertThat(event.outcomeResult()).contains("SUCCESS");
        assertThat(event.clientIpAddress()).contains("203.0.113.7");
    }
}
