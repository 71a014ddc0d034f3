package io.oktahooks.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.auth.jwt.JwtAuthenticator;
import io.oktahooks.auth.jwt.JwtInternals;
import io.oktahooks.auth.jwt.JwtVerification;
import io.oktahooks.testsupport.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** J20 and R8: the verified-token cache never changes a verdict, stays bounded, and is thread-safe. */
class VerifiedTokenCacheTest {

    private final MutableClock clock = new MutableClock(Tokens.NOW);
    private final JwtAuthenticator jwt =
            JwtVerificationMatrixTest.configured().clock(clock).build();

    @Test
    void aRepeatedTokenIsServedFromTheCache() {
        String token = Tokens.valid();
        JwtVerification first = jwt.verify(token);
        assertThat(JwtInternals.cachedVerdicts(jwt)).isEqualTo(1);
        assertThat(jwt.verify(token)).isEqualTo(first);
        assertThat(JwtInternals.cachedVerdicts(jwt)).isEqualTo(1);
    }

    @Test
    void anExpiredTokenIsRefusedEvenWhenCached() {
        String token = Tokens.valid();
        assertThat(jwt.verify(token)).isInstanceOf(JwtVerification.Verified.class);
        clock.advance(Duration.ofSeconds(3540 + 61));
        assertThat(jwt.verify(token)).isEqualTo(new JwtVerification.Rejected(AuthFailure.EXPIRED));
        assertThat(JwtInternals.cachedVerdicts(jwt)).isZero();
    }

    @Test
    void aNotYetValidTokenIsNeverCachedAsValid() {
        String token = Tokens.with(c -> c.notBeforeTime(Date.from(Tokens.NOW.plusSeconds(30))));
        assertThat(jwt.verify(token)).isInstanceOf(JwtVerification.Verified.class);
        assertThat(jwt.verify(token)).isInstanceOf(JwtVerification.Verified.class);
    }

    @Test
    void aTokenDifferingInOneCharacterIsNeverServedFromTheCache() {
        String token = Tokens.valid();
        assertThat(jwt.verify(token)).isInstanceOf(JwtVerification.Verified.class);
        int middle = token.lastIndexOf('.') + 20;
        char replacement = token.charAt(middle) == 'A' ? 'B' : 'A';
        String altered = token.substring(0, middle) + replacement + token.substring(middle + 1);
        assertThat(jwt.verify(altered)).isEqualTo(new JwtVerification.Rejected(AuthFailure.BAD_SIGNATURE));
        String alteredPayload = token.replaceFirst("\\.e", ".f");
        assertThat(jwt.verify(alteredPayload)).isInstanceOf(JwtVerification.Rejected.class);
    }

    @Test
    void failuresAreNeverCached() {
        String token = Tokens.with(c -> c.audience("api://other"));
        jwt.verify(token);
        assertThat(JwtInternals.cachedVerdicts(jwt)).isZero();
    }

    @Test
    void theCacheStaysWithinItsBound() {
        JwtAuthenticator small = JwtVerificationMatrixTest.configured()
                .verifiedTokenCacheSize(50)
                .build();
        for (int i = 0; i < 300; i++) {
            int n = i;
            assertThat(small.verify(Tokens.with(c -> c.jwtID("AT." + n)))).isInstanceOf(JwtVerification.Verified.class);
        }
        assertThat(JwtInternals.cachedVerdicts(small)).isEqualTo(50);
    }

    @Test
    void eightThreadsGiveTheSameVerdictsAsOne() throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            tokens.add(Tokens.with(c -> c.jwtID("AT.valid." + n)));
        }
        tokens.add(Tokens.with(c -> c.audience("api://other")));
        tokens.add(Tokens.with(c -> c.claim("cid", "other")));
        tokens.add(Tokens.with(c -> c.expirationTime(Date.from(Tokens.NOW.minusSeconds(600)))));
        tokens.add(Tokens.sign(
                Tokens.OTHER_KEY_SAME_KID,
                Tokens.header(Tokens.KEY).build(),
                Tokens.claims().build()));
        tokens.add("garbage");
        tokens.add(Tokens.valid() + "x");
        JwtAuthenticator single =
                JwtVerificationMatrixTest.configured().verifiedTokenCacheSize(0).build();
        Map<String, JwtVerification> expected = new HashMap<>();
        tokens.forEach(t -> expected.put(t, single.verify(t)));

        JwtAuthenticator shared =
                JwtVerificationMatrixTest.configured().verifiedTokenCacheSize(8).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                long seed = thread;
                results.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    int divergences = 0;
                    for (int i = 0; i < 10_000; i++) {
                        String token = tokens.get(random.nextInt(tokens.size()));
                        if (!shared.verify(token).equals(expected.get(token))) {
                            divergences++;
                        }
                    }
                    return divergences;
                }));
            }
            int divergences = 0;
            for (Future<Integer> result : results) {
                divergences += result.get();
            }
            assertThat(divergences).isZero();
        } finally {
            pool.shutdownNow();
        }
    }
}
