package io.oktahooks.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.oktahooks.core.HookAuthenticator;
import io.oktahooks.core.HookCall;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookHeaders;
import io.oktahooks.core.HookHttpRequest;
import io.oktahooks.core.HookResponse;
import io.oktahooks.core.HookType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The listener on a real endpoint, without any framework. */
class MicrometerHookCallListenerTest {

    private static final byte[] TOKEN = """
            {"eventType":"com.okta.oauth2.tokens.transform","eventId":"e1","data":{"context":{},"identity":{"claims":{}}}}
            """.getBytes(StandardCharsets.UTF_8);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private Timer timer(String hook, String status, String outcome) {
        return registry.find(MicrometerHookCallListener.METRIC_NAME)
                .tags("hook", hook, "status", status, "outcome", outcome)
                .timer();
    }

    @Test
    void everyCallOfAnEndpointIsTimedByTypeStatusAndOutcome() {
        try (HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(HookAuthenticator.insecureAcceptAll())
                .token(request -> HookResponse.empty(HookType.TOKEN))
                .listener(new MicrometerHookCallListener(registry))
                .build()) {
            endpoint.handle(HookType.TOKEN, HookHttpRequest.postJson(TOKEN));
            endpoint.handle(HookType.TOKEN, HookHttpRequest.postJson(TOKEN));
            endpoint.handle(HookType.TOKEN, HookHttpRequest.of("GET", HookHeaders.of(), new byte[0]));
            endpoint.handle(HookHttpRequest.postJson("{\"no\":\"type\"}".getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(timer("token", "204", "SUCCESS").count()).isEqualTo(2);
        assertThat(timer("token", "405", "CLIENT_ERROR").count()).isEqualTo(1);
        assertThat(timer("unknown", "400", "CLIENT_ERROR").count()).isEqualTo(1);
        assertThat(registry.find(MicrometerHookCallListener.METRIC_NAME).timers())
                .hasSize(3);
    }

    @Test
    void theTimeRecordedIsTheEndpoints() {
        MicrometerHookCallListener listener = new MicrometerHookCallListener(registry);
        listener.onCall(new HookCall(HookType.USER_IMPORT, "e1", 503, Duration.ofMillis(1500), false));
        listener.onCall(new HookCall(HookType.EVENT, null, 200, Duration.ofMillis(20), false));
        Timer unavailable = timer("user-import", "503", "SERVER_ERROR");
        assertThat(unavailable.count()).isEqualTo(1);
        assertThat(unavailable.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS))
                .isEqualTo(1500);
        assertThat(timer("events", "200", "SUCCESS").count()).isEqualTo(1);
    }

    @Test
    void outcomesFollowTheStatusClass() {
        assertThat(MicrometerHookCallListener.outcome(204)).isEqualTo("SUCCESS");
        assertThat(MicrometerHookCallListener.outcome(413)).isEqualTo("CLIENT_ERROR");
        assertThat(MicrometerHookCallListener.outcome(500)).isEqualTo("SERVER_ERROR");
        assertThat(MicrometerHookCallListener.outcome(302)).isEqualTo("UNKNOWN");
        assertThat(MicrometerHookCallListener.outcome(199)).isEqualTo("UNKNOWN");
        assertThat(MicrometerHookCallListener.outcome(600)).isEqualTo("UNKNOWN");
        assertThatThrownBy(() -> new MicrometerHookCallListener(null)).isInstanceOf(NullPointerException.class);
    }
}
