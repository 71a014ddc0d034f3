package io.oktahooks.auth.jwt;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.CachingJWKSetSource;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import com.nimbusds.jose.util.events.EventListener;
import io.oktahooks.core.internal.BuildProblems;
import java.io.IOException;
import java.net.InetAddress;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.UnknownHostException;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a {@link JwtAuthenticator.Builder}'s recorded settings into a verifier: checks every rule
 * at once (the claim policy: issuer, audience, client pinning, scope, times; and the key source
 * policy: HTTPS or loopback, same host as the issuer, one deadline under Okta's 3 s, cache
 * timings), then builds the key source (remote with nimbus' cache, refresh-ahead, rate limit and
 * outage tolerance; or the caller's own keys) with key-status recording.
 */
final class JwtSetup {

    private static final Logger LOG = LoggerFactory.getLogger(JwtAuthenticator.class);
    /** RSA signatures only: the key filter admits RSA keys alone (Okta signs with RS256). */
    private static final Set<JWSAlgorithm> ASYMMETRIC = Set.of(
            JWSAlgorithm.RS256,
            JWSAlgorithm.RS384,
            JWSAlgorithm.RS512,
            JWSAlgorithm.PS256,
            JWSAlgorithm.PS384,
            JWSAlgorithm.PS512);

    private static final int MAX_KEYS_BYTES = 51_200;

    /** What the verifier is made of. */
    record Parts(
            String issuer,
            Set<JWSAlgorithm> algorithms,
            JWKSource<SecurityContext> keySource,
            @Nullable VerifiedTokenCache cache,
            KeyStatusRecorder status,
            String description) {}

    private JwtSetup() {}

    static Parts check(JwtAuthenticator.Builder b) {
        BuildProblems problems = new BuildProblems("JWT authentication");
        String issuer = b.issuer == null
                ? null
                : b.issuer.endsWith("/") ? b.issuer.substring(0, b.issuer.length() - 1) : b.issuer;
        URI issuerUri = null;
        if (issuer == null || issuer.isBlank()) {
            problems.add("issuer is required (e.g. https://{yourOktaDomain}/oauth2/default)");
        } else {
            try {
                issuerUri = new URI(issuer);
                if (issuerUri.getHost() == null || !secureOrLoopback(issuerUri)) {
                    problems.add("issuer must be an https URL (http only on loopback)");
                    issuerUri = null;
                } else if (isOktaOrgServer(issuerUri)) {
                    problems.add(
                            "issuer " + issuer + " is an Okta org authorization server, whose access tokens only Okta "
                                    + "can verify; use a custom authorization server (https://{org}/oauth2/{id})");
                }
            } catch (URISyntaxException e) {
                problems.add("issuer is not a valid URL");
            }
        }
        problems.check(b.audience != null && !b.audience.isBlank(), "audience is required (e.g. api://default)");
        problems.check(
                b.clientIds.stream().noneMatch(id -> id == null || id.isBlank()),
                "clientIds must not contain blank ids");
        problems.check(
                !b.clientIds.isEmpty() || b.anyClient,
                "clientIds is required (client pinning: only the hook's own "
                        + "OAuth client may call): call clientIds(\"0oa...\") with the client id of the app set on the hook, or "
                        + "anyClient() to accept every client of this authorization server whose tokens carry the audience");
        problems.check(
                !b.anyClient || b.clientIds.isEmpty(),
                "clientIds(...) and anyClient() are alternatives: pin the "
                        + "hook's client with clientIds, or opt out with anyClient()");
        problems.check(
                b.requiredScope == null
                        || (!b.requiredScope.isEmpty()
                                && b.requiredScope.chars().noneMatch(Character::isWhitespace)),
                "requiredScope must be one scope name without spaces");
        Set<JWSAlgorithm> algorithms = new LinkedHashSet<>();
        for (String name : b.algorithms) {
            JWSAlgorithm alg = name == null ? null : JWSAlgorithm.parse(name);
            if (alg == null || !ASYMMETRIC.contains(alg)) {
                problems.add(
                        "algorithm " + name + " is not allowed: only the RSA algorithms RS* and PS* are (Okta signs "
                                + "with RS256; never none, HS* or ES*)");
            } else {
                algorithms.add(alg);
            }
        }
        problems.check(!b.algorithms.isEmpty(), "algorithms must name at least one algorithm");
        problems.check(
                !b.clockSkew.isNegative() && b.clockSkew.compareTo(Duration.ofMinutes(5)) <= 0,
                "clockSkew must be between 0 and 300 seconds");
        problems.check(!b.maxLifetime.isNegative() && !b.maxLifetime.isZero(), "maxLifetime must be positive");
        problems.check(
                b.maxTokenLength >= 512 && b.maxTokenLength <= 64 * 1024,
                "maxTokenLength must be between 512 and 65536 characters");
        problems.check(b.verifiedTokenCacheSize >= 0, "verifiedTokenCacheSize must not be negative");
        problems.check(
                positive(b.fetchDeadline)
                        && b.fetchDeadline.compareTo(Duration.ofSeconds(3)) < 0
                        && positive(b.connectTimeout)
                        && positive(b.readTimeout),
                "jwksTimeouts and jwksDeadline must be positive, and jwksDeadline under Okta's 3 s");
        problems.check(
                positive(b.cacheTtl)
                        && positive(b.refreshTimeout)
                        && positive(b.refreshAhead)
                        && positive(b.rateLimit)
                        && positive(b.outageTolerance),
                "the jwks cache settings must all be positive");
        problems.check(
                b.rateLimit.compareTo(b.cacheTtl) < 0
                        && b.refreshAhead.plus(b.refreshTimeout).compareTo(b.cacheTtl) < 0,
                "jwksRateLimit and jwksRefreshAhead + jwksRefreshTimeout must each be shorter than jwksCacheTtl");
        problems.check(
                b.customKeySource == null || b.jwksUri == null,
                "jwksUri and keys(...)/keySource(...) are "
                        + "alternatives: keep jwksUri to fetch keys over HTTPS, or keys/keySource to supply them yourself");
        URL keysUrl = null;
        if (b.customKeySource == null && issuerUri != null) {
            keysUrl = keysUrl(b, Objects.requireNonNull(issuer, "issuer"), issuerUri, problems);
        }
        problems.throwIfAny();
        if (b.anyClient) {
            LOG.warn(
                    "okta hook jwt: anyClient() opts out of client pinning; any client of {} with audience {} is accepted",
                    issuer,
                    b.audience);
        }
        VerifiedTokenCache cache =
                b.verifiedTokenCacheSize == 0 ? null : new VerifiedTokenCache(b.verifiedTokenCacheSize, b.cacheTtl);
        JWKSource<SecurityContext> source;
        KeyStatusRecorder status;
        if (b.customKeySource != null) {
            source = b.customKeySource;
            status = new KeyStatusRecorder(
                    b.clock,
                    b.customKeySource instanceof ImmutableJWKSet
                            ? "the keys given to keys(...)"
                            : "the custom key source",
                    true);
            if (b.customKeySource instanceof ImmutableJWKSet<SecurityContext> given) {
                status.fetched(given.getJWKSet().getKeys()); // known now: a health check need not wait for warmUp()
            }
        } else {
            URL keys = Objects.requireNonNull(keysUrl, "keysUrl");
            status = new KeyStatusRecorder(
                    b.clock,
                    keys.getProtocol() + "://" + keysUrl.getHost() + (keys.getPort() < 0 ? "" : ":" + keys.getPort())
                            + keys.getPath(),
                    false);
            source = remoteKeys(b, keys, cache, status);
        }
        String description = "JwtAuthenticator{issuer=" + issuer + ", audience=" + b.audience + ", clientIds="
                + (b.anyClient ? "(any client)" : b.clientIds) + ", scope=" + b.requiredScope + ", algorithms="
                + algorithms + "}";
        return new Parts(Objects.requireNonNull(issuer, "issuer"), algorithms, source, cache, status, description);
    }

    private static @Nullable URL keysUrl(
            JwtAuthenticator.Builder b, String issuer, URI issuerUri, BuildProblems problems) {
        URI keys;
        try {
            keys = b.jwksUri != null ? new URI(b.jwksUri) : URI.create(issuer + "/v1/keys");
        } catch (URISyntaxException e) {
            problems.add("jwksUri is not a valid URI");
            return null;
        }
        if (keys.getHost() == null || !secureOrLoopback(keys)) {
            problems.add("jwksUri must be an https URL (http only on loopback)");
        } else if (!b.allowCrossHostJwks && !keys.getHost().equalsIgnoreCase(issuerUri.getHost())) {
            problems.add("jwksUri host " + keys.getHost()
                    + " differs from the issuer's; call allowCrossHostJwks(true) if intended");
        } else {
            try {
                return keys.toURL();
            } catch (MalformedURLException | IllegalArgumentException e) {
                problems.add("jwksUri is not a valid URL");
            }
        }
        return null;
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }

    private static JWKSource<SecurityContext> remoteKeys(
            JwtAuthenticator.Builder b, URL url, @Nullable VerifiedTokenCache cache, KeyStatusRecorder status) {
        EventListener<CachingJWKSetSource<SecurityContext>, SecurityContext> onRefresh =
                cache == null ? null : keyChangeClears(cache);
        ResourceRetriever retriever = recording(
                new DeadlineResourceRetriever(b.connectTimeout, b.readTimeout, b.fetchDeadline, MAX_KEYS_BYTES),
                status);
        return JWKSourceBuilder.<SecurityContext>create(url, retriever)
                .cache(b.cacheTtl.toMillis(), b.refreshTimeout.toMillis(), onRefresh)
                .refreshAheadCache(b.refreshAhead.toMillis(), true, onRefresh)
                .rateLimited(b.rateLimit.toMillis())
                .outageTolerant(b.outageTolerance.toMillis())
                .retrying(false)
                .build();
    }

    /** Records every fetch's outcome for {@link JwtAuthenticator#keyStatus()}. */
    private static ResourceRetriever recording(ResourceRetriever retriever, KeyStatusRecorder status) {
        return url -> {
            Resource resource;
            try {
                resource = retriever.retrieveResource(url);
            } catch (IOException e) {
                status.failed(e.getMessage());
                throw e;
            }
            try {
                status.fetched(JWKSet.parse(resource.getContent()).getKeys());
            } catch (ParseException e) {
                status.failed("the keys are not a JSON Web Key Set");
            }
            return resource;
        };
    }

    /**
     * A refresh listener that clears the verified-token cache when the published keys change.
     * Every fetch, scheduled refresh-ahead ones included, ends in a RefreshCompletedEvent.
     */
    private static EventListener<CachingJWKSetSource<SecurityContext>, SecurityContext> keyChangeClears(
            VerifiedTokenCache cache) {
        AtomicReference<Map<String, Object>> lastKeys = new AtomicReference<>();
        return event -> {
            if (event instanceof CachingJWKSetSource.RefreshCompletedEvent<?> completed) {
                Map<String, Object> published =
                        completed.getJWKSet().toPublicJWKSet().toJSONObject();
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
        boolean okta = host.endsWith(".okta.com")
                || host.endsWith(".oktapreview.com")
                || host.endsWith(".okta-emea.com")
                || host.endsWith(".okta-gov.com")
                || host.endsWith(".okta.mil");
        return okta && uri.getPath().matches("/*");
    }
}
