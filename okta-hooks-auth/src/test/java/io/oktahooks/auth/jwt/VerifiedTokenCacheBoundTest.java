package io.oktahooks.auth.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.auth.internal.Fingerprint;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cache holds at most its bound whatever the number of distinct tokens, and never a verdict older than a clear. */
class VerifiedTokenCacheBoundTest {

    @Test
    void aHundredThousandDistinctTokensNeverExceedTheBound() {
        VerifiedTokenCache cache = new VerifiedTokenCache(10_000, java.time.Duration.ofMinutes(10));
        JwtVerification.Verified verdict =
                new JwtVerification.Verified("i", "s", "c", List.of(), Instant.EPOCH, Instant.EPOCH);
        for (int i = 0; i < 100_000; i++) {
            cache.put(
                    Fingerprint.sha256("token-" + i),
                    new VerifiedTokenCache.Entry(verdict, null, Instant.EPOCH, null, null),
                    cache.generation());
            assertThat(cache.size()).isLessThanOrEqualTo(10_000);
        }
        assertThat(cache.get(Fingerprint.sha256("token-99999"))).isNotNull();
        assertThat(cache.get(Fingerprint.sha256("token-0"))).isNull();
    }

    @Test
    void aVerdictFromBeforeAClearIsNotAddedAfterIt() {
        VerifiedTokenCache cache = new VerifiedTokenCache(10, java.time.Duration.ofMinutes(10));
        JwtVerification.Verified verdict =
                new JwtVerification.Verified("i", "s", "c", List.of(), Instant.EPOCH, Instant.EPOCH);
        long started = cache.generation(); // a verification starts
        cache.clear(); // the keys change meanwhile
        cache.put(
                Fingerprint.sha256("token"),
                new VerifiedTokenCache.Entry(verdict, null, Instant.EPOCH, null, null),
                started);
        assertThat(cache.size()).isZero();
        cache.put(
                Fingerprint.sha256("token"),
                new VerifiedTokenCache.Entry(verdict, null, Instant.EPOCH, null, null),
                cache.generation());
        assertThat(cache.size()).isEqualTo(1);
    }
}
