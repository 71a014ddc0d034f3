package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The endpoint builder follows the SDK's builder convention: setters record, build() names every problem at once. */
class EndpointBuilderConventionTest {

    @Test
    void buildNamesEveryBrokenSettingAtOnce() {
        assertThatThrownBy(() -> HookEndpoint.builder()
                        .maxBodyBytes(10)
                        .slowCallWarning(Duration.ZERO)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("HookEndpoint is misconfigured: authenticator is required")
                .hasMessageContaining("; at least one handler is required")
                .hasMessageContaining("; maxBodyBytes must be between 1024")
                .hasMessageContaining("; slowCallWarning must be positive");
    }

    @Test
    void aCorrectedSetterClearsAnEarlierMistake() {
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .token(request -> HookResponse.empty(HookType.TOKEN))
                .maxBodyBytes(10)
                .maxBodyBytes(4096)
                .slowCallWarning(Duration.ZERO)
                .slowCallWarning(Duration.ofSeconds(1))
                .build();
        assertThat(endpoint.hookTypes()).containsExactly(HookType.TOKEN);
    }

    @Test
    void everyListenerSeesEveryCallAndAThrowingOneDoesNotStopTheOthers() {
        java.util.List<HookCall> first = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.List<HookCall> second = new java.util.concurrent.CopyOnWriteArrayList<>();
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .token(request -> HookResponse.empty(HookType.TOKEN))
                .listener(first::add)
                .listener(call -> {
                    throw new IllegalStateException("broken metrics");
                })
                .listener(second::add)
                .build();
        HookHttpResponse reply = endpoint.handle(HookType.TOKEN, EndpointFixtures.post(Payloads.TOKEN));
        assertThat(reply.status()).isEqualTo(204);
        assertThat(first)
                .singleElement()
                .satisfies(call -> assertThat(call.status()).isEqualTo(204));
        assertThat(second).hasSize(1);
    }
}
