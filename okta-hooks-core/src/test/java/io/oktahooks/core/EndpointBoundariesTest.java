package io.oktahooks.core;

import static io.oktahooks.core.EndpointFixtures.json;
import static io.oktahooks.core.EndpointFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.event.EventDelivery;
import io.oktahooks.core.internal.HookJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The endpoint's limits hold exactly at their boundaries, and its error bodies say only what applies. */
class EndpointBoundariesTest {

    private static HookHttpRequest get(String challenge) {
        return HookHttpRequest.of(
                "GET",
                HookHeaders.of("Authorization", EndpointFixtures.SECRET, HookEndpoint.VERIFICATION_HEADER, challenge),
                new byte[0]);
    }

    private final List<EventDelivery> deliveries = new ArrayList<>();
    private final HookEndpoint events = HookEndpoint.builder()
            .authenticator(EndpointFixtures.AUTH)
            .events(deliveries::add)
            .deduplicateEvents(EventDeduplicator.inMemory(10))
            .build();

    @Test
    void theVerificationChallengeLimitsAreExact() {
        assertThat(events.handle(get("a".repeat(1024))).status()).isEqualTo(200);
        assertThat(events.handle(get("a".repeat(1025))).status()).isEqualTo(400);
        assertThat(events.handle(get("!~")).status()).isEqualTo(200);
        assertThat(events.handle(get("a\u007f")).status()).isEqualTo(400);
        assertThat(events.handle(get("a\u0019")).status()).isEqualTo(400);
        assertThat(json(events.handle(get("  padded  "))).get("verification").asText())
                .isEqualTo("padded");
    }

    @Test
    void aGetWithoutAnEventHandlerIsNotAllowed() {
        HookEndpoint tokenOnly = EndpointFixtures.tokenEndpoint(r -> HookResponse.empty(HookType.TOKEN));
        HookHttpResponse response = tokenOnly.handle(get("abc"));
        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow")).contains("POST");
        JsonNode cause = json(response).at("/error/errorCauses/0");
        assertThat(cause.has("locationType")).isFalse();
        assertThat(cause.has("location")).isFalse();
        assertThat(cause.get("domain").asText()).isEqualTo("okta-hooks");
        assertThat(tokenOnly.hookTypes()).containsExactly(HookType.TOKEN);
    }

    @Test
    void eventsWithoutUuidOrThatAreNotObjectsAreNeverDropped() {
        String body =
                "{\"eventType\": \"com.okta.event_hook\", \"data\": {\"events\": [1, {\"eventType\": \"a\"}, {\"uuid\": \"u1\"}]}}";
        events.handle(post(body));
        events.handle(post(body));
        assertThat(deliveries).hasSize(2);
        assertThat(deliveries.get(0).events()).hasSize(2);
        assertThat(deliveries.get(1).events())
                .extracting(e -> e.eventType().orElse("-"))
                .containsExactly("a");
        String onlyDuplicates =
                "{\"eventType\": \"com.okta.event_hook\", \"data\": {\"events\": [{\"uuid\": \"u1\"}]}}";
        assertThat(events.handle(post(onlyDuplicates)).status()).isEqualTo(200);
        assertThat(deliveries).hasSize(2);
        events.handle(post("{\"eventType\": \"com.okta.event_hook\", \"data\": {\"events\": []}}"));
        assertThat(deliveries).hasSize(3);
    }

    @Test
    void aDeclaredLengthAtTheCapIsReadAndOneMoreIsRefused() {
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .token(r -> HookResponse.empty(HookType.TOKEN))
                .maxBodyBytes(1024)
                .build();
        byte[] body = new byte[1024];
        java.util.Arrays.fill(body, (byte) ' ');
        byte[] json = "{\"data\":{}}".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(json, 0, body, 0, json.length);
        HookHttpResponse atCap = endpoint.handle(
                HookType.TOKEN,
                HookHttpRequest.of(
                        "POST",
                        HookHeaders.of(
                                "Authorization",
                                EndpointFixtures.SECRET,
                                "Content-Type",
                                "application/json",
                                "Content-Length",
                                "1024"),
                        body));
        assertThat(atCap.status()).isEqualTo(204);
        HookHttpResponse declaredOver = endpoint.handle(
                HookType.TOKEN,
                HookHttpRequest.of(
                        "POST",
                        HookHeaders.of(
                                "Authorization",
                                EndpointFixtures.SECRET,
                                "Content-Type",
                                "application/json",
                                "Content-Length",
                                "1025"),
                        body));
        assertThat(declaredOver.status()).isEqualTo(413);
    }

