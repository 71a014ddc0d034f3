package io.oktahooks.auth.jwt;

import com.nimbusds.jwt.JWTClaimsSet;
import io.oktahooks.auth.AuthFailure;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every claim rule, with an exact reason for each failure and time from an injectable clock:
 * required {@code iss aud exp iat}; exact issuer (one trailing slash tolerated); audience; allowed
 * client ids ({@code cid}); required scope ({@code scp}); {@code exp}, {@code nbf} and {@code iat}
 * within the clock skew; lifetime at most the maximum.
 */
final class ClaimRules {

    private final String issuer;
    private final String audience;
    private final Set<String> clientIds;
    private final @Nullable String requiredScope;
    private final Clock clock;
    private final Duration skew;
    private final Duration maxLifetime;

    ClaimRules(
            String issuer,
            String audience,
            Set<String> clientIds,
            @Nullable String requiredScope,
            Clock clock,
            Duration skew,
            Duration maxLifetime) {
        this.issuer = issuer;
        this.audience = audience;
        this.clientIds = Set.copyOf(clientIds);
        this.requiredScope = requiredScope;
        this.clock = clock;
        this.skew = skew;
        this.maxLifetime = maxLifetime;
    }

    /** Checks every rule and returns what a handler may want to know of the token. */
    JwtVerification.Verified toVerified(JWTClaimsSet claims) throws Rejection {
        String iss = string(claims, "iss");
        if (iss == null) {
            throw new Rejection(AuthFailure.MISSING_CLAIM);
        }
        if (!iss.equals(issuer) && !iss.equals(issuer + "/")) {
            throw new Rejection(AuthFailure.BAD_ISSUER);
        }
        List<String> aud = claims.getAudience(); // empty unless a string or an array of strings
        if (aud.isEmpty()) {
            throw new Rejection(AuthFailure.MISSING_CLAIM);
        }
        if (!aud.contains(audience)) {
            throw new Rejection(AuthFailure.BAD_AUDIENCE);
        }
        Instant exp = instant(claims, "exp");
        Instant iat = instant(claims, "iat");
        if (exp == null || iat == null) {
            throw new Rejection(AuthFailure.MISSING_CLAIM);
        }
        Instant nbf = instant(claims, "nbf");
        if (claims.getClaim("nbf") != null && nbf == null) {
            throw new Rejection(AuthFailure.MALFORMED_TOKEN);
        }
        AuthFailure time = checkTimes(exp, nbf, iat, clock.instant());
        if (time != null) {
            throw new Rejection(time);
        }
        String cid = string(claims, "cid");
        if (!clientIds.isEmpty() && (cid == null || !clientIds.contains(cid))) {
            throw new Rejection(AuthFailure.BAD_CLIENT);
        }
        List<String> scopes = scopes(claims);
        if (requiredScope != null && !scopes.contains(requiredScope)) {
            throw new Rejection(AuthFailure.INSUFFICIENT_SCOPE);
        }
        return new JwtVerification.Verified(iss, string(claims, "sub"), cid, scopes, iat, exp);
    }

    /** The time rules alone, for cached verdicts: null when the token is valid at {@code now}. */
    @Nullable
    AuthFailure checkTimes(Instant exp, @Nullable Instant nbf, Instant iat, Instant now) {
        if (now.isAfter(exp.plus(skew))) {
            return AuthFailure.EXPIRED;
        }
        if (nbf != null && now.plus(skew).isBefore(nbf)) {
            return AuthFailure.NOT_YET_VALID;
        }
        if (iat.isAfter(now.plus(skew))) {
            return AuthFailure.ISSUED_IN_FUTURE;
        }
        if (Duration.between(iat, exp).compareTo(maxLifetime.plus(skew)) > 0) {
            return AuthFailure.LIFETIME_TOO_LONG;
        }
        return null;
    }

    Instant now() {
        return clock.instant();
    }

    private static @Nullable String string(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String s ? s : null;
    }

    private static @Nullable Instant instant(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof Number number) {
            return Instant.ofEpochSecond(number.longValue());
        }
        return null;
    }

    private static List<String> scopes(JWTClaimsSet claims) {
        if (claims.getClaim("scp") instanceof String s) {
            return s.isBlank() ? List.of() : List.of(s.trim().split("\\s+"));
        }
        try {
            List<String> list = claims.getStringListClaim("scp");
            return list == null
                    ? List.of()
                    : list.stream().filter(Objects::nonNull).toList();
        } catch (ParseException e) {
            return List.of(); // neither a string nor an array of strings: no scope at all
        }
    }
}
