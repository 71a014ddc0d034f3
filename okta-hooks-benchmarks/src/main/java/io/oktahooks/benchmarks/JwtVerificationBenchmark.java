package io.oktahooks.benchmarks;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.okta.jwt.AccessTokenVerifier;
import com.okta.jwt.JwtVerifiers;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.oktahooks.auth.jwt.JwtAuthenticator;
import io.oktahooks.auth.jwt.JwtVerification;
import io.oktahooks.testkit.tokens.LocalAuthorizationServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * 2. and 3. Bearer JWT verification. First seen: every call verifies a token the verifier has not
 * seen (a pool larger than the SDK's cache), against raw nimbus and Okta's okta-jwt-verifier-java
 * (its keys served over TLS on loopback). Repeated: the same token again, which the SDK's verified-token
 * cache serves, against raw nimbus verifying it again.
 */
public class JwtVerificationBenchmark extends BenchmarkSettings {

    private static final int POOL = 4096;

    private LocalAuthorizationServer okta;
    private List<String> tokens;
    private String repeated;
    private int next;

    private JwtAuthenticator sdkFirstSeen;
    private JwtAuthenticator sdkCached;
    private DefaultJWTProcessor<SecurityContext> nimbus;
    private AccessTokenVerifier oktaVerifier;

    private HttpsServer https;
    private String issuer;

    /**
     * okta-jwt-verifier-java accepts only https issuers, so the keys are served over TLS on loopback
     * with a throw-away self-signed certificate (made with the JDK's keytool) that this JVM trusts.
     */
    private void serveKeysOverHttps() throws Exception {
        Path dir = Files.createTempDirectory("jwks-tls");
        Path keystore = dir.resolve("jwks.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "jwks",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-dname",
                        "CN=127.0.0.1",
                        "-ext",
                        "SAN=ip:127.0.0.1",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keystore.toString(),
                        "-storepass",
                        "changeit",
                        "-keypass",
                        "changeit")
                .inheritIO()
                .start();
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool failed");
        }
        System.setProperty("javax.net.ssl.trustStore", keystore.toString());
        System.setProperty("javax.net.ssl.trustStorePassword", "changeit");
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keystore)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(tls));
        byte[] jwks = okta.jwks().toString().getBytes(StandardCharsets.UTF_8);
        https.createContext("/oauth2/aushooks/v1/keys", exchange -> {
            try (exchange) {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
            }
        });
        https.start();
        issuer = "https://127.0.0.1:" + https.getAddress().getPort() + "/oauth2/aushooks";
    }

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        okta = LocalAuthorizationServer.create();
        serveKeysOverHttps();
        tokens = new ArrayList<>(POOL);
        for (int i = 0; i < POOL; i++) {
            tokens.add(okta.token().issuer(issuer).lifetime(Duration.ofHours(2)).mint());
        }
        repeated = tokens.get(0);
        sdkFirstSeen = JwtAuthenticator.builder()
                .issuer(issuer)
                .audience(LocalAuthorizationServer.DEFAULT_AUDIENCE)
                .clientIds(LocalAuthorizationServer.DEFAULT_CLIENT_ID)
                .requiredScope(LocalAuthorizationServer.DEFAULT_SCOPE)
                .keys(okta.jwks())
                .verifiedTokenCacheSize(64)
                .build();
        sdkCached = JwtAuthenticator.builder()
                .issuer(issuer)
                .audience(LocalAuthorizationServer.DEFAULT_AUDIENCE)
                .clientIds(LocalAuthorizationServer.DEFAULT_CLIENT_ID)
                .requiredScope(LocalAuthorizationServer.DEFAULT_SCOPE)
                .keys(okta.jwks())
                .build();
        nimbus = new DefaultJWTProcessor<>();
        nimbus.setJWSKeySelector(
                new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(okta.jwks())));
        nimbus.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                Set.of(LocalAuthorizationServer.DEFAULT_AUDIENCE),
                new JWTClaimsSet.Builder().issuer(issuer).build(),
                Set.of("iss", "aud", "exp", "iat", "cid", "scp"),
                null));
        oktaVerifier = JwtVerifiers.accessTokenVerifierBuilder()
                .setIssuer(issuer)
                .setAudience(LocalAuthorizationServer.DEFAULT_AUDIENCE)
                .setConnectionTimeout(Duration.ofSeconds(1))
                .build();
        oktaVerifier.decode(repeated);
        if (!(sdkFirstSeen.verify(tokens.get(1)) instanceof JwtVerification.Verified)) {
            throw new IllegalStateException("the SDK rejects the benchmark tokens");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        https.stop(0);
    }

    private String nextToken() {
        String token = tokens.get(next);
        next = (next + 1) % POOL;
        return token;
    }

    @Benchmark
    public Object firstSeenSdk() {
        return sdkFirstSeen.verify(nextToken());
    }

    @Benchmark
    public Object firstSeenNimbus() throws Exception {
        return nimbus.process(nextToken(), null);
    }

    @Benchmark
    public Object firstSeenOktaJwtVerifier() throws Exception {
        return oktaVerifier.decode(nextToken());
    }

    @Benchmark
    public Object repeatedSdk() {
        return sdkCached.verify(repeated);
    }

    @Benchmark
    public Object repeatedNimbus() throws Exception {
        return nimbus.process(repeated, null);
    }
}
