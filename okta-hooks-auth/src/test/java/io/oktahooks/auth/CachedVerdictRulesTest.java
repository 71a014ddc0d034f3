package io.oktahooks.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.oktahooks.auth.jwt.JwtAuthenticator;
import io.oktahooks.auth.jwt.JwtVerification;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * J20: a cached verdict is served only while the token's own time rules still hold and for no
 * longer than the key cache's lifetime; otherwise the token is refused, or verified again against
 * the keys published now. Key lookups are counted to tell a cache hit from a fresh verification.
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
    private final JwtAuthenticator jwt = HookAuth.jwt().issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).clientIds(Tokens.CLIENT)
            .keySource(keys).clock(clock).build();

    @Test
    void aRepeatedTokenIsAnsweredWithoutLookingUpKeys() {
        String token = Tokens.valid();
        assertThat(jwt.verify(token)).isInstanceOf(JwtVerification.Verified.class);
        assertThat(jwt.verify(token)).isInstanceOf(JwtVerification.Verified.class);
        assertThat(keys.lookups).hasValue(1);
    }

    @Test
    void aCachedTokenThatExpiresIsRefusedWithoutLookingUpKeys() {
        String token = Tokens.with(c -> c.expirationTime(Date.from(Tokens.NOW.plusSeconds(120))));
        assertThat(jwt.verify(token)).isInstanceOf(JwtVerification.Verified.class);
        clock.advance(Duration.ofSeconds(120 + 61)); // past exp and the 60 s skew, well within the 10 min cache age
        assertThat(jwt.verify(token)).isEqualTo(new JwtVerification.Rejected(AuthFailure.EXPIRED));
        assertThat(keys.lookups).hasValue(1);
        assertThat(jwt.cachedVerdicts()).isZero();
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
        assertThat(jwt.cachedVerdicts()).isEqualTo(1);
    }

    @Test
    void aVerdictOlderThanTheKeyCacheLifetimeFollowsTheKeysPublishedNow() {
        String token = Tokens.valid();
        assertThat(jwt.verify(token)).isInstanceOf(JwtVerification.Verified.class);
        keys.published = Tokens.publicKeys(Tokens.SECOND_KEY);
        clock.advance(Duration.ofMinutes(9));
        assertThat(jwt.verify(token)).as("within the cache age").isInstanceOf(JwtVerification.Verified.class);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(jwt.verify(token)).isEqualTo(new JwtVerification.Rejected(AuthFailure.UNKNOWN_KID));
        assertThat(jwt.cachedVerdicts()).isZero();
    }

    @Test
    void anEmptyTokenIsMissingCredentialsNotAMalformedToken() {
        assertThat(jwt.verify("")).isEqualTo(new JwtVerification.Rejected(AuthFailure.MISSING_CREDENTIALS));
        assertThat(keys.lookups).hasValue(0);
    }
}
