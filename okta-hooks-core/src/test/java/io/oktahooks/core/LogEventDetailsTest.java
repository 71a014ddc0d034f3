package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.core.event.EventDelivery;
import io.oktahooks.core.event.LogEvent;
import org.junit.jupiter.api.Test;

/** The LogEvent members Okta documents are typed, wherever Okta's two engines put them. */
class LogEventDetailsTest {

    private static LogEvent event(String json) {
        return EventDelivery.parse(
                        Payloads.bytes("{\"eventType\":\"com.okta.event_hook\",\"data\":{\"events\":[" + json + "]}}"))
                .events()
                .get(0);
    }

    @Test
    void authenticationAndSecurityContextAreTyped() {
        LogEvent event = event("""
                {"uuid": "u1", "authenticationContext": {"authenticationProvider": "FACTOR_PROVIDER",
                  "credentialProvider": "OKTA_CREDENTIAL_PROVIDER", "credentialType": "OTP", "issuer": {"id": "iss1", "type": "Okta"},
                  "authenticationStep": 1, "externalSessionId": "102abc", "interface": "Outlook"},
                 "securityContext": {"asNumber": 15169, "asOrg": "example net", "isp": "example isp", "domain": "example.net",
                  "isProxy": false, "userBehaviors": ["New Device", "New IP"]}}""");
        var auth = event.authenticationContext().orElseThrow();
        assertThat(auth.authenticationProvider()).contains("FACTOR_PROVIDER");
        assertThat(auth.credentialProvider()).contains("OKTA_CREDENTIAL_PROVIDER");
        assertThat(auth.credentialType()).contains("OTP");
        assertThat(auth.issuerId()).contains("iss1");
        assertThat(auth.issuerType()).contains("Okta");
        assertThat(auth.authenticationStep()).hasValue(1);
        assertThat(auth.externalSessionId()).contains("102abc");
        assertThat(auth.interfaceName()).contains("Outlook");
        var security = event.securityContext().orElseThrow();
        assertThat(security.asNumber()).hasValue(15169);
        assertThat(security.asOrg()).contains("example net");
        assertThat(security.isp()).contains("example isp");
        assertThat(security.domain()).contains("example.net");
        assertThat(security.isProxy()).contains(false);
        assertThat(security.userBehaviors()).containsExactly("New Device", "New IP");
    }

    @Test
    void theIpChainIsReadFromRequestAsTheSchemaSaysOrFromClientAsDeliveriesDo() {
        String hop = "{\"ip\": \"203.0.113.7\", \"version\": \"V4\", \"source\": null,"
                + " \"geographicalContext\": {\"city\": \"Berlin\", \"state\": \"Land Berlin\", \"country\": \"Germany\", \"postalCode\": \"10115\"}}";
        LogEvent schema = event("{\"request\": {\"ipChain\": [" + hop + "]}}");
        LogEvent delivery = event("{\"client\": {\"ipAddress\": \"203.0.113.7\", \"ipChain\": [" + hop + "]}}");
        for (LogEvent event : new LogEvent[] {schema, delivery}) {
            assertThat(event.ipChain()).singleElement().satisfies(address -> {
                assertThat(address.ip()).contains("203.0.113.7");
                assertThat(address.version()).contains("V4");
                assertThat(address.source()).isEmpty();
                assertThat(address.city()).contains("Berlin");
                assertThat(address.state()).contains("Land Berlin");
                assertThat(address.country()).contains("Germany");
                assertThat(address.postalCode()).contains("10115");
            });
        }
        assertThat(event("{}").ipChain()).isEmpty();
    }

    @Test
    void aTargetsChangeDetailsAreTyped() {
        LogEvent event = event("""
                {"target": [{"id": "00u1", "type": "User", "detailEntry": {"methodTypeUsed": "Email"},
                  "changeDetails": {"from": {"title": "Nurse"}, "to": {"title": "Head nurse"}}}]}""");
        var target = event.targets().get(0);
        assertThat(target.changeDetails()
                        .orElseThrow()
                        .from()
                        .orElseThrow()
                        .path("title")
                        .asText())
                .isEqualTo("Nurse");
        assertThat(target.changeDetails()
                        .orElseThrow()
                        .to()
                        .orElseThrow()
                        .path("title")
                        .asText())
                .isEqualTo("Head nurse");
        assertThat(target.detailEntry().orElseThrow().path("methodTypeUsed").asText())
                .isEqualTo("Email");
    }

    @Test
    void thePhoneNumberOfAPhoneVerificationIsFoundOnBothEngines() {
        LogEvent identityEngine = event("""
                {"eventType": "system.sms.send_phone_verification_message",
                 "debugContext": {"debugData": {"phoneNumber": "+15555550100", "smsProvider": "TELESIGN"}}}""");
        LogEvent classic = event("""
                {"eventType": "system.voice.send_phone_verification_call",
                 "target": [{"id": "00u1", "type": "User"}, {"id": "mbl1", "type": "MobilePhone", "alternateId": "+15555550101"}]}""");
        assertThat(identityEngine.phoneNumber()).contains("+15555550100");
        assertThat(classic.phoneNumber()).contains("+15555550101");
        assertThat(event("{}").phoneNumber()).isEmpty();
    }
}
