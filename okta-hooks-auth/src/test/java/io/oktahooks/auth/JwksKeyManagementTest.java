package io.oktahooks.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyOperation;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import io.oktahooks.auth.jwt.JwtAuthenticator;
import io.oktahooks.auth.jwt.JwtInternals;
import io.oktahooks.auth.jwt.JwtVerification;
import io.oktahooks.testsupport.Await;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Threat model K1 to K7 (docs/threat-model.md): keys fetched over real HTTP on loopback (flood, rotation, outage, slow, poisoned). */
class JwksKeyManagementTest {

    private static JwtAuthenticator.Builder against(JwksServer server) {
        return HookAuth.jwt()
                .issuer(server.issuer())
                .audience(Tokens.AUDIENCE)
                .clientIds(Tokens.CLIENT)
                .clock(Clock.fixed(Tokens.NOW, ZoneOffset.UTC));
    }

    private static String token(RSAKey key, String jti) {
        return Tokens.sign(
                key, Tokens.header(key).build(), Tokens.claims().jwtID(jti).build());
    }

    private static String withIssuer(JwksServer server, RSAKey key) {
        return Tokens.sign(
                key,
                Tokens.header(key).build(),
                Tokens.claims()
                        .issuer(server.issuer())
                        .jwtID(UUID.randomUUID().toString())
                        .build());
    }

