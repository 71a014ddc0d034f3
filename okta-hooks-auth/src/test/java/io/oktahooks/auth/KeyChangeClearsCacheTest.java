package io.oktahooks.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.auth.jwt.JwtAuthenticator;
import io.oktahooks.auth.jwt.JwtInternals;
import io.oktahooks.auth.jwt.JwtVerification;
import io.oktahooks.testsupport.Await;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** J20: when the published keys change, verified tokens are forgotten and verified again. */
class KeyChangeClearsCacheTest {

    @Test
    void aKeyChangeClearsTheVerifiedTokenCacheAndAnUnchangedRefreshDoesNot() throws Exception {
        try (JwksServer server = new JwksServer(Tokens.publicKeys(Tokens.KEY, Tokens.SECOND_KEY));
                JwtAuthenticator jwt = fastRefreshing(server).build()) {
            String token = Tokens.sign(
                    Tokens.KEY,
                    Tokens.header(Tokens.KEY).build(),
                    Tokens.claims().issuer(server.issuer()).build());
            verifiedOnceTheKeysArrive(jwt, token);
            assertThat(JwtInternals.cachedVerdicts(jwt)).isEqualTo(1);
            int fetched = server.requests.get();
            // two scheduled refreshes of the same keys: the second starts after the first was applied
            Await.until(Duration.ofSeconds(10), "two scheduled refreshes", () -> server.requests.get() >= fetched + 2);
            assertThat(JwtInternals.cachedVerdicts(jwt)).isEqualTo(1);
            server.keys(Tokens.publicKeys(Tokens.SECOND_KEY));
            awaitEmpty(jwt);
            assertThat(JwtInternals.cachedVerdicts(jwt)).isZero();
            assertThat(jwt.verify(token)).isEqualTo(new JwtVerification.Rejected(AuthFailure.UNKNOWN_KID));
        }
    }

    @Test
    void aKeyChangeRightAfterTheFirstFetchAlsoClearsIt() throws Exception {
        try (JwksServer server = new JwksServer(Tokens.publicKeys(Tokens.KEY));
                JwtAuthenticator jwt = fastRefreshing(server).build()) {
            String token = Tokens.sign(
                    Tokens.KEY,
                    Tokens.header(Tokens.KEY).build(),
                    Tokens.claims().issuer(server.issuer()).build());
            verifiedOnceTheKeysArrive(jwt, token);
            server.keys(Tokens.publicKeys(Tokens.SECOND_KEY));
            awaitEmpty(jwt);
            assertThat(JwtInternals.cachedVerdicts(jwt)).isZero();
        }
    }

    @Test
    void withTheCacheDisabledRotatedKeysAreUsedAsSoonAsFetched() throws Exception {
        try (JwksServer server = new JwksServer(Tokens.publicKeys(Tokens.KEY));
                JwtAuthenticator jwt =
                        fastRefreshing(server).verifiedTokenCacheSize(0).build()) {
            String first = Tokens.sign(
                    Tokens.KEY,
                    Tokens.header(Tokens.KEY).build(),
                    Tokens.claims().issuer(server.issuer()).build());
            String second = Tokens.sign(
                    Tokens.SECOND_KEY,
                    Tokens.header(Tokens.SECOND_KEY).build(),
                    Tokens.claims().issuer(server.issuer()).build());
            verifiedOnceTheKeysArrive(jwt, first);
            server.keys(Tokens.publicKeys(Tokens.SECOND_KEY));
            // an unknown kid refetches at most every 100 ms: ask less often than that
            Await.until(
                    Duration.ofSeconds(10),
                    Duration.ofMillis(150),
                    "the rotated key is fetched",
                    () -> jwt.verify(second) instanceof JwtVerification.Verified);
            assertThat(jwt.verify(first)).isEqualTo(new JwtVerification.Rejected(AuthFailure.UNKNOWN_KID));
        }
    }

