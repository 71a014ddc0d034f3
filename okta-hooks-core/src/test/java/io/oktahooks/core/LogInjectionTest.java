package io.oktahooks.core;

import static io.oktahooks.core.EndpointFixtures.logsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.internal.Sanitize;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Review finding 6: values from the request body ({@code eventId}, an event's {@code uuid}) reach
 * log lines and {@link HookCall}; a CR/LF, U+0085, U+2028 or U+2029 in them must not start a
 * forged line such as {@code ERROR HookEndpoint - ...}. One escaping function serves them all.
 */
class LogInjectionTest {

    private static final String FORGED = "real\r\nERROR HookEndpoint - forged\n\u0085NEL\u2028LS\u2029PS";
    private static final String ESCAPED =
            "real\\u000d\\u000aERROR HookEndpoint - forged\\u000a\\u0085NEL\\u2028LS\\u2029PS";

    private static HookHttpRequest withBody(String payload, Consumer<ObjectNode> change) {
        ObjectNode body = (ObjectNode) HookJson.readTree(Payloads.bytes(payload));
        change.accept(body);
        return EndpointFixtures.post(body.toString());
    }

    private static void assertNoForgedLine(String logs) {
        assertThat(logs).doesNotContain("\r", "\u0085", "\u2028", "\u2029");
        assertThat(logs.lines()).noneMatch(line -> line.startsWith("ERROR HookEndpoint - forged"));
    }

    @Test
    void crLfInEventIdDoesNotForgeALogLine() {
        EndpointFixtures.Calls calls = new EndpointFixtures.Calls();
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .listener(calls)
                .token(r -> {
                    throw new IllegalStateException("store down"); // logged at ERROR with the eventId
                })
                .build();
        String logs =
                logsOf(() -> endpoint.handle(HookType.TOKEN, withBody(Payloads.TOKEN, b -> b.put("eventId", FORGED))));
        assertThat(logs).contains("handler failed for eventId=" + ESCAPED + ";");
        assertNoForgedLine(logs);
        assertThat(calls.calls).singleElement().extracting(HookCall::eventId).isEqualTo(ESCAPED);
    }

    @Test
    void crLfInAnEventUuidOrTheDeliveryIdDoesNotForgeALogLine() {
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .deduplicateEvents(EventDeduplicator.inMemory(10))
                .events(d -> {
                    throw new IllegalStateException("queue down"); // logged at ERROR with the delivery's eventId
                })
                .build();
        Consumer<ObjectNode> forged = b -> {
            b.put("eventId", FORGED);
            ((ObjectNode) b.at("/data/events/0")).put("uuid", FORGED);
        };
        String logs = logsOf(() -> {
            endpoint.handle(HookType.EVENT, withBody(Payloads.EVENTS, forged));
            endpoint.handle(
                    HookType.EVENT,
                    withBody(Payloads.EVENTS, forged)); // the duplicate is logged at DEBUG with its uuid
        });
        assertThat(logs).contains("delivery eventId=" + ESCAPED + " with", "dropped duplicate event uuid=" + ESCAPED);
        assertNoForgedLine(logs);
    }

    @Test
    void theEscapingFunctionCoversEveryLineBreakAndInvisibleControl() {
        assertThat(Sanitize.forLog(null)).isEqualTo("-");
        assertThat(Sanitize.forLog("a\tb\u001bc\u007fd\u009be\\f"))
                .isEqualTo("a\\u0009b\\u001bc\\u007fd\\u009be\\u005cf");
        assertThat(Sanitize.forLog("x\u202eevil\u2066\u200b\ufeff")).isEqualTo("x\\u202eevil\\u2066\\u200b\\ufeff");
        assertThat(Sanitize.forLog("lone \ud800 high, lone \udc00 low"))
                .isEqualTo("lone \\ud800 high, lone \\udc00 low");
        assertThat(Sanitize.forLog("emoji \ud83d\ude00 stays")).isEqualTo("emoji \ud83d\ude00 stays");
        assertThat(Sanitize.forLog("Jessie Smith \u00e9\u4e2d")).isEqualTo("Jessie Smith \u00e9\u4e2d");
        assertThat(Sanitize.forLog("x".repeat(Sanitize.MAX_LENGTH))).isEqualTo("x".repeat(Sanitize.MAX_LENGTH));
        assertThat(Sanitize.forLog("x".repeat(Sanitize.MAX_LENGTH + 1)))
                .isEqualTo("x".repeat(Sanitize.MAX_LENGTH) + "...");
        assertThat(Sanitize.forLog("x".repeat(Sanitize.MAX_LENGTH - 1) + "\ud83d\ude00"))
                .as("a pair across the limit is kept whole")
                .isEqualTo("x".repeat(Sanitize.MAX_LENGTH - 1) + "\ud83d\ude00");
    }
}