    @Test
    void k1AnUnknownKidFloodCostsAtMostTwoFetchesAndValidTokensStillPass() throws Exception {
        try (JwksServer server = new JwksServer(Tokens.publicKeys(Tokens.KEY));
                JwtAuthenticator jwt = against(server).build()) {
            List<String> valid = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                valid.add(withIssuer(server, Tokens.KEY));
            }
            String payload = Tokens.b64(Tokens.payloadOf(valid.get(0)));
            String signature = Tokens.signatureOf(valid.get(0));
            int unknown = 0;
            int accepted = 0;
            for (int i = 0; i < 10_000; i++) {
                String header = Tokens.b64("{\"alg\":\"RS256\",\"kid\":\"" + UUID.randomUUID() + "\"}");
                JwtVerification result = jwt.verify(header + "." + payload + "." + signature);
                if (result instanceof JwtVerification.Rejected r && r.reason() == AuthFailure.UNKNOWN_KID) {
                    unknown++;
                }
                if (i % 50 == 0 && jwt.verify(valid.get(i / 50)) instanceof JwtVerification.Verified) {
                    accepted++;
                }
            }
            assertThat(unknown).isEqualTo(10_000);
            assertThat(accepted).isEqualTo(200);
            assertThat(server.requests.get()).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void k2RotatedKeysArePickedUpAndRemovedKeysStopWorking() throws Exception {
        try (JwksServer server = new JwksServer(Tokens.publicKeys(Tokens.KEY));
                JwtAuthenticator jwt = against(server)
                        .jwksCacheTtl(Duration.ofSeconds(5))
                        .jwksRefreshTimeout(Duration.ofMillis(500))
                        .jwksRefreshAhead(Duration.ofSeconds(1))
                        .jwksRateLimit(Duration.ofMillis(200))
                        .jwksOutageTolerance(Duration.ofMinutes(1))
                        .build()) {
            String old = withIssuer(server, Tokens.KEY);
            assertThat(jwt.verify(old)).isInstanceOf(JwtVerification.Verified.class);
            assertThat(JwtInternals.cachedVerdicts(jwt)).isEqualTo(1);
            server.keys(Tokens.publicKeys(Tokens.SECOND_KEY));
            String rotated = withIssuer(server, Tokens.SECOND_KEY);
            // an unknown kid refetches at most every 200 ms: ask less often than that
            Await.until(
                    Duration.ofSeconds(10),
                    Duration.ofMillis(250),
                    "the rotated key is picked up",
                    () -> jwt.verify(rotated) instanceof JwtVerification.Verified);
            assertThat(jwt.verify(old)).isEqualTo(new JwtVerification.Rejected(AuthFailure.UNKNOWN_KID));
        }
    }

    @Test
    void k3AnOutageAfterWarmUpKeepsKnownKeysWorking() throws Exception {
        try (JwksServer server = new JwksServer(Tokens.publicKeys(Tokens.KEY));
                JwtAuthenticator jwt = against(server)
                        .jwksCacheTtl(Duration.ofSeconds(1))
                        .jwksRefreshTimeout(Duration.ofMillis(300))
                        .jwksRefreshAhead(Duration.ofMillis(200))
                        .jwksRateLimit(Duration.ofMillis(100))
                        .jwksOutageTolerance(Duration.ofMinutes(10))
                        .build()) {
            assertThat(jwt.verify(withIssuer(server, Tokens.KEY))).isInstanceOf(JwtVerification.Verified.class);
            long fetchedAt = System.nanoTime();
            int fetched = server.requests.get();
            server.mode.set(JwksServer.Mode.DOWN);
            // the cached keys are past their 1 s lifetime and a refresh has failed against the outage
            Await.until(
                    Duration.ofSeconds(10),
                    "a failed refresh after the keys' lifetime",
                    () -> server.requests.get() > fetched
                            && System.nanoTime() - fetchedAt
                                    > Duration.ofMillis(1_100).toNanos());
            for (int i = 0; i < 5; i++) {
                assertThat(jwt.verify(withIssuer(server, Tokens.KEY))).isInstanceOf(JwtVerification.Verified.class);
            }
        }
    }

    @Test
    void k3AColdStartWithTheKeysDownIs503() throws Exception {
        try (JwksServer server = new JwksServer(Tokens.publicKeys(Tokens.KEY));
                JwtAuthenticator jwt = against(server).build()) {
            server.mode.set(JwksServer.Mode.DOWN);
            assertThat(jwt.verify(withIssuer(server, Tokens.KEY)))
                    .isEqualTo(new JwtVerification.Unavailable(AuthFailure.KEYS_UNAVAILABLE));
        }
    }

    @Test
    void k4ASlowKeysEndpointIsAbandonedWellInsideOktasThreeSeconds() throws Exception {
        try (JwksServer server = new JwksServer(Tokens.publicKeys(Tokens.KEY));
                JwtAuthenticator jwt = against(server).build()) {
            server.mode.set(JwksServer.Mode.SLOW);
            long start = System.nanoTime();
            JwtVerification result = jwt.verify(withIssuer(server, Tokens.KEY));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(result).isEqualTo(new JwtVerification.Unavailable(AuthFailure.KEYS_UNAVAILABLE));
            assertThat(millis).isLessThanOrEqualTo(1_600);
        }
    }

    /** Runs a verification on another thread and waits for it at most {@code seconds}: a hung fetch fails the test. */
    private static JwtVerification within(int seconds, JwtAuthenticator jwt, String token) throws Exception {
        return CompletableFuture.supplyAsync(() -> jwt.verify(token)).get(seconds, TimeUnit.SECONDS);
    }

    @Test
    void aDrippingKeysEndpointIsCutOffAtTheDeadline() throws Exception {
        try (JwksServer server = new JwksServer(Tokens.publicKeys(Tokens.KEY));
                JwtAuthenticator jwt = against(server).build()) {
            server.mode.set(JwksServer.Mode.DRIP); // a byte every 400 ms: no single read ever times out
            assertThat(within(3, jwt, withIssuer(server, Tokens.KEY)))
                    .isEqualTo(new JwtVerification.Unavailable(AuthFailure.KEYS_UNAVAILABLE));
        }
    }

    @Test
    void aDrippingKeysEndpointLeavesTheCachedKeysServing() throws Exception {
        try (JwksServer server = new JwksServer(Tokens.publicKeys(Tokens.KEY));
                JwtAuthenticator jwt = against(server)
                        .jwksCacheTtl(Duration.ofSeconds(3))
                        .jwksRefreshTimeout(Duration.ofMillis(1500))
                        .jwksRefreshAhead(Duration.ofSeconds(1))
                        .jwksRateLimit(Duration.ofMillis(100))
                        .jwksOutageTolerance(Duration.ofMinutes(10))
                        .build()) {
            assertThat(jwt.verify(withIssuer(server, Tokens.KEY))).isInstanceOf(JwtVerification.Verified.class);
            server.mode.set(JwksServer.Mode.DRIP);
            Thread.sleep(3_200); // past the key cache's lifetime: every call now needs a refresh
            for (int i = 0; i < 3; i++) {
                assertThat(within(3, jwt, withIssuer(server, Tokens.KEY))).isInstanceOf(JwtVerification.Verified.class);
            }
        }
    }

    @Test
    void aRedirectFromTheKeysUrlIsAFailedFetch() throws Exception {
        try (JwksServer keys = new JwksServer(Tokens.publicKeys(Tokens.KEY));
                JwksServer attacker = new JwksServer(Tokens.publicKeys(Tokens.SECOND_KEY));
                JwtAuthenticator jwt = against(keys).build()) {
            keys.redirectTo.set(attacker.issuer() + "/v1/keys");
            keys.mode.set(JwksServer.Mode.REDIRECT);
            String forged = Tokens.sign(
                    Tokens.SECOND_KEY,
                    Tokens.header(Tokens.SECOND_KEY).build(),
                    Tokens.claims().issuer(keys.issuer()).build());
            assertThat(jwt.verify(forged)).isEqualTo(new JwtVerification.Unavailable(AuthFailure.KEYS_UNAVAILABLE));
            assertThat(attacker.requests.get()).isZero();
            assertThat(keys.requests.get()).isPositive();
        }
    }

    @Test
    void aKeySetOverFiftyKibibytesIsAFailedFetch() throws Exception {
        try (JwksServer server = new JwksServer(Tokens.publicKeys(Tokens.KEY));
                JwtAuthenticator jwt = against(server).build()) {
            String keys = server.body.get();
            server.body.set(keys.substring(0, keys.length() - 1) + ",\"padding\":\"" + "x".repeat(51_200) + "\"}");
            assertThat(jwt.verify(withIssuer(server, Tokens.KEY)))
                    .isEqualTo(new JwtVerification.Unavailable(AuthFailure.KEYS_UNAVAILABLE));
        }
    }

    @Test
    void k5WeakMisusedDuplicateOrPrivateKeysAreNeverUsed() throws Exception {
        RSAKey weak = new RSAKeyGenerator(1024, true).keyID("weak").generate();
        RSAKey encrypting =
                new RSAKeyGenerator(2048).keyID("enc").keyUse(KeyUse.ENCRYPTION).generate();
        RSAKey wrongOps = new RSAKeyGenerator(2048)
                .keyID("ops")
                .keyOperations(Set.of(KeyOperation.ENCRYPT))
                .generate();
        RSAKey dupA = Tokens.generate("dup");
        RSAKey dupB = Tokens.generate("dup");
        RSAKey privateOne = Tokens.generate("priv");
        List<JWK> keys = List.of(
                weak.toPublicJWK(),
                encrypting.toPublicJWK(),
                wrongOps.toPublicJWK(),
                dupA.toPublicJWK(),
                dupB.toPublicJWK(),
                privateOne,
                Tokens.KEY.toPublicJWK());
        JwtAuthenticator jwt =
                JwtVerificationMatrixTest.configured().keys(new JWKSet(keys)).build();
        for (RSAKey key : List.of(weak, encrypting, wrongOps, dupA, privateOne)) {
            JWTClaimsSet claims = Tokens.claims().build();
            String token = Tokens.sign(
                    key,
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            assertThat(jwt.verify(token))
                    .as(key.getKeyID())
                    .isEqualTo(new JwtVerification.Rejected(AuthFailure.UNKNOWN_KID));
        }
        assertThat(jwt.verify(Tokens.valid())).isInstanceOf(JwtVerification.Verified.class);
    }

    @Test
    void k6KeysComeOnlyFromAConfiguredHttpsOrLoopbackUrlOnTheIssuersHost() {
        assertThatThrownBy(() -> HookAuth.jwt()
                        .issuer("http://acme.okta.example/oauth2/default")
                        .audience("a")
                        .clientIds(Tokens.CLIENT)
                        .build())
                .hasMessageContaining("issuer must be an https URL");
        assertThatThrownBy(() -> HookAuth.jwt()
                        .issuer(Tokens.ISSUER)
                        .audience("a")
                        .clientIds(Tokens.CLIENT)
                        .jwksUri("https://evil.example/keys")
                        .build())
                .hasMessageContaining("differs from the issuer's");
        assertThat(HookAuth.jwt()
                        .issuer(Tokens.ISSUER)
                        .audience("a")
                        .clientIds(Tokens.CLIENT)
                        .jwksUri("https://keys.example/keys")
                        .allowCrossHostJwks(true)
                        .build())
                .isNotNull();
        assertThatThrownBy(() -> HookAuth.jwt()
                        .issuer(Tokens.ISSUER)
                        .audience("a")
                        .clientIds(Tokens.CLIENT)
                        .jwksUri("http://acme.okta.example/keys")
                        .build())
                .hasMessageContaining("jwksUri must be an https URL");
        assertThatThrownBy(() -> HookAuth.jwt()
                        .issuer("https://acme.okta.com")
                        .audience("a")
                        .clientIds(Tokens.CLIENT)
                        .build())
                .hasMessageContaining("org authorization server");
    }

    @Test
    void k7MalformedKeySetsNeverThrow() throws Exception {
        List<String> bodies = List.of(
                "not json",
                "{\"keys\": {}}",
                "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"k1\",\"n\":\"!!\",\"e\":\"AQAB\"}]}",
                "{\"keys\":[{\"kty\":\"oct\",\"kid\":\"k1\",\"k\":\"\"}]}",
                "[]");
        for (String body : bodies) {
            try (JwksServer server = new JwksServer(Tokens.publicKeys(Tokens.KEY))) {
                server.body.set(body);
                try (JwtAuthenticator jwt = against(server).build()) {
                    JwtVerification result = jwt.verify(withIssuer(server, Tokens.KEY));
                    assertThat(result).as(body).isNotInstanceOf(JwtVerification.Verified.class);
                }
            }
        }
    }

    @Test
    void j6KeyUrlsInTheTokenAreNeverFetched() throws Exception {
        try (JwksServer keys = new JwksServer(Tokens.publicKeys(Tokens.KEY));
                JwksServer attacker = new JwksServer(Tokens.publicKeys(Tokens.SECOND_KEY));
                JwtAuthenticator jwt = against(keys).build()) {
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .keyID("k2")
                    .jwkURL(java.net.URI.create(attacker.issuer() + "/v1/keys"))
                    .x509CertURL(java.net.URI.create(attacker.issuer() + "/cert"))
                    .build();
            String token = Tokens.sign(
                    Tokens.SECOND_KEY,
                    header,
                    Tokens.claims().issuer(keys.issuer()).build());
            assertThat(jwt.verify(token)).isEqualTo(new JwtVerification.Rejected(AuthFailure.UNKNOWN_KID));
            assertThat(attacker.requests.get()).isZero();
        }
    }
}
