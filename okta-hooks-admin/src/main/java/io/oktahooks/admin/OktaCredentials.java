package io.oktahooks.admin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How the client proves itself to Okta's Management API: an API token ({@code Authorization: SSWS
 * ...}), or an OAuth 2.0 service app that signs a client assertion with its private key
 * ({@code private_key_jwt}, client credentials grant at the org authorization server) and calls with
 * the scoped access token it gets ({@code okta.inlineHooks.manage} for inline hooks,
 * {@code okta.eventHooks.manage} for event hooks; each requested only when needed).
 *
 * <p>Secrets are read from the environment or code, never from command-line arguments, and are
 * never shown: {@link #toString()} names the kind and client only.
 */
public final class OktaCredentials {

    /** The environment variable holding an API token. */
    public static final String API_TOKEN = "OKTA_API_TOKEN";
    /** The environment variable holding the service app's client id. */
    public static final String CLIENT_ID = "OKTA_CLIENT_ID";
    /** The environment variable naming the service app's private key file (PKCS#8 PEM or a private JWK). */
    public static final String PRIVATE_KEY_FILE = "OKTA_PRIVATE_KEY_FILE";
    /** The environment variable holding the key's id ({@code kid}), when the key file does not name it. */
    public static final String PRIVATE_KEY_ID = "OKTA_PRIVATE_KEY_ID";

    /** How long a client assertion is valid (Okta accepts at most one hour). */
    static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(5);

    private final @Nullable String apiToken;
    private final @Nullable String clientId;
    private final @Nullable PrivateKey key;
    private final @Nullable String keyId;

    private OktaCredentials(
            @Nullable String apiToken, @Nullable String clientId, @Nullable PrivateKey key, @Nullable String keyId) {
        this.apiToken = apiToken;
        this.clientId = clientId;
        this.key = key;
        this.keyId = keyId;
    }

    /**
     * An API token (Admin Console: Security, API, Tokens), sent as {@code Authorization: SSWS
     * <token>}. It acts with the rights of the admin who created it.
     */
    public static OktaCredentials apiToken(String token) {
        Objects.requireNonNull(token, "token");
        if (token.isBlank() || token.chars().anyMatch(c -> c <= ' ' || c >= 127)) {
            throw new IllegalArgumentException("the API token must be non-blank printable ASCII without spaces");
        }
        return new OktaCredentials(token, null, null, null);
    }

    /**
     * An OAuth 2.0 service app with {@code private_key_jwt} client authentication: RSA (signed
     * RS256, at least 2048 bits) or EC (ES256, ES384 or ES512 by curve) private key, whose public
     * key is registered with the app.
     *
     * @param keyId the key's {@code kid} as registered with the app, or null to send none
     */
    public static OktaCredentials privateKeyJwt(String clientId, PrivateKey key, @Nullable String keyId) {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(key, "key");
        if (clientId.isBlank() || clientId.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the client id must be non-blank, without control characters");
        }
        algorithm(key);
        return new OktaCredentials(null, clientId, key, keyId);
    }

    /**
     * Credentials from the environment: {@value #API_TOKEN}, or {@value #CLIENT_ID} with
     * {@value #PRIVATE_KEY_FILE} (and {@value #PRIVATE_KEY_ID} when the file does not name its key).
     *
     * @param env the environment, e.g. {@code System.getenv()}
     * @throws IllegalArgumentException when neither or both kinds are set, or the key file cannot be
     *     used (the message names the variable, never a secret)
     */
    public static OktaCredentials fromEnvironment(Map<String, String> env) {
        String token = blankToNull(env.get(API_TOKEN));
        String clientId = blankToNull(env.get(CLIENT_ID));
        String keyFile = blankToNull(env.get(PRIVATE_KEY_FILE));
        if (token != null && (clientId != null || keyFile != null)) {
            throw new IllegalArgumentException("both " + API_TOKEN + " and " + CLIENT_ID + "/" + PRIVATE_KEY_FILE
                    + " are set; set one kind of Okta credentials");
        }
        if (token != null) {
            return apiToken(token);
        }
        if (clientId == null && keyFile == null) {
            throw new IllegalArgumentException("no Okta credentials: set " + API_TOKEN + " (an API token), or "
                    + CLIENT_ID + " and " + PRIVATE_KEY_FILE + " (an OAuth 2.0 service app with private_key_jwt)");
        }
        if (clientId == null || keyFile == null) {
            throw new IllegalArgumentException(
                    "an OAuth 2.0 service app needs both " + CLIENT_ID + " and " + PRIVATE_KEY_FILE);
        }
        KeyFiles.Loaded loaded;
        try {
            loaded = KeyFiles.read(Path.of(keyFile));
        } catch (IOException e) {
            throw new IllegalArgumentException(PRIVATE_KEY_FILE + ": " + e.getMessage());
        }
        String keyId = blankToNull(env.get(PRIVATE_KEY_ID));
        return privateKeyJwt(clientId, loaded.key(), keyId != null ? keyId : loaded.keyId());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The signing algorithm for a key, refusing keys Okta or the SDK will not use. */
    static JWSAlgorithm algorithm(PrivateKey key) {
        if (key instanceof RSAPrivateKey rsa) {
            if (rsa.getModulus().bitLength() < 2048) {
                throw new IllegalArgumentException(
                        "the RSA key has " + rsa.getModulus().bitLength() + " bits; use 2048 or more");
            }
            return JWSAlgorithm.RS256;
        }
        if (key instanceof ECPrivateKey ec) {
            return switch (ec.getParams().getCurve().getField().getFieldSize()) {
                case 256 -> JWSAlgorithm.ES256;
                case 384 -> JWSAlgorithm.ES384;
                case 521 -> JWSAlgorithm.ES512;
                default ->
                    throw new IllegalArgumentException(
                            "the EC key is on an unsupported curve; use P-256, P-384 or P-521");
            };
        }
        throw new IllegalArgumentException("the private key must be RSA or EC, not " + key.getAlgorithm());
    }

    /** Whether these are OAuth 2.0 service app credentials (else an API token). */
    boolean oauth() {
        return apiToken == null;
    }

    /** The {@code Authorization} value for an API token. */
    String ssws() {
        return "SSWS " + apiToken;
    }

    @Nullable
    String clientId() {
        return clientId;
    }

    /** A fresh client assertion for the token endpoint {@code audience}: iss = sub = client id, a random jti. */
    String clientAssertion(String audience, Instant now) {
        JWSAlgorithm algorithm = algorithm(Objects.requireNonNull(key, "key"));
        JWSHeader header = new JWSHeader.Builder(algorithm).keyID(keyId).build();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(clientId)
                .subject(clientId)
                .audience(audience)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ASSERTION_LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            JWSSigner signer =
                    key instanceof RSAPrivateKey rsa ? new RSASSASigner(rsa) : new ECDSASigner((ECPrivateKey) key);
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(
                    "the client assertion could not be signed with the " + algorithm + " key", e);
        }
        return jwt.serialize();
    }

    /** Names the kind (and client); never a secret. */
    @Override
    public String toString() {
        return oauth()
                ? "OktaCredentials[private_key_jwt, client " + clientId + (keyId == null ? "" : ", kid " + keyId) + "]"
                : "OktaCredentials[API token, hidden]";
    }
}
