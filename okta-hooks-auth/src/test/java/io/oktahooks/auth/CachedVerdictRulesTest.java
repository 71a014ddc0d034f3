package io.oktahooks.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.oktahooks.auth.jwt.JwtAuthenticator;
import io.oktahooks.auth.jwt.JwtInternals;
import io.oktahooks.auth.jwt.JwtVerification;
import io.oktahooks.testsupport.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * J20 and review finding 5: a cached verdict is served only while the token's own time rules still
 * hold, for no longer than the key cache's lifetime, and only while the key that verified it is
 * still published; otherwise the token is refused, or verified again against the keys published
 * now. Key lookups are counted: a hit costs one (in memory), a fresh verification one more.
 */
class CachedVerdictRulesTest {

    /** A key source that counts lookups and whose published keys the test changes. */
    private static final class CountingKeys implements JWKSource<SecurityContext> {
        final AtomicInteger lookups = new AtomicInteger();
        volatile JWKSet published = Tokens.publicKeys(Tokens.KEY);

        @Override
        public List<JWK> get(JWKSelector selector, SecurityContext context) {
            lookups.incrementAndGet();
            return selector.select(published);
        }
    }

    private final MutableClock clock = new MutableClock(Tokens.NOW);
    private final CountingKeys keys = new CountingKeys();
    private final JwtAuthenticator jwt = HookAuth.jwt()
            .issuer(Tokens.ISSUER)
            .audience(Tokens.AUDIENCE)
            .clientIds(Tokens.CLIENT)
            .keySource(keys)
            .clock(clock)
            .build();

    @Test
    void aRepeatedTokenIsAnsweredFromTheCacheAfterAKeyLookup() {
        String token = Tokens.valid();
        JwtVerification first = jwt.verify(token);
        assertThat(first).isInstanceOf(JwtVerification.Verified.class);
        assertThat(jwt.verify(token)).as("the cached verdict itself").isSameAs(first);
        assertThat(keys.lookups)
                .as("one to verify, one to see the key is still published")
                .hasValue(2);
    }

    @Test
    void aRevokedKeysTokensAreNotServedFromTheCache() {
        String token = Tokens.valid();
        assertThat(jwt.verify(token)).isInstanceOf(JwtVerification.Verified.class);
        keys.published = Tokens.publicKeys(Tokens.SECOND_KEY); // k1 revoked
        assertThat(jwt.verify(token)).isEqualTo(new JwtVerification.Rejected(AuthFailure.UNKNOWN_KID));
        assertThat(JwtInternals.cachedVerdicts(jwt)).isZero();
    }

    @Test
    void aRevokedStaticKeysTokensAreNotServedFromTheCache() {
        List<JWK> published =
                new ArrayList<>(Tokens.publicKeys(Tokens.KEY, Tokens.SECOND_KEY).getKeys());
        JwtAuthenticator fixedKeys = HookAuth.jwt()
                .issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .clientIds(Tokens.CLIENT)
                .keys(new JWKSet(published))
                .clock(clock)
                .build();
        String token = Tokens.valid();
        assertThat(fixedKeys.verify(token)).isInstanceOf(JwtVerification.Verified.class);
        published.remove(0); // k1 revoked from the set given to keys(...)
        assertThat(fixedKeys.verify(token)).isEqualTo(new JwtVerification.Rejected(AuthFailure.UNKNOWN_KID));
        assertThat(JwtInternals.cachedVerdicts(fixedKeys)).isZero();
    }

    @Test
    void anotherKeyPublishedUnderTheSameKidDoesNotServeTheCachedVerdict() {
        String token = Tokens.valid();
        assertThat(jwt.verify(token)).isInstanceOf(JwtVerification.Verified.class);
        keys.published = Tokens.publicKeys(Tokens.OTHER_KEY_SAME_KID);
        assertThat(jwt.verify(token)).isEqualTo(new JwtVerification.Rejected(AuthFailure.BAD_SIGNATURE));
    }

    @Test
    void aTokenWithoutKidVerifiedAmongSeveralKeysIsNotCached() {
        String noKid = Tokens.sign(
                Tokens.KEY,
                new JWSHeader.Builder(JWSAlgorithm.RS256).build(),
                Tokens.claims().build());
        assertThat(jwt.verify(noKid)).isInstanceOf(JwtVerification.Verified.class);
        assertThat(JwtInternals.cachedVerdicts(jwt))
                .as("one key published: it is the one")
                .isEqualTo(1);
        keys.published = Tokens.publicKeys(Tokens.KEY, Tokens.SECOND_KEY);
        clock.advance(Duration.ofMinutes(11)); // past the cache age: verified again, among two keys
        assertThat(jwt.verify(noKid)).isInstanceOf(JwtVerification.Verified.class);
        assertThat(JwtInternals.cachedVerdicts(jwt))
                .as("which of two keys verified it is not known, so it is not cached")
                .isZero();
    }

    @Test
    void aCachedTokenThatExpiresIsRefusedWithoutLookingUpKeys() {
        String token = Tokens.with(c -> c.expirationTime(Date.from(Tokens.NOW.plusSeconds(120))));
        assertThat(jwt.verify(token)).isInstanceOf(JwtVerification.Verified.class);
        clock.advance(Duration.ofSeconds(120 + 61)); // past exp and the 60 s skew, well within the 10 min cache age
        assertThat(jwt.verify(token)).isEqualTo(new JwtVerification.Rejected(AuthFailure.EXPIRED));
        assertThat(keys.lookups).hasValue(1);
        assertThat(JwtInternals.cachedVerdicts(jwt)).isZero();
    }

    @Test
    void aCachedTokenIsRefusedWhenTheClockStepsBackBeforeItsNotBefore() {
        String token = Tokens.with(c -> c.notBeforeTime(Date.from(Tokens.NOW)));
        assertThat(jwt.verify(token)).isInstanceOf(JwtVerification.Verified.class);
        clock.advance(Duration.ofSeconds(-61));
        assertThat(jwt.verify(token)).isEqualTo(new JwtVerification.Rejected(AuthFailure.NOT_YET_VALID));
        assertThat(keys.lookups).hasValue(1);
    }

    @Test
    void aVerdictOlderThanTheKeyCacheLifetimeIsVerifiedAgain() {
        String token = Tokens.valid();
        assertThat(jwt.verify(token)).isInstanceOf(JwtVerification.Verified.class);
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(jwt.verify(token)).isInstanceOf(JwtVerification.Verified.class);
        assertThat(keys.lookups).hasValue(2);
        assertThat(JwtInternals.cachedVerdicts(jwt)).isEqualTo(1);
    }

    @Test
    void anEmptyTokenIsMissingCredentialsNotAMalformedToken() {
        assertThat(jwt.verify("")).isEqualTo(new JwtVerification.Rejected(AuthFailure.MISSING_CREDENTIALS));
        assertThat(keys.lookups).hasValue(0);
    }
}
