package io.oktahooks.testkit.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.oktahooks.auth.jwt.JwtAuthenticator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A local stand-in for the Okta custom authorization server that issues the access tokens Okta
 * sends in OAuth 2.0 mode: it mints RS256 tokens shaped like Okta's ({@code iss}, {@code aud},
 * {@code cid}, {@code scp}, {@code sub}, {@code exp}, {@code iat}, {@code jti}, {@code kid}
 * header), publishes the matching keys in memory ({@link #jwks()}) and, optionally, over HTTP on
 * loopback ({@link #start()}), and rotates keys on demand. Nothing leaves the machine.
 *
 * <pre>{@code
 * try (LocalAuthorizationServer okta = LocalAuthorizationServer.create().start()) {
 *     HookAuthenticator auth = okta.authenticatorBuilder().build();
 *     String header = "Bearer " + okta.token().mint();
 * }
 * }</pre>
 */
public final class LocalAuthorizationServer implements AutoCloseable {

    /** The default audience, as on Okta's {@code default} authorization server. */
    public static final String DEFAULT_AUDIENCE = "api://default";
    /** The default client id of the hook's OAuth client. */
    public static final String DEFAULT_CLIENT_ID = "0oahooksclient";
    /** The default scope configured on the hook. */
    public static final String DEFAULT_SCOPE = "okta.hooks";

    private static final Duration LOOPBACK_DEADLINE = Duration.ofMillis(2500);

    private final List<RSAKey> keys = new ArrayList<>();
    private final AtomicInteger generation = new AtomicInteger();
    private Clock clock = Clock.systemUTC();
    private @Nullable HttpServer server;
    private String issuer = "https://local-okta.example/oauth2/aushooks";

    private LocalAuthorizationServer() {
        keys.add(newKey());
    }

    /** A server with one fresh 2048-bit RSA signing key; {@link #start()} serves its keys over HTTP. */
    public static LocalAuthorizationServer create() {
        return new LocalAuthorizationServer();
    }

    /** Mints tokens with this clock's time (default system UTC). */
    public synchronized LocalAuthorizationServer clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * Serves the keys at {@code http://127.0.0.1:<port>/oauth2/aushooks/v1/keys}; the issuer
     * becomes {@code http://127.0.0.1:<port>/oauth2/aushooks}, so verifiers derive the JWKS URI
     * exactly as for Okta.
     */
    public synchronized LocalAuthorizationServer start() {
        if (server != null) {
            return this;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open a loopback port for the local authorization server", e);
        }
        server.createContext("/oauth2/aushooks/v1/keys", exchange -> {
            try (exchange) {
                byte[] body = jwks().toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/aushooks";
        return this;
    }

    /** The issuer tokens carry. */
    public synchronized String issuer() {
        return issuer;
    }

    /** The JWKS URI ({@code issuer + /v1/keys}). */
    public synchronized String jwksUri() {
        return issuer + "/v1/keys";
    }

    /** The public signing keys, as the JWKS endpoint serves them. */
    public synchronized JWKSet jwks() {
        List<JWK> published = new ArrayList<>();
        keys.forEach(k -> published.add(k.toPublicJWK()));
        return new JWKSet(published);
    }

    /**
     * Rotates keys: a new key signs from now on. With {@code keepPrevious} the old key stays
     * published (Okta publishes both during a rotation); without, tokens signed by it stop verifying.
     */
    public synchronized LocalAuthorizationServer rotateKey(boolean keepPrevious) {
        RSAKey fresh = newKey();
        if (!keepPrevious) {
            keys.clear();
        }
        keys.add(0, fresh);
        return this;
    }

    /** The id of the key that currently signs. */
    public synchronized String currentKeyId() {
        return keys.get(0).getKeyID();
    }

    /** A token builder with Okta's defaults: audience {@value #DEFAULT_AUDIENCE}, cid, scope, one hour. */
    public TokenBuilder token() {
        return new TokenBuilder();
    }

    /**
     * A verifier configured for this server (issuer, audience, client id, scope); in memory unless
     * {@link #start()} was called, then over HTTP exactly as against Okta. Over HTTP the keys fetch
     * gets 2.5 s instead of the production 1 s: on loopback only a cold JVM (the JDK's HTTP client
     * loading on a busy build machine) is slow, and a test should not fail for that.
     */
    public synchronized JwtAuthenticator.Builder authenticatorBuilder() {
        JwtAuthenticator.Builder builder = JwtAuthenticator.builder()
                .issuer(issuer)
                .audience(DEFAULT_AUDIENCE)
                .clientIds(DEFAULT_CLIENT_ID)
                .requiredScope(DEFAULT_SCOPE)
                .clock(clock);
        return server == null
                ? builder.keys(jwks())
                : builder.jwksDeadline(LOOPBACK_DEADLINE).jwksTimeouts(LOOPBACK_DEADLINE, LOOPBACK_DEADLINE);
    }

    /** Stops the HTTP endpoint, if started. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    private RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID("local-" + generation.incrementAndGet())
                    .keyUse(com.nimbusds.jose.jwk.KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("RSA key generation failed", e);
        }
    }

    /** Builds one access token; every part has Okta's default and can be changed. */
    public final class TokenBuilder {
        private String audience = DEFAULT_AUDIENCE;
        private String clientId = DEFAULT_CLIENT_ID;
        private String subject = DEFAULT_CLIENT_ID;
        private List<String> scopes = List.of(DEFAULT_SCOPE);
        private Duration lifetime = Duration.ofHours(1);
        private @Nullable Instant issuedAt;
        private @Nullable String issuerOverride;
        private final Map<String, Object> extra = new LinkedHashMap<>();

        private TokenBuilder() {}

        /** {@code aud}. */
        public TokenBuilder audience(String audience) {
            this.audience = audience;
            return this;
        }

        /** {@code cid}. */
        public TokenBuilder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /** {@code sub} (Okta puts the client id there for client-credentials tokens). */
        public TokenBuilder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /** {@code scp}. */
        public TokenBuilder scopes(String... scopes) {
            this.scopes = List.of(scopes);
            return this;
        }

        /** {@code exp - iat}. */
        public TokenBuilder lifetime(Duration lifetime) {
            this.lifetime = lifetime;
            return this;
        }

        /** {@code iat} (default: the server clock's now). */
        public TokenBuilder issuedAt(Instant issuedAt) {
            this.issuedAt = issuedAt;
            return this;
        }

        /** {@code iss}, to mint a token from a foreign issuer. */
        public TokenBuilder issuer(String issuer) {
            this.issuerOverride = issuer;
            return this;
        }

        /** Any other claim. */
        public TokenBuilder claim(String name, Object value) {
            extra.put(name, value);
            return this;
        }

        /** The compact, signed token. */
        public String mint() {
            RSAKey key;
            Instant iat;
            String iss;
            synchronized (LocalAuthorizationServer.this) {
                key = keys.get(0);
                iat = issuedAt != null ? issuedAt : clock.instant();
                iss = issuerOverride != null ? issuerOverride : issuer;
            }
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .claim("ver", 1)
                    .jwtID("AT." + UUID.randomUUID().toString().replace("-", ""))
                    .issuer(iss)
                    .audience(audience)
                    .issueTime(Date.from(iat))
                    .expirationTime(Date.from(iat.plus(lifetime)))
                    .claim("cid", clientId)
                    .claim("scp", scopes)
                    .subject(subject);
            extra.forEach(claims::claim);
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims.build());
            try {
                jwt.sign(new RSASSASigner(key));
            } catch (JOSEException e) {
                throw new IllegalStateException("signing failed", e);
            }
            return jwt.serialize();
        }

        /** {@code Bearer <token>}, the Authorization header value Okta sends. */
        public String header() {
            return "Bearer " + mint();
        }
    }
}
