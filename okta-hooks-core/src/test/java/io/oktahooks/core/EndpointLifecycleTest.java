package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The endpoint owns its authenticator's lifecycle and never turns a broken JVM into a reply. */
class EndpointLifecycleTest {

    /** Accepts every call; {@code onClose} runs when it is closed. */
    private static HookAuthenticator closingWith(Runnable onClose) {
        return new HookAuthenticator() {
            @Override
            public AuthResult authenticate(HookHeaders headers) {
                return AuthResult.accepted("test");
            }

            @Override
            public void close() {
                onClose.run();
            }
        };
    }

    @Test
    void closingTheEndpointClosesItsAuthenticator() {
        AtomicInteger closed = new AtomicInteger();
        HookAuthenticator authenticator = closingWith(closed::incrementAndGet);
        try (HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(authenticator)
                .token(request -> HookResponse.empty(HookType.TOKEN))
                .build()) {
            assertThat(endpoint.hookTypes()).contains(HookType.TOKEN);
        }
        assertThat(closed).hasValue(1);
    }

    @Test
    void anAuthenticatorThatFailsToCloseDoesNotFailTheShutdown() {
        HookAuthenticator authenticator = closingWith(() -> {
            throw new IllegalStateException("already closed");
        });
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(authenticator)
                .token(request -> HookResponse.empty(HookType.TOKEN))
                .build();
        endpoint.close();
    }

    @Test
    void anOutOfMemoryErrorInTheHandlerIsRethrownNotAnswered() {
        HookEndpoint endpoint = EndpointFixtures.tokenEndpoint(request -> {
            throw new OutOfMemoryError("simulated");
        });
        assertThatThrownBy(() -> endpoint.handle(HookType.TOKEN, EndpointFixtures.post(Payloads.TOKEN)))
                .isInstanceOf(OutOfMemoryError.class)
                .hasMessage("simulated");
    }

    @Test
    void aStackOverflowInTheAuthenticatorIsRethrownNotAnswered() {
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(headers -> {
                    throw new StackOverflowError();
                })
                .token(request -> HookResponse.empty(HookType.TOKEN))
                .build();
        assertThatThrownBy(() -> endpoint.handle(HookType.TOKEN, EndpointFixtures.post(Payloads.TOKEN)))
                .isInstanceOf(StackOverflowError.class);
    }

    @Test
    void aRouteCallNamesItsHookType() {
        HookEndpoint endpoint = EndpointFixtures.tokenEndpoint(request -> HookResponse.empty(HookType.TOKEN));
        assertThatThrownBy(() -> endpoint.handle(null, EndpointFixtures.post(Payloads.TOKEN)))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("handle(request)");
    }
}
