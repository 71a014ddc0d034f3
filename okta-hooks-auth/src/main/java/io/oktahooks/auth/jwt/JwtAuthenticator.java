package io.oktahooks.auth.jwt;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.CachingJWKSetSource;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEProcessor;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.events.EventListener;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.oktahooks.auth.AuthFailure;
import io.oktahooks.auth.internal.Fingerprint;
import io.oktahooks.core.AuthResult;
import io.oktahooks.core.HookAuthenticator;
import io.oktahooks.core.HookHeaders;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.UnknownHostException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates Okta's OAuth 2.0 mode: {@code Authorization: Bearer <access token>}, a JWT from the
 * authorization server configured on the hook (Okta obtains it with client_secret_post or
 * private_key_jwt; either way the same kind of token arrives).
 *
 * <p>Verification is nimbus-jose-jwt's {@link DefaultJWTProcessor} with an algorithm allow-list
 * (RS256 by default, asymmetric only) and keys from {@link JWKSourceBuilder} (cache, scheduled
 * refresh-ahead, rate limit and outage tolerance on; one 1 s deadline for each whole fetch, well
 * inside Okta's 3 s; redirects never followed). On top of nimbus it checks what nimbus does not: a
 * size cap and strict compact syntax before parsing, the {@code typ} allow-list, no {@code crit},
 * a key filter (RSA of at least 2048 bits for signing only, unique {@code kid}), the exact issuer,
 * audience, client ids, scope, {@code iat} not in the future and a maximum lifetime, all with an
 * injectable {@link Clock}.
 *
 * <p>Positive verdicts are cached by a digest of the whole token (Okta reuses its token until it
 * nears expiry), with the time rules re-checked on every hit, and each hit served only while the
 * key that verified the token is still published by the key source (an in-memory lookup). No nimbus or JDK exception escapes;
 * no token, signature or header value is ever logged (at most a kid and an 8-character
 * fingerprint). Thread-safe; share one instance and {@link #close()} it on shutdown.
 */
public final class JwtAuthenticator implements HookAuthenticator, AutoCloseable {

    /** RFC 6750 challenge sent with every rejection. */
    public static final String CHALLENGE = "Bearer error=\"invalid_token\"";

    private static final Logger LOG = LoggerFactory.getLogger(JwtAuthenticator.class);
    private static final Set<JWSAlgorithm> ASYMMETRIC = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384,
            JWSAlgorithm.ES512);

    private final Set<JWSAlgorithm> algorithms;
    private final Set<String> types;
    private final int maxTokenLength;
    private final ClaimRules rules;
    private final DefaultJWTProcessor<SecurityContext> processor;
    private final DefaultJOSEProcessor<SecurityContext> signatureProcessor;
    private final VerifiedTokenCache cache;
    private final KeyFilter keyFilter;
    private final Duration cacheMaxAge;
    private final JWKSource<SecurityContext> keySource;
    private final String description;

    private JwtAuthenticator(Builder b, JWKSource<SecurityContext> keySource, VerifiedTokenCache cache) {
        this.algorithms = Set.copyOf(b.algorithms);
        this.types = Set.copyOf(b.types);
        this.maxTokenLength = b.maxTokenLength;
        this.rules = new ClaimRules(b.issuer, b.audience, b.clientIds, b.requiredScope, b.clock, b.clockSkew, b.maxLifetime);
        this.keySource = keySource;
        this.cache = cache;
        this.cacheMaxAge = b.cacheTtl;
        DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
        this.keyFilter = new KeyFilter(keySource);
        p.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms, keyFilter));
        p.setJWSTypeVerifier((type, context) -> { });
        p.setJWTClaimsSetVerifier((claims, context) -> { });
        this.processor = p;
        DefaultJOSEProcessor<SecurityContext> jose = new DefaultJOSEProcessor<>();
        jose.setJWSKeySelector(p.getJWSKeySelector());
        jose.setJWSTypeVerifier((type, context) -> { });
        this.signatureProcessor = jose;
        this.description = "JwtAuthenticator{issuer=" + b.issuer + ", audience=" + b.audience + ", clientIds="
                + (b.anyClient ? "(any client)" : b.clientIds)
                + ", scope=" + b.requiredScope + ", algorithms=" + algorithms + "}";
    }

    /** Starts a configuration. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public AuthResult authenticate(HookHeaders headers) {
        List<String> values = headers.all("Authorization");
        JwtVerification verification;
        if (values == null || values.isEmpty()) {
            verification = new JwtVerification.Rejected(AuthFailure.MISSING_CREDENTIALS);
        } else if (values.size() > 1) {
            verification = new JwtVerification.Rejected(AuthFailure.AMBIGUOUS_CREDENTIALS);
        } else {
            String value = values.get(0) == null ? "" : values.get(0);
            if (value.isBlank()) {
                verification = new JwtVerification.Rejected(AuthFailure.MISSING_CREDENTIALS);
            } else if (value.length() < 8 || !value.regionMatches(true, 0, "Bearer ", 0, 7) || value.charAt(7) == ' ') {
                verification = new JwtVerification.Rejected(AuthFailure.WRONG_SCHEME);
            } else {
                verification = verify(value.substring(7));
            }
        }
        if (verification instanceof JwtVerification.Verified verified) {
            return AuthResult.accepted(verified.clientId() != null ? verified.clientId() : "jwt");
        }
        if (verification instanceof JwtVerification.Rejected rejected) {
            return AuthResult.rejected(rejected.reason().code(), CHALLENGE);
        }
        return AuthResult.unavailable(((JwtVerification.Unavailable) verification).reason().code());
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
        if (token.length() > maxTokenLength) {
            return reject(AuthFailure.TOKEN_TOO_LARGE, null, null);
        }
        AuthFailure syntax = TokenSyntax.check(token);
        if (syntax != null) {
            return reject(syntax, null, null);
        }
        byte[] digest = null;
        long generation = 0;
        if (cache != null) {
            digest = Fingerprint.sha256(token);
            generation = cache.generation(); // before any key lookup: a key change from now on voids this call's verdict
            VerifiedTokenCache.Entry hit = cache.get(digest);
            if (hit != null) {
                Instant now = rules.now();
                AuthFailure time = rules.checkTimes(hit.verdict().expiresAt(), hit.nbf(), hit.verdict().issuedAt(), now);
                if (time == null && now.isBefore(hit.verifiedAt().plus(cacheMaxAge))
                        && keyFilter.stillPublishes(hit.selector(), hit.key())) {
                    return hit.verdict();
                }
                cache.remove(digest);
                if (time != null) {
                    return reject(time, null, token);
                }
            }
        }
        String kid = null;
        try {
            JWT jwt = JWTParser.parse(token);
            kid = jwt instanceof SignedJWT signed ? signed.getHeader().getKeyID() : null;
            AuthFailure header = checkHeader(jwt);
            if (header != null) {
                return reject(header, kid, token);
            }
            KeyFilter.Offered offered = new KeyFilter.Offered();
            JWTClaimsSet claims = processor.process((SignedJWT) jwt, offered);
            JwtVerification.Verified verified = rules.toVerified(claims);
            // Cached only when one key was offered, so the verdict knows the key that verified it.
            if (cache != null && offered.keys().size() == 1) {
                Object nbf = claims.getClaim("nbf");
                cache.put(digest, new VerifiedTokenCache.Entry(verified, nbf == null ? null : claims.getNotBeforeTime().toInstant(),
                        rules.now(), offered.keys().get(0), offered.selector()), generation);
            }
            return verified;
        } catch (Exception e) {
            return classify(e, kid, token);
        }
    }

    /**
     * The signature stage alone (size, syntax, header rules, key selection, signature), without
     * any claim rule: for running signature corpora such as Wycheproof, whose payloads are not JWTs.
     *
     * @return null when the signature verifies with a trusted key, else the reason
     */
    AuthFailure checkSignature(String token) {
        AuthFailure syntax = token.length() > maxTokenLength ? AuthFailure.TOKEN_TOO_LARGE : TokenSyntax.check(token);
        if (syntax != null) {
            return syntax;
        }
        try {
            JWT jwt = JWTParser.parse(token);
            AuthFailure header = checkHeader(jwt);
            if (header != null) {
                return header;
            }
            signatureProcessor.process((SignedJWT) jwt, null);
            return null;
        } catch (Exception e) {
            JwtVerification outcome = classify(e, null, token);
            return outcome instanceof JwtVerification.Rejected r ? r.reason() : ((JwtVerification.Unavailable) outcome).reason();
        }
    }

    private AuthFailure checkHeader(JWT jwt) {
        if (jwt instanceof PlainJWT) {
            return AuthFailure.UNSECURED_JWT;
        }
        // TokenSyntax admits three segments only, which parse as a PlainJWT or a SignedJWT with a
        // non-empty signature (a JWE header on three segments, or a signed header with an empty
        // signature, fails to parse); anything else would fail closed in classify().
        SignedJWT signed = (SignedJWT) jwt;
        if (!algorithms.contains(signed.getHeader().getAlgorithm())) {
            return AuthFailure.ALG_NOT_ALLOWED;
        }
        JOSEObjectType typ = signed.getHeader().getType();
        if (typ != null && !types.contains(typ.getType().toLowerCase(Locale.ROOT))) {
            return AuthFailure.BAD_TYPE;
        }
        // No extension is understood, so any crit header is refused (an empty list too: RFC 7515 4.1.11).
        if (signed.getHeader().getCriticalParams() != null) {
            return AuthFailure.UNSUPPORTED_CRITICAL_HEADER;
        }
        return null;
    }

    /** Maps what the parser, key source or processor threw to the reason reported. */
    static JwtVerification classify(Exception e, String kid, String token) {
        if (e instanceof Rejection rejection) {
            return reject(rejection.reason(), kid, token);
        }
        if (e instanceof ParseException || e instanceof BadJWTException) {
            return reject(AuthFailure.MALFORMED_TOKEN, kid, token);
        }
        if (e instanceof UnknownKeyException) {
            return reject(AuthFailure.UNKNOWN_KID, kid, token);
        }
        if (e instanceof KeySourceException) {
            LOG.warn("okta hook jwt: signing keys unavailable ({}); token {} kid={} answered 503",
                    e.getClass().getSimpleName(), Fingerprint.of(token), Fingerprint.sanitize(kid));
            return new JwtVerification.Unavailable(AuthFailure.KEYS_UNAVAILABLE);
        }
        if (e instanceof BadJOSEException) {
            // BadJWSException: the signature does not verify with the selected trusted key.
            return reject(AuthFailure.BAD_SIGNATURE, kid, token);
        }
        LOG.warn("okta hook jwt: verifier failed with {}; token {} refused (fail closed)",
                e.getClass().getName(), Fingerprint.of(token));
        return new JwtVerification.Rejected(AuthFailure.VERIFIER_ERROR);
    }

    private static JwtVerification reject(AuthFailure reason, String kid, String token) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("okta hook jwt: rejected {} kid={} token={}", reason.code(), Fingerprint.sanitize(kid),
                    token == null ? "-" : Fingerprint.of(token));
        }
        return new JwtVerification.Rejected(reason);
    }

    /** Number of verdicts in the verified-token cache (for tests and metrics). */
    public int cachedVerdicts() {
        return cache == null ? 0 : cache.size();
    }

    /** Stops the key source's background refresh, if it has one. */
    @Override
    public void close() {
        if (keySource instanceof Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException e) {
                LOG.debug("okta hook jwt: closing the key source failed: {}", e.getClass().getSimpleName());
            }
        }
    }

    /** The configuration, without anything secret (there is nothing secret in it). */
    @Override
    public String toString() {
        return description;
    }

    /** Configures a {@link JwtAuthenticator}; {@link #build()} validates and names each problem. */
    public static final class Builder {
        private String issuer;
        private String audience;
        private final Set<String> clientIds = new LinkedHashSet<>();
        private boolean anyClient;
        private String requiredScope;
        private URI jwksUri;
        private final Set<JWSAlgorithm> algorithms = new LinkedHashSet<>(Set.of(JWSAlgorithm.RS256));
        private final Set<String> types = new LinkedHashSet<>(Set.of("jwt", "at+jwt", "application/at+jwt"));
        private Duration clockSkew = Duration.ofSeconds(60);
        private Clock clock = Clock.systemUTC();
        private Duration maxLifetime = Duration.ofHours(24);
        private int maxTokenLength = 8 * 1024;
        private Duration connectTimeout = Duration.ofMillis(500);
        private Duration readTimeout = Duration.ofMillis(500);
        private Duration fetchDeadline = Duration.ofSeconds(1);
        private Duration cacheTtl = Duration.ofMinutes(10);
        private Duration refreshTimeout = Duration.ofMillis(1500);
        private Duration refreshAhead = Duration.ofSeconds(30);
        private Duration rateLimit = Duration.ofSeconds(30);
        private Duration outageTolerance = Duration.ofHours(6);
        private JWKSource<SecurityContext> customKeySource;
        private boolean allowCrossHostJwks;
        private int verifiedTokenCacheSize = 10_000;
        private final List<String> problems = new ArrayList<>();

        private Builder() {
        }

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
         * Client ids ({@code cid}) allowed to call: the client id of the OAuth app configured on the
         * hook. Required (client pinning): {@link #build()} refuses a configuration without it unless
         * {@link #anyClient()} opts out explicitly.
         */
        public Builder clientIds(String... ids) {
            for (String id : ids) {
                if (id == null || id.isBlank()) {
                    problems.add("clientIds must not contain blank ids");
                } else {
                    clientIds.add(id);
                }
            }
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
            try {
                this.jwksUri = new URI(uri);
            } catch (URISyntaxException | NullPointerException e) {
                problems.add("jwksUri is not a valid URI");
            }
            return this;
        }

        /** Allow a JWKS host different from the issuer's (off by default). */
        public Builder allowCrossHostJwks(boolean allow) {
            this.allowCrossHostJwks = allow;
            return this;
        }

        /** The signature algorithms accepted (default RS256); asymmetric only. */
        public Builder algorithms(String... names) {
            algorithms.clear();
            for (String name : names) {
                JWSAlgorithm alg = JWSAlgorithm.parse(name);
                if (!ASYMMETRIC.contains(alg)) {
                    problems.add("algorithm " + name + " is not allowed: only asymmetric RS*, PS* and ES* algorithms are (never none or HS*)");
                } else {
                    algorithms.add(alg);
                }
            }
            return this;
        }

        /** The {@code typ} header values accepted besides none (default JWT, at+jwt, application/at+jwt). */
        public Builder acceptedTypes(String... types) {
            this.types.clear();
            for (String type : types) {
                this.types.add(type.toLowerCase(Locale.ROOT));
            }
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

        /** Longest bearer token accepted, in characters (default 8192). */
        public Builder maxTokenLength(int length) {
            this.maxTokenLength = length;
            return this;
        }

        /**
         * JWKS HTTP connect timeout and how long to wait for the response to start (default 500 ms
         * each); both are capped by {@link #jwksDeadline(Duration)}, which bounds the whole fetch.
         */
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

        /**
         * JWKS caching: how long keys are cached (default 10 min), how long a call waits for a
         * refresh in progress (default 1.5 s), refresh-ahead time (default 30 s), minimum interval
         * between fetches for unknown kids (default 30 s) and how long cached keys keep serving while
         * the JWKS endpoint is down (default 6 h).
         */
        public Builder jwksCache(Duration ttl, Duration refreshTimeout, Duration refreshAhead, Duration rateLimit,
                Duration outageTolerance) {
            this.cacheTtl = Objects.requireNonNull(ttl, "ttl");
            this.refreshTimeout = Objects.requireNonNull(refreshTimeout, "refreshTimeout");
            this.refreshAhead = Objects.requireNonNull(refreshAhead, "refreshAhead");
            this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit");
            this.outageTolerance = Objects.requireNonNull(outageTolerance, "outageTolerance");
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

        /** The authenticator; fails naming each misconfigured field and rule. */
        public JwtAuthenticator build() {
            List<String> all = new ArrayList<>(problems);
            URI issuerUri = null;
            if (issuer == null || issuer.isBlank()) {
                all.add("issuer is required (e.g. https://{yourOktaDomain}/oauth2/default)");
            } else {
                issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
                try {
                    issuerUri = new URI(issuer);
                    if (issuerUri.getHost() == null || !secureOrLoopback(issuerUri)) {
                        all.add("issuer must be an https URL (http only on loopback)");
                        issuerUri = null;
                    } else if (isOktaOrgServer(issuerUri)) {
                        all.add("issuer " + issuer + " is an Okta org authorization server, whose access tokens only Okta "
                                + "can verify; use a custom authorization server (https://{org}/oauth2/{id})");
                    }
                } catch (URISyntaxException e) {
                    all.add("issuer is not a valid URL");
                }
            }
            if (audience == null || audience.isBlank()) {
                all.add("audience is required (e.g. api://default)");
            }
            if (clientIds.isEmpty() && !anyClient) {
                all.add("clientIds is required (client pinning: only the hook's own OAuth client may call): call "
                        + "clientIds(\"0oa...\") with the client id of the app set on the hook, or anyClient() to accept "
                        + "every client of this authorization server whose tokens carry the audience");
            }
            if (anyClient && !clientIds.isEmpty()) {
                all.add("clientIds(...) and anyClient() are alternatives: pin the hook's client with clientIds, or opt out "
                        + "with anyClient()");
            }
            if (requiredScope != null && (requiredScope.isEmpty() || requiredScope.chars().anyMatch(Character::isWhitespace))) {
                all.add("requiredScope must be one scope name without spaces");
            }
            if (algorithms.isEmpty() && problems.stream().noneMatch(p -> p.startsWith("algorithm"))) {
                all.add("algorithms must name at least one algorithm");
            }
            if (clockSkew.isNegative() || clockSkew.compareTo(Duration.ofMinutes(5)) > 0) {
                all.add("clockSkew must be between 0 and 300 seconds");
            }
            if (maxLifetime.isNegative() || maxLifetime.isZero()) {
                all.add("maxLifetime must be positive");
            }
            if (maxTokenLength < 512 || maxTokenLength > 64 * 1024) {
                all.add("maxTokenLength must be between 512 and 65536 characters");
            }
            if (verifiedTokenCacheSize < 0) {
                all.add("verifiedTokenCacheSize must not be negative");
            }
            if (fetchDeadline.isNegative() || fetchDeadline.isZero() || fetchDeadline.compareTo(Duration.ofSeconds(3)) >= 0
                    || connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
                all.add("jwksTimeouts and jwksDeadline must be positive, and jwksDeadline under Okta's 3 s");
            }
            if (rateLimit.compareTo(cacheTtl) >= 0 || refreshAhead.plus(refreshTimeout).compareTo(cacheTtl) >= 0) {
                all.add("jwksCache: rateLimit and refreshAhead + refreshTimeout must each be shorter than ttl");
            }
            if (customKeySource != null && jwksUri != null) {
                all.add("jwksUri and keys(...)/keySource(...) are alternatives: keep jwksUri to fetch keys over HTTPS, "
                        + "or keys/keySource to supply them yourself");
            }
            URL keysUrl = null;
            if (customKeySource == null && issuerUri != null) {
                URI keys = jwksUri != null ? jwksUri : URI.create(issuer + "/v1/keys");
                if (keys.getHost() == null || !secureOrLoopback(keys)) {
                    all.add("jwksUri must be an https URL (http only on loopback)");
                } else if (!allowCrossHostJwks && !keys.getHost().equalsIgnoreCase(issuerUri.getHost())) {
                    all.add("jwksUri host " + keys.getHost() + " differs from the issuer's; call allowCrossHostJwks(true) if intended");
                } else {
                    try {
                        keysUrl = keys.toURL();
                    } catch (MalformedURLException | IllegalArgumentException e) {
                        all.add("jwksUri is not a valid URL");
                    }
                }
            }
            if (!all.isEmpty()) {
                throw new IllegalArgumentException("JWT authentication is misconfigured: " + String.join("; ", all));
            }
            if (anyClient) {
                LOG.warn("okta hook jwt: anyClient() opts out of client pinning; any client of {} with audience {} is accepted",
                        issuer, audience);
            }
            VerifiedTokenCache cache = verifiedTokenCacheSize == 0 ? null : new VerifiedTokenCache(verifiedTokenCacheSize);
            JWKSource<SecurityContext> source = customKeySource != null ? customKeySource : remoteKeys(keysUrl, cache);
            return new JwtAuthenticator(this, source, cache);
        }

        private JWKSource<SecurityContext> remoteKeys(URL url, VerifiedTokenCache cache) {
            EventListener<CachingJWKSetSource<SecurityContext>, SecurityContext> onRefresh = cache == null ? null : keyChangeClears(cache);
            return JWKSourceBuilder.<SecurityContext>create(url, new DeadlineResourceRetriever(connectTimeout, readTimeout,
                            fetchDeadline, 51_200))
                    .cache(cacheTtl.toMillis(), refreshTimeout.toMillis(), onRefresh)
                    .refreshAheadCache(refreshAhead.toMillis(), true, onRefresh)
                    .rateLimited(rateLimit.toMillis())
                    .outageTolerant(outageTolerance.toMillis())
                    .retrying(false)
                    .build();
        }

        /**
         * A refresh listener that clears the verified-token cache when the published keys change.
         * Every fetch, scheduled refresh-ahead ones included, ends in a RefreshCompletedEvent.
         */
        private static EventListener<CachingJWKSetSource<SecurityContext>, SecurityContext> keyChangeClears(VerifiedTokenCache cache) {
            AtomicReference<Map<String, Object>> lastKeys = new AtomicReference<>();
            return event -> {
                if (event instanceof CachingJWKSetSource.RefreshCompletedEvent<?> completed) {
                    Map<String, Object> published = completed.getJWKSet().toPublicJWKSet().toJSONObject();
                    Map<String, Object> previous = lastKeys.getAndSet(published);
                    if (previous != null && !previous.equals(published)) {
                        LOG.info("okta hook jwt: signing keys changed; verified-token cache cleared");
                        cache.clear();
                    }
                }
            };
        }

        /** HTTPS anywhere; HTTP only to localhost or a loopback address literal (never looked up in DNS). */
        private static boolean secureOrLoopback(URI uri) {
            if ("https".equalsIgnoreCase(uri.getScheme())) {
                return true;
            }
            if (!"http".equalsIgnoreCase(uri.getScheme())) {
                return false;
            }
            String host = uri.getHost(); // java.net.URI has already validated IPv4 and bracketed IPv6 literals
            if (host.equalsIgnoreCase("localhost") || host.matches("127\\.[0-9.]+")) {
                return true;
            }
            try {
                return host.startsWith("[") && InetAddress.getByName(host).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }

        private static boolean isOktaOrgServer(URI uri) {
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            boolean okta = host.endsWith(".okta.com") || host.endsWith(".oktapreview.com") || host.endsWith(".okta-emea.com")
                    || host.endsWith(".okta-gov.com") || host.endsWith(".okta.mil");
            return okta && uri.getPath().matches("/*");
        }
    }
}
