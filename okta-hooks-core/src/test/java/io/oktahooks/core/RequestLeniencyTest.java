package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.event.EventDelivery;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.registration.RegistrationRequest;
import io.oktahooks.core.telephony.TelephonyRequest;
import io.oktahooks.core.token.TokenRequest;
import org.junit.jupiter.api.Test;

/** Requests are read leniently, keep everything Okta sent, and refuse only the wrong shape. */
class RequestLeniencyTest {

    @Test
    void unknownMembersAtEveryLevelAreKept() {
        ObjectNode json = (ObjectNode) HookJson.readTree(Payloads.bytes(Payloads.TOKEN));
        json.put("newTopLevel", true);
        ((ObjectNode) json.at("/data/context/user")).putObject("riskScore").put("level", "LOW");
        ((ObjectNode) json.at("/data/identity/claims")).putArray("future").add(1);
        TokenRequest request = TokenRequest.of(json);
        assertThat(request.json()).isEqualTo(json);
        assertThat(request.member("newTopLevel")).isPresent();
        assertThat(request.user().orElseThrow().member("riskScore")).isPresent();
        assertThat(request.identity().orElseThrow().claims().names()).contains("future");
    }

    @Test
    void versionsMayBeNumbersOrStrings() {
        String json = Payloads.REGISTRATION_SSR
                .replace("\"eventTypeVersion\": \"1.0\"", "\"eventTypeVersion\": 1")
                .replace("\"cloudEventVersion\": \"0.1\"", "\"cloudEventVersion\": 0.1");
        RegistrationRequest request = RegistrationRequest.parse(Payloads.bytes(json));
        assertThat(request.eventTypeVersion()).contains("1");
        assertThat(request.cloudEventsVersion()).contains("0.1");
    }

    @Test
    void envelopeMembersAreOptional() {
        TelephonyRequest request = TelephonyRequest.parse(Payloads.bytes("{\"data\": {}}"));
        assertThat(request.eventId()).isEmpty();
        assertThat(request.eventTime()).isEmpty();
        assertThat(request.message().phoneNumber()).isEmpty();
        assertThat(request.purpose()).isEqualTo(TelephonyRequest.Purpose.UNKNOWN);
    }

    @Test
    void membersOfAnUnexpectedKindReadAsAbsentInsteadOfFailing() {
        TokenRequest request = TokenRequest.parse(Payloads.bytes("""
                {"eventType": "com.okta.oauth2.tokens.transform", "eventTime": "yesterday",
                 "data": {"context": {"user": "not-an-object", "session": {"amr": "PASSWORD", "mfaActive": "true"}}, "identity": []}}"""));
        assertThat(request.user()).isEmpty();
        assertThat(request.identity()).isEmpty();
        assertThat(request.eventTime()).isEmpty();
        assertThat(request.session().orElseThrow().amr()).containsExactly("PASSWORD");
        assertThat(request.session().orElseThrow().mfaActive()).contains(true);
    }

    @Test
    void aBodyOfAnotherHookTypeIsRefusedNamingBothTypes() {
        assertThatThrownBy(() -> TokenRequest.parse(Payloads.bytes(Payloads.SAML)))
                .isInstanceOf(HookParseException.class)
                .hasMessageContaining("com.okta.oauth2.tokens.transform")
                .hasMessageContaining("com.okta.saml.tokens.transform")
                .satisfies(e -> {
                    assertThat(((HookParseException) e).reason()).isEqualTo(HookParseException.Reason.WRONG_HOOK_TYPE);
                    assertThat(((HookParseException) e).location()).isEqualTo("/eventType");
                });
    }

    @Test
    void aBodyWithoutDataIsRefused() {
        assertThatThrownBy(() ->
                        TokenRequest.parse(Payloads.bytes("{\"eventType\": \"com.okta.oauth2.tokens.transform\"}")))
                .isInstanceOf(HookParseException.class)
                .hasMessageContaining("\"data\" object")
                .satisfies(e -> assertThat(((HookParseException) e).location()).isEqualTo("/data"));
        assertThatThrownBy(() -> TokenRequest.parse(Payloads.bytes("[1]")))
                .hasMessageContaining("must be a JSON object, not array");
        assertThatThrownBy(() -> EventDelivery.parse(Payloads.bytes("{\"data\": {\"events\": {}}}")))
                .hasMessageContaining("data.events")
                .satisfies(e -> assertThat(((HookParseException) e).location()).isEqualTo("/data/events"));
    }

    @Test
    void requestsAreImmutableValues() {
        ObjectNode json = (ObjectNode) HookJson.readTree(Payloads.bytes(Payloads.TOKEN));
        TokenRequest request = TokenRequest.of(json);
        json.put("eventId", "changed-later");
        request.json().put("eventId", "changed-copy");
        assertThat(request.eventId()).contains("tKx9vY2aQfu3Hq1ZsN0bLw");
        assertThat(request).isEqualTo(TokenRequest.parse(Payloads.bytes(Payloads.TOKEN)));
    }
}