    @Test
    void aVerificationRunningWhileTheKeysChangeDoesNotReAddItsVerdict() throws Exception {
        try (JwksServer server = new JwksServer(Tokens.publicKeys(Tokens.KEY));
                JwtAuthenticator jwt = HookAuth.jwt()
                        .issuer(server.issuer())
                        .audience(Tokens.AUDIENCE)
                        .clientIds(Tokens.CLIENT)
                        .clock(Clock.fixed(Tokens.NOW, ZoneOffset.UTC))
                        .jwksCacheTtl(Duration.ofSeconds(30))
                        .jwksRefreshTimeout(Duration.ofMillis(1500))
                        .jwksRefreshAhead(Duration.ofSeconds(1))
                        .jwksRateLimit(Duration.ofMillis(100))
                        .jwksOutageTolerance(Duration.ofMinutes(1))
                        .build()) {
            String first = Tokens.sign(
                    Tokens.KEY,
                    Tokens.header(Tokens.KEY).build(),
                    Tokens.claims().issuer(server.issuer()).build());
            assertThat(jwt.verify(first)).isInstanceOf(JwtVerification.Verified.class);
            server.keys(Tokens.publicKeys(Tokens.KEY, Tokens.SECOND_KEY));
            Thread.sleep(200); // past the 100 ms rate limit
            // The new kid makes this very verification fetch the changed keys, which clears the cache
            // while it runs; the verdict it then reaches must not be added to the cleared cache.
            String second = Tokens.sign(
                    Tokens.SECOND_KEY,
                    Tokens.header(Tokens.SECOND_KEY).build(),
                    Tokens.claims().issuer(server.issuer()).build());
            assertThat(jwt.verify(second)).isInstanceOf(JwtVerification.Verified.class);
            assertThat(JwtInternals.cachedVerdicts(jwt)).isZero();
            assertThat(jwt.verify(second)).isInstanceOf(JwtVerification.Verified.class);
            assertThat(JwtInternals.cachedVerdicts(jwt))
                    .as("the next verification is cached as usual")
                    .isEqualTo(1);
        }
    }

    /** Keys cached 600 ms and refreshed ahead 300 ms before expiry, so a test sees refreshes within a second. */
    private static JwtAuthenticator.Builder fastRefreshing(JwksServer server) {
        return HookAuth.jwt()
                .issuer(server.issuer())
                .audience(Tokens.AUDIENCE)
                .clientIds(Tokens.CLIENT)
                .clock(Clock.fixed(Tokens.NOW, ZoneOffset.UTC))
                .jwksCacheTtl(Duration.ofMillis(600))
                .jwksRefreshTimeout(Duration.ofMillis(200))
                .jwksRefreshAhead(Duration.ofMillis(300))
                .jwksRateLimit(Duration.ofMillis(100))
                .jwksOutageTolerance(Duration.ofMinutes(1))
                .jwksDeadline(Duration.ofMillis(2500))
                .jwksTimeouts(
                        Duration.ofMillis(2000),
                        Duration.ofMillis(2000)); // a cold HTTP client on a busy machine is slow
    }

    /**
     * The first verification fetches the keys, and a call waits only 200 ms for a fetch here: on a
     * loaded machine the first fetch can take longer (503 keys_unavailable), so ask again until it
     * has arrived; what these tests check starts after that.
     */
    private static void verifiedOnceTheKeysArrive(JwtAuthenticator jwt, String token) {
        Await.until(
                Duration.ofSeconds(10),
                Duration.ofMillis(250),
                "the first keys are fetched",
                () -> jwt.verify(token) instanceof JwtVerification.Verified);
    }

    private static void awaitEmpty(JwtAuthenticator jwt) {
        Await.until(
                Duration.ofSeconds(10),
                "the verified-token cache is cleared",
                () -> JwtInternals.cachedVerdicts(jwt) == 0);
    }
}
