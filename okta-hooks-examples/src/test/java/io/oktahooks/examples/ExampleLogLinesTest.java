package io.oktahooks.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.event.EventDelivery;
import io.oktahooks.core.telephony.TelephonyRequest;
import io.oktahooks.testkit.fixtures.Fixture;
import io.oktahooks.testkit.tokens.BasicAuth;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Review finding 6 in the example: no value from a request body forges a line of the service's log. */
class ExampleLogLinesTest {

    private static final String FORGED = "real\r\nERROR ExampleService - forged\u2028\u0085";
    private static final String ESCAPED = "real\\u000d\\u000aERROR ExampleService - forged\\u2028\\u0085";

    private static void assertNoForgedLine(String logs) {
        assertThat(logs).doesNotContain("\r", "\u0085", "\u2028");
        assertThat(logs.lines()).noneMatch(line -> line.startsWith("ERROR ExampleService - forged"));
    }

    @Test
    void crLfInAnEventIdDoesNotForgeALineOfTheAccessLog() throws Exception {
        try (Logs logs = new Logs();
                ExampleService service =
                        ExampleService.start(ExampleConfig.fromEnvironment(Map.of("HOOKS_PORT", "0")))) {
            byte[] body =
                    Fixture.TOKEN_AUTHORIZATION_CODE.builder().eventId(FORGED).bytes();
            assertThat(ExampleServiceDefaultsTest.post(
                            service,
                            BasicAuth.header(ExampleConfig.DEFAULT_USER, ExampleConfig.DEFAULT_PASSWORD),
                            body))
                    .isEqualTo(200);
            assertThat(logs.text()).contains("token hook eventId=" + ESCAPED + " status=200");
            assertNoForgedLine(logs.text());
        }
    }

    @Test
    void crLfInAnEventUuidTypeOrPhoneNumberDoesNotForgeALogLine() {
        ExampleHooks hooks = new ExampleHooks(Set.of("example.com"), ExampleHooks.demoPasswords());
        try (Logs logs = new Logs()) {
            ObjectNode delivery = Fixture.EVENT_DELIVERY_ONE.builder().json();
            ((ObjectNode) delivery.at("/data/events/0")).put("uuid", FORGED).put("eventType", FORGED);
            hooks.events(EventDelivery.of(delivery));
            hooks.telephony((TelephonyRequest) Fixture.TELEPHONY_MFA_VERIFICATION_SMS
                    .builder()
                    .phoneNumber("+15551234567\r\n")
                    .build());
            assertThat(logs.text())
                    .contains("event: " + ESCAPED + " uuid=" + ESCAPED, "to ************\\u000d\\u000a (transaction");
            assertNoForgedLine(logs.text());
        }
    }
}