    @Test
    void aDeclaredLengthThatIsWrongStillReadsTheWholeBody() {
        HookEndpoint endpoint = EndpointFixtures.tokenEndpoint(r ->
                r.respond().addIdTokenClaim("seen", r.eventId().orElse("-")).build());
        byte[] body = Payloads.bytes(Payloads.TOKEN);
        for (String declared : new String[] {"10", "0", Integer.toString(body.length + 100), "not-a-number"}) {
            HookHttpResponse response = endpoint.handle(
                    HookType.TOKEN,
                    HookHttpRequest.of(
                            "POST",
                            HookHeaders.of(
                                    "Authorization",
                                    EndpointFixtures.SECRET,
                                    "Content-Type",
                                    "application/json",
                                    "Content-Length",
                                    declared),
                            body));
            assertThat(response.status()).as(declared).isEqualTo(200);
            assertThat(json(response).at("/commands/0/value/0/value").asText()).isEqualTo("tKx9vY2aQfu3Hq1ZsN0bLw");
        }
    }

    @Test
    void aNonStringEventTypeCannotBeDispatched() {
        HookEndpoint endpoint = EndpointFixtures.tokenEndpoint(r -> HookResponse.empty(HookType.TOKEN));
        HookHttpResponse response = endpoint.handle(post("{\"eventType\": 7, \"data\": {}}"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).at("/error/errorCauses/0/location").asText()).isEqualTo("/eventType");
        assertThat(endpoint.handle(post("[1]")).status()).isEqualTo(400);
    }

    @Test
    void fastCallsAreNotReportedSlow() {
        EndpointFixtures.Calls calls = new EndpointFixtures.Calls();
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .token(r -> HookResponse.empty(HookType.TOKEN))
                .listener(calls)
                .build();
        endpoint.handle(post(Payloads.TOKEN));
        endpoint.handle(HookType.TOKEN, HookHttpRequest.of("DELETE", HookHeaders.of(), new byte[0]));
        assertThat(calls.calls).hasSize(2);
        assertThat(calls.calls.get(0).slow()).isFalse();
        assertThat(calls.calls.get(0).type()).isEqualTo(HookType.TOKEN);
        assertThat(calls.calls.get(1).status()).isEqualTo(405);
        assertThat(calls.calls.get(1).eventId()).isNull();
    }

    @Test
    void aThrowingListenerDoesNotChangeTheAnswer() {
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .token(r -> HookResponse.empty(HookType.TOKEN))
                .listener(call -> {
                    throw new IllegalStateException("metrics down");
                })
                .build();
        assertThat(endpoint.handle(post(Payloads.TOKEN)).status()).isEqualTo(204);
    }

    @Test
    void builderLimitsAreExact() {
        assertThat(withLimits(1024, Duration.ofNanos(1)).build()).isNotNull();
        assertThat(withLimits((int) HookJson.MAX_DOCUMENT_LENGTH, Duration.ofNanos(1))
                        .build())
                .isNotNull();
        assertThatThrownBy(() -> withLimits(1023, Duration.ofSeconds(1)).build())
                .hasMessageContaining("between 1024");
        assertThatThrownBy(() -> withLimits((int) HookJson.MAX_DOCUMENT_LENGTH + 1, Duration.ofSeconds(1))
                        .build())
                .hasMessageContaining("between 1024");
        assertThatThrownBy(() -> withLimits(1024, Duration.ZERO).build()).hasMessageContaining("positive");
        assertThatThrownBy(() -> withLimits(1024, Duration.ofSeconds(-1)).build())
                .hasMessageContaining("positive");
    }

    private static HookEndpoint.Builder withLimits(int maxBodyBytes, Duration slowCallWarning) {
        return HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .token(r -> HookResponse.empty(HookType.TOKEN))
                .maxBodyBytes(maxBodyBytes)
                .slowCallWarning(slowCallWarning);
    }

    @Test
    void aFailurePolicyOfTheWrongTypeFallsBackToTheDefault() {
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .telephony(r -> {
                    throw new IllegalStateException("x");
                })
                .onFailure(HookType.TELEPHONY, (type, failure) -> HookResponse.empty(HookType.TOKEN))
                .build();
        assertThat(json(endpoint.handle(post(Payloads.TELEPHONY)))
                        .at("/error/errorSummary")
                        .asText())
                .isEqualTo(FailurePolicy.TELEPHONY_FAILURE_SUMMARY);
        HookEndpoint nullPolicy = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .telephony(r -> {
                    throw new IllegalStateException("x");
                })
                .onFailure(HookType.TELEPHONY, (type, failure) -> null)
                .build();
        assertThat(json(nullPolicy.handle(post(Payloads.TELEPHONY)))
                        .at("/error/errorSummary")
                        .asText())
                .isEqualTo(FailurePolicy.TELEPHONY_FAILURE_SUMMARY);
    }

    @Test
    void anEventHandlerFailureWithACustomPolicyAnswersThePolicy() {
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .events(d -> {
                    throw new IllegalStateException("queue full");
                })
                .onFailure(HookType.EVENT, (type, failure) -> HookResponse.empty(HookType.EVENT))
                .build();
        HookHttpResponse response = endpoint.handle(post(Payloads.EVENTS));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }
}
