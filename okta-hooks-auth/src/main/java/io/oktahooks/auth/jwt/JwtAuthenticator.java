package io.oktahooks.auth.jwt;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.oktahooks.auth.AuthFailure;
import io.oktahooks.auth.internal.Fingerprint;
import io.oktahooks.core.AuthResult;
import io.oktahooks.core.HookAuthenticator;
import io.oktahooks.core.HookHeaders;
import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates Okta's OAuth 2.0 mode: {@code Authorization: Bearer <access token>}, a JWT from the
 * authorization server configured on the hook (client_secret_post and private_key_jwt alike).
 *
 * <p>Verification has two stages. The signature stage checks a size cap and strict compact syntax
 * before parsing, the algorithm allow-list (RS256 by default, RSA only), the {@code typ}
 * allow-list and no {@code crit}, then the signature with nimbus-jose-jwt's JOSE processor and
 * keys passed through a key filter (RSA of at least 2048 bits for signing only, unique
 * {@code kid}). The claim stage checks the exact issuer, audience, client ids, scope, {@code iat}
 * not in the future and a maximum lifetime, all with an injectable {@link Clock}. Keys come from
 * the issuer's keys URL through nimbus' cache (refresh-ahead, rate limit, outage tolerance), each
 * fetch with one deadline (1 s) and no redirects; or from {@link Builder#keys(JWKSet)}.
 *
 * <p>Verdicts are cached by a digest of the whole token (Okta reuses its token), served only while
 * the time rules hold and the verifying key is still published. No nimbus or JDK exception
 * escapes; no token, signature or header value is logged (at most a kid and a short fingerprint).
 *
 * <p>Lifecycle: call {@link #warmUp()} (or {@link #warmUpOrFail()}) at start-up so the first call
 * does not wait for the keys; read {@link #keyStatus()} from a health check; {@link #close()} on
 * shutdown (a {@code HookEndpoint} closes its authenticator). Thread-safe; share one instance.
 */
public final class JwtAuthenticator implements HookAuthenticator {

    /** RFC 6750 challenge sent with every rejection. */
    public static final String CHALLENGE = "Bearer error=\"invalid_token\"";

    private static final Logger LOG = LoggerFactory.getLogger(JwtAuthenticator.class);

    private final ClaimRules rules;
    private final SignatureStage signatures;
    private final @Nullable VerifiedTokenCache cache;
    private final KeyFilter keyFilter;
    private final JWKSource<SecurityContext> keySource;
    private final KeyStatusRecorder status;
    private final String description;

    private JwtAuthenticator(Builder b, JwtSetup.Parts parts) {
        this.rules = new ClaimRules(
                parts.issuer(),
                Objects.requireNonNull(b.audience, "audience"),
                Set.copyOf(b.clientIds),
                b.requiredScope,
                b.clock,
                b.clockSkew,
                b.maxLifetime);
        this.keySource = parts.keySource();
        this.keyFilter = new KeyFilter(keySource);
        this.signatures = new SignatureStage(parts.algorithms(), Set.copyOf(b.types), b.maxTokenLength, keyFilter);
        this.cache = parts.cache();
        this.status = parts.status();
        this.description = parts.description();
    }

    /** Starts a configuration. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public AuthResult authenticate(HookHeaders headers) {
        String bearer = Verdicts.bearerToken(headers);
        JwtVerification verification = bearer == null ? Verdicts.missingOrMalformedBearer(headers) : verify(bearer);
        if (verification instanceof JwtVerification.Verified verified) {
            return AuthResult.accepted(verified.clientId() != null ? verified.clientId() : "jwt");
        }
        if (verification instanceof JwtVerification.Rejected rejected) {
            return AuthResult.rejected(rejected.reason().wireValue(), CHALLENGE);
        }
        return AuthResult.unavailable(
                ((JwtVerification.Unavailable) verification).reason().wireValue());
    }

    /**
     * Verifies one access token (the part after {@code Bearer }).
     *
     * @return never null; never throws
     */
    public JwtVerification verify(String token) {
        if (token == null || token.isEmpty()) {
            return new JwtVerification.Rejected(AuthFailure.MISSING_CREDENTIALS);
        }
        byte[] digest = null;
        long generation = 0;
        if (cache != null) {
            if (signatures.tooLarge(token)) {
                return Verdicts.reject(AuthFailure.TOKEN_TOO_LARGE, null, null);
            }
            // Looked up before the syntax check: only verified tokens are cached, and a token whose
            // SHA-256 matches one is that token (its UTF-8 bytes are, and a cached token is all
            // base64url and dots, which only the same text encodes to), so it passed every check
            // then; the syntax scan was three quarters of a cache hit's time.
            digest = Fingerprint.sha256(token);
            generation =
                    cache.generation(); // before any key lookup: a key change from now on voids this call's verdict
            JwtVerification cached = cache.lookup(digest, rules, keyFilter);
            if (cached != null) {
                return cached instanceof JwtVerification.Rejected expired
                        ? Verdicts.reject(expired.reason(), null, token)
                        : cached;
            }
        }
        AuthFailure syntax = signatures.precheck(token);
        if (syntax != null) {
            return Verdicts.reject(syntax, null, null);
        }
        String kid = null;
        try {
            SignedJWT signed = signatures.parse(token);
            kid = signed.getHeader().getKeyID();
            JWTClaimsSet claims =
                    signed.getJWTClaimsSet(); // a payload that is no claims set is malformed, signed or not
            KeyFilter.Offered offered = new KeyFilter.Offered();
            signatures.verifySignature(signed, offered);
            JwtVerification.Verified verified = rules.toVerified(claims);
            // Cached only when one key was offered, so the verdict knows the key that verified it.
            if (digest != null && offered.keys().size() == 1) {
                Object nbf = claims.getClaim("nbf");
                Objects.requireNonNull(cache, "cache")
                        .put(
                                digest,
                                new VerifiedTokenCache.Entry(
                                        verified,
                                        nbf == null
                                                ? null
                                                : claims.getNotBeforeTime().toInstant(),
                                        rules.now(),
                                        offered.keys().get(0),
                                        Objects.requireNonNull(offered.selector(), "selector")),
                                generation);
            }
            return verified;
        } catch (Exception e) {
            return Verdicts.classify(e, kid, token);
        }
    }

    /**
     * The signature stage alone, without any claim rule: for running signature corpora such as
     * Wycheproof, whose payloads are not JWTs.
     *
     * @return null when the signature verifies with a trusted key, else the reason
     */
    @Nullable
    AuthFailure checkSignature(String token) {
        return signatures.check(token);
    }

    /**
     * Fetches the signing keys now (through the cache: nothing is fetched when keys are held), so
     * the first call after start-up does not wait for them. Never throws: a failure shows in the
     * status returned, and calls are answered 503 until keys can be fetched.
     *
     * @return the key status after the attempt
     */
    public KeyStatus warmUp() {
        return status.warmUp(keySource);
    }

    /**
     * {@link #warmUp()}, for applications that would rather not start than answer Okta 503.
     *
     * @throws IllegalStateException naming where the keys come from and why none is usable
     */
    public KeyStatus warmUpOrFail() {
        KeyStatus now = warmUp();
        if (!now.ready()) {
            throw new IllegalStateException("no usable signing key could be fetched from " + status.location() + ": "
                    + KeyStatusRecorder.currentFailure(now));
        }
        return now;
    }

    /** What this verifier knows of its signing keys now; reading it fetches nothing. */
    public KeyStatus keyStatus() {
        return status.status();
    }

    /** Number of verdicts in the verified-token cache (tests). */
    int cachedVerdicts() {
        return cache == null ? 0 : cache.size();
    }

    /** Stops the key source's background refresh, if it has one. */
    @Override
    public void close() {
        if (keySource instanceof Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException | RuntimeException e) {
                LOG.debug(
                        "okta hook jwt: closing the key source failed: {}",
                        e.getClass().getSimpleName());
            }
        }
    }

    /** The configuration, without anything secret (there is nothing secret in it). */
    @Override
    public String toString() {
        return description;
    }

    /**
     * Configures a {@link JwtAuthenticator}. Setters only record, and a later call replaces an
     * earlier one, except {@link #clientIds(String...)}, which adds; {@link #build()} checks the whole
     * configuration and names every problem at once.
     */
    public static final class Builder {
        @Nullable
        String issuer;

        @Nullable
        String audience;

        final Set<String> clientIds = new LinkedHashSet<>();
        boolean anyClient;

        @Nullable
        String requiredScope;

        @Nullable
        String jwksUri;

        boolean allowCrossHostJwks;
        List<String> algorithms = List.of("RS256");
        Set<String> types = Set.of("jwt", "at+jwt", "application/at+jwt");
        Duration clockSkew = Duration.ofSeconds(60);
        Clock clock = Clock.systemUTC();
        Duration maxLifetime = Duration.ofHours(24);
        int maxTokenLength = 8 * 1024;
        Duration connectTimeout = Duration.ofMillis(500);
        Duration readTimeout = Duration.ofMillis(500);
        Duration fetchDeadline = Duration.ofSeconds(1);
        Duration cacheTtl = Duration.ofMinutes(10);
        Duration refreshTimeout = Duration.ofMillis(1500);
        Duration refreshAhead = Duration.ofSeconds(30);
        Duration rateLimit = Duration.ofSeconds(30);
        Duration outageTolerance = Duration.ofHours(6);

        @Nullable
        JWKSource<SecurityContext> customKeySource;

        int verifiedTokenCacheSize = 10_000;

        private Builder() {}

        /** The authorization server's issuer, e.g. {@code https://acme.okta.com/oauth2/default} (required). */
        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** The audience the token must carry, e.g. {@code api://default} (required). */
        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        /**
         * Adds client ids ({@code cid}) allowed to call: the client id of the OAuth app configured
         * on the hook. Required (client pinning) unless {@link #anyClient()} opts out explicitly.
         */
        public Builder clientIds(String... ids) {
            this.clientIds.addAll(java.util.Arrays.asList(ids));
            return this;
        }

        /**
         * Opts out of client pinning, explicitly: a token of any client of the authorization server
         * that carries the audience (and the required scope, if set) is accepted. Not recommended:
         * on Okta's {@code default} server every app's access tokens carry {@code api://default},
         * an end user's single-page-app token included. Use it only when the audience and scope are
         * dedicated to the hook. Logged at WARN by {@link #build()}; not together with
         * {@link #clientIds(String...)}.
         */
        public Builder anyClient() {
            this.anyClient = true;
            return this;
        }

        /** A scope ({@code scp}) the token must carry, as configured on the hook. */
        public Builder requiredScope(String scope) {
            this.requiredScope = scope;
            return this;
        }

        /** The JWKS URI; default {@code {issuer}/v1/keys}. HTTPS, or HTTP on loopback only. */
        public Builder jwksUri(String uri) {
            this.jwksUri = uri;
            return this;
        }

        /** Allow a JWKS host different from the issuer's (off by default). */
        public Builder allowCrossHostJwks(boolean allow) {
            this.allowCrossHostJwks = allow;
            return this;
        }

        /** Replaces the signature algorithms accepted (default RS256); RS* and PS* only. */
        public Builder algorithms(String... names) {
            this.algorithms = new ArrayList<>(java.util.Arrays.asList(names));
            return this;
        }

        /** Replaces the {@code typ} header values accepted besides none (default JWT, at+jwt, application/at+jwt). */
        public Builder acceptedTypes(String... types) {
            Set<String> lower = new LinkedHashSet<>();
            for (String type : types) {
                lower.add(Objects.requireNonNull(type, "type").toLowerCase(Locale.ROOT));
            }
            this.types = lower;
            return this;
        }

        /** Clock skew tolerated on {@code exp}, {@code nbf} and {@code iat} (default 60 s, at most 300 s). */
        public Builder clockSkew(Duration skew) {
            this.clockSkew = Objects.requireNonNull(skew, "skew");
            return this;
        }

        /** The clock (default UTC system clock); inject a fixed one in tests. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Longest {@code exp - iat} accepted (default 24 h, Okta's maximum access-token lifetime). */
        public Builder maxLifetime(Duration maxLifetime) {
            this.maxLifetime = Objects.requireNonNull(maxLifetime, "maxLifetime");
            return this;
        }

        /** Longest bearer token accepted, in characters (default 8192, 512 to 65536). */
        public Builder maxTokenLength(int length) {
            this.maxTokenLength = length;
            return this;
        }

        /** JWKS connect timeout and wait for the response to start (500 ms each), capped by {@link #jwksDeadline}. */
        public Builder jwksTimeouts(Duration connect, Duration read) {
            this.connectTimeout = Objects.requireNonNull(connect, "connect");
            this.readTimeout = Objects.requireNonNull(read, "read");
            return this;
        }

        /**
         * One deadline for the whole JWKS fetch: connect, TLS, headers and body together (default
         * 1 s; positive and under Okta's 3 s). A fetch still running at the deadline is abandoned
         * and counts as failed, so keys already fetched keep serving (outage tolerance) and a cold
         * start answers 503 instead of holding the call. Redirects are never followed: a 3xx
         * answer is a failed fetch.
         */
        public Builder jwksDeadline(Duration deadline) {
            this.fetchDeadline = Objects.requireNonNull(deadline, "deadline");
            return this;
        }

        /** How long fetched keys are cached, and a verified token's verdict at most (default 10 min). */
        public Builder jwksCacheTtl(Duration ttl) {
            this.cacheTtl = Objects.requireNonNull(ttl, "ttl");
            return this;
        }

        /** How long a call waits for a key refresh another call has started (default 1.5 s). */
        public Builder jwksRefreshTimeout(Duration timeout) {
            this.refreshTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** How long before the cache expires the keys are refreshed in the background (default 30 s). */
        public Builder jwksRefreshAhead(Duration refreshAhead) {
            this.refreshAhead = Objects.requireNonNull(refreshAhead, "refreshAhead");
            return this;
        }

        /** The least time between two fetches prompted by unknown {@code kid}s (default 30 s). */
        public Builder jwksRateLimit(Duration interval) {
            this.rateLimit = Objects.requireNonNull(interval, "interval");
            return this;
        }

        /** How long cached keys keep serving while the keys URL is down (default 6 h). */
        public Builder jwksOutageTolerance(Duration tolerance) {
            this.outageTolerance = Objects.requireNonNull(tolerance, "tolerance");
            return this;
        }

        /** Escape hatch: your own nimbus key source (keys are still filtered); not together with jwksUri. */
        public Builder keySource(JWKSource<SecurityContext> source) {
            this.customKeySource = Objects.requireNonNull(source, "source");
            return this;
        }

        /** Fixed in-memory keys (tests, air-gapped set-ups); not together with jwksUri. */
        public Builder keys(JWKSet keys) {
            return keySource(new ImmutableJWKSet<>(Objects.requireNonNull(keys, "keys")));
        }

        /** Entries in the verified-token cache (default 10,000; 0 disables it). */
        public Builder verifiedTokenCacheSize(int size) {
            this.verifiedTokenCacheSize = size;
            return this;
        }

        /**
         * The authenticator.
         *
         * @throws IllegalStateException naming every misconfigured field and the rule it breaks
         */
        public JwtAuthenticator build() {
            return new JwtAuthenticator(this, JwtSetup.check(this));
        }
    }
}
