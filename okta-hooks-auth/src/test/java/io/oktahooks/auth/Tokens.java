package io.oktahooks.auth;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

/** Mints Okta-shaped access tokens for the auth tests (the testkit has the public equivalent). */
public final class Tokens {

    public static final String ISSUER = "https://acme.okta.example/oauth2/aushooks";
    public static final String AUDIENCE = "api://hooks";
    public static final String CLIENT = "0oahookclient";
    public static final String SCOPE = "okta.hooks";
    public static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    public static final RSAKey KEY = generate("k1");
    public static final RSAKey OTHER_KEY_SAME_KID = generate("k1");
    public static final RSAKey SECOND_KEY = generate("k2");

    private Tokens() {}

    public static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static JWKSet publicKeys(RSAKey... keys) {
        return new JWKSet(java.util.Arrays.stream(keys)
                .map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK())
                .toList());
    }

    /** Okta access-token claims, valid at {@link #NOW}, for one hour. */
    public static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(CLIENT)
                .claim("cid", CLIENT)
                .claim("scp", List.of(SCOPE))
                .claim("ver", 1)
                .jwtID("AT.test")
                .issueTime(Date.from(NOW.minusSeconds(60)))
                .expirationTime(Date.from(NOW.plusSeconds(3540)));
    }

    @SuppressWarnings("deprecation") // the weak-key signer is needed to mint 1024-bit test tokens
    public static String sign(RSAKey key, JWSHeader header, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(key.toPrivateKey(), true));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String valid() {
        return sign(KEY, header(KEY).build(), claims().build());
    }

    public static String with(Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder builder = claims();
        change.accept(builder);
        return sign(KEY, header(KEY).build(), builder.build());
    }

    public static JWSHeader.Builder header(RSAKey key) {
        return new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT);
    }

    /** A token from raw header and payload JSON and a raw signature segment. */
    public static String raw(String headerJson, String payloadJson, String signature) {
        return b64(headerJson) + "." + b64(payloadJson) + "." + signature;
    }

    public static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    public static String signatureOf(String token) {
        return token.substring(token.lastIndexOf('.') + 1);
    }

    public static String payloadOf(String token) {
        String[] parts = token.split("\\.");
        return new Base64URL(parts[1]).decodeToString();
    }
}
