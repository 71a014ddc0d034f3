package io.oktahooks.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktahooks.auth.jwt.JwtAuthenticator;
import io.oktahooks.auth.jwt.JwtVerification;
import io.oktahooks.auth.jwt.KeyStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A JWT verifier can fetch its keys at start-up and tells a health check what it holds, without fetching. */
class KeyWarmUpAndStatusTest {

    private static JwtAuthenticator.Builder against(JwksServer server) {
        return HookAuth.jwt()
                .issuer(server.issuer())
                .audience(Tokens.AUDIENCE)
                .clientIds(Tokens.CLIENT)
                .clock(Clock.fixed(Tokens.NOW, ZoneOffset.UTC))
                .jwksDeadline(Duration.ofMillis(2500))
                .jwksTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void beforeAnyFetchTheStatusIsEmptyAndReadingItFetchesNothing() throws Exception {
        try (JwksServer server = new JwksServer(Tokens.publicKeys(Tokens.KEY));
                JwtAuthenticator jwt = against(server).build()) {
            KeyStatus status = jwt.keyStatus();
            assertThat(status.ready()).isFalse();
            assertThat(status.usableKeys()).isZero();
            assertThat(status.lastRefresh()).isEmpty();
            assertThat(status.lastFailure()).isEmpty();
            assertThat(server.requests.get()).isZero();
        }
    }

    @Test
    void warmingUpFetchesTheKeysOnceSoTheFirstCallDoesNotWait() throws Exception {
        try (JwksServer server = new JwksServer(Tokens.publicKeys(Tokens.KEY, Tokens.SECOND_KEY));
                JwtAuthenticator jwt = against(server).build()) {
            KeyStatus status = jwt.warmUp();
            assertThat(status.ready()).isTrue();
            assertThat(status.usableKeys()).isEqualTo(2);
            assertThat(status.lastRefresh()).contains(Tokens.NOW);
            assertThat(status.lastFailure()).isEmpty();
            assertThat(jwt.verify(Tokens.sign(
                            Tokens.KEY,
                            Tokens.header(Tokens.KEY).build(),
                            Tokens.claims().issuer(server.issuer()).build())))
                    .isInstanceOf(JwtVerification.Verified.class);
            assertThat(server.requests.get())
                    .as("the call used the warmed keys")
                    .isEqualTo(1);
            assertThat(jwt.keyStatus()).isEqualTo(status);
        }
    }

    @Test
    void aFailedWarmUpIsReportedNotThrownAndFailingStartUpIsOptIn() throws Exception {
        try (JwksServer server = new JwksServer(Tokens.publicKeys(Tokens.KEY));
                JwtAuthenticator jwt = against(server).build()) {
            server.mode.set(JwksServer.Mode.DOWN);
            KeyStatus status = jwt.warmUp();
            assertThat(status.ready()).isFalse();
            assertThat(status.lastFailure()).contains(Tokens.NOW);
            assertThat(status.lastFailureReason())
                    .hasValueSatisfying(reason -> assertThat(reason).contains("503"));
            assertThatThrownBy(jwt::warmUpOrFail)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no usable signing key could be fetched from http://127.0.0.1:")
                    .hasMessageContaining("/v1/keys");
        }
    }

    @Test
    void givenKeysAreReadyAfterWarmUpAndOnlyUsableOnesCount() {
        JwtAuthenticator jwt = HookAuth.jwt()
                .issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .clientIds(Tokens.CLIENT)
                .clock(Clock.fixed(Tokens.NOW, ZoneOffset.UTC))
                .keys(Tokens.publicKeys(Tokens.KEY, Tokens.OTHER_KEY_SAME_KID, Tokens.SECOND_KEY))
                .build();
        KeyStatus status = jwt.warmUpOrFail();
        assertThat(status.usableKeys())
                .as("two keys share kid k1, so neither is usable")
                .isEqualTo(1);
        assertThat(status.lastRefresh()).contains(Tokens.NOW);
    }

    @Test
    void aKeySetWithoutAnyUsableKeyFailsStartUpWhenAsked() {
        JwtAuthenticator jwt = HookAuth.jwt()
                .issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .clientIds(Tokens.CLIENT)
                .keys(Tokens.publicKeys(Tokens.KEY, Tokens.OTHER_KEY_SAME_KID))
                .build();
        assertThatThrownBy(jwt::warmUpOrFail)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the keys given to keys(...)");
    }
}
