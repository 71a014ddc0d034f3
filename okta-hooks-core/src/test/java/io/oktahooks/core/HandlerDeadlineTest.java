package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** With a handler deadline, a handler still running gets the type's fail-safe answer sent in time; its late result is dropped. */
class HandlerDeadlineTest {

    @Test
    void aTokenHandlerStillRunningAtTheDeadlineGetsNoChangeSentForIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .handlerDeadline(Duration.ofMillis(100))
                .token(request -> {
                    try {
                        release.await(10, TimeUnit.SECONDS);
                        return request.respond()
                                .addAccessTokenClaim("late", "value")
                                .build();
                    } finally {
                        finished.countDown();
                    }
                })
                .build();
        AtomicReference<HookHttpResponse> reply = new AtomicReference<>();
        String logs = EndpointFixtures.logsOf(() -> {
            reply.set(endpoint.handle(HookType.TOKEN, EndpointFixtures.post(Payloads.TOKEN)));
            release.countDown();
            try {
                assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
                Thread.sleep(50); // the late-result line is written right after the handler returns
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(reply.get().status())
                .as("no change: Okta issues the original token")
                .isEqualTo(204);
        assertThat(logs).contains("token hook handler still running after 100 ms");
        endpoint.close();
    }

    @Test
    void aTelephonyHandlerStillRunningAtTheDeadlineGetsTheErrorThatMakesOktaSendTheCode() {
        CountDownLatch release = new CountDownLatch(1);
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .handlerDeadline(Duration.ofMillis(100))
                .telephony(request -> {
                    release.await(10, TimeUnit.SECONDS);
                    return request.respond().successful("TWILIO", "SM1").build();
                })
                .build();
        try {
            HookHttpResponse reply = endpoint.handle(HookType.TELEPHONY, EndpointFixtures.post(Payloads.TELEPHONY));
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.bodyText())
                    .contains(FailurePolicy.TELEPHONY_FAILURE_SUMMARY)
                    .doesNotContain("SUCCESSFUL");
        } finally {
            release.countDown();
            endpoint.close();
        }
    }

    @Test
    void aHandlerWithinTheDeadlineIsAnsweredAsUsual() {
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .handlerDeadline(Duration.ofSeconds(2))
                .token(request ->
                        request.respond().addAccessTokenClaim("a", "b").build())
                .build();
        HookHttpResponse reply = endpoint.handle(HookType.TOKEN, EndpointFixtures.post(Payloads.TOKEN));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.bodyText()).contains("/claims/a");
        endpoint.close();
    }

    @Test
    void theDeadlineMustLeaveTimeBeforeOktasThreeSeconds() {
        assertThatThrownBy(() -> HookEndpoint.builder()
                        .authenticator(EndpointFixtures.AUTH)
                        .token(request -> HookResponse.empty(HookType.TOKEN))
                        .handlerDeadline(Duration.ofSeconds(3))
                        .build())
                .hasMessageContaining("handlerDeadline must be positive and under Okta's 3 s");
    }
}
