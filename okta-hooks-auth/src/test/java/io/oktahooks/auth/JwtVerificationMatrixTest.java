package io.oktahooks.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import io.oktahooks.auth.jwt.JwtAuthenticator;
import io.oktahooks.auth.jwt.JwtVerification;
import io.oktahooks.core.AuthResult;
import io.oktahooks.core.HookHeaders;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Threat model J1 to J19 (docs/threat-model.md): every bearer-token attack is refused with its reason code. */
class JwtVerificationMatrixTest {

    private static final ECKey EC_KEY = ecKey();

    private static ECKey ecKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID("ec1").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JwtAuthenticator.Builder configured() {
        return HookAuth.jwt()
                .issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .clientIds(Tokens.CLIENT)
                .requiredScope(Tokens.SCOPE)
                .keys(new JWKSet(
                        List.of(Tokens.KEY.toPublicJWK(), Tokens.SECOND_KEY.toPublicJWK(), (JWK) EC_KEY.toPublicJWK())))
                .clock(Clock.fixed(Tokens.NOW, ZoneOffset.UTC));
    }

    private final JwtAuthenticator jwt = configured().build();

    private AuthFailure reason(String token) {
        JwtVerification result = jwt.verify(token);
        assertThat(result).as("verification of a bad token").isInstanceOf(JwtVerification.Rejected.class);
        return ((JwtVerification.Rejected) result).reason();
    }

    private AuthFailure reasonAt(Instant now, String token) {
        JwtVerification result =
                configured().clock(Clock.fixed(now, ZoneOffset.UTC)).build().verify(token);
        return result instanceof JwtVerification.Rejected r ? r.reason() : null;
    }

    @Test
    void aValidOktaAccessTokenIsAccepted() {
        JwtVerification result = jwt.verify(Tokens.valid());
        assertThat(result).isInstanceOfSatisfying(JwtVerification.Verified.class, v -> {
            assertThat(v.clientId()).isEqualTo(Tokens.CLIENT);
            assertThat(v.scopes()).containsExactly(Tokens.SCOPE);
            assertThat(v.issuer()).isEqualTo(Tokens.ISSUER);
        });
        AuthResult viaHeader = jwt.authenticate(HookHeaders.of("Authorization", "Bearer " + Tokens.valid()));
        assertThat(viaHeader).isEqualTo(AuthResult.accepted(Tokens.CLIENT));
    }

    @Test
    void j1UnsecuredTokensAreRefused() {
        String claims = Tokens.payloadOf(Tokens.valid());
        assertThat(reason(Tokens.raw("{\"alg\":\"none\"}", claims, ""))).isEqualTo(AuthFailure.UNSECURED_JWT);
        assertThat(reason(Tokens.raw("{\"alg\":\"none\"}", claims, Tokens.signatureOf(Tokens.valid()))))
                .isEqualTo(AuthFailure.MALFORMED_TOKEN);
        assertThat(reason(Tokens.raw("{\"alg\":\"NONE\",\"kid\":\"k1\"}", claims, Tokens.signatureOf(Tokens.valid()))))
                .isEqualTo(AuthFailure.ALG_NOT_ALLOWED);
    }

    @Test
    void j2RsaPublicKeyUsedAsHmacSecretIsRefused() throws Exception {
        byte[] der = Tokens.KEY.toRSAPublicKey().getEncoded();
        byte[] pem = ("-----BEGIN PUBLIC KEY-----\n"
                        + java.util.Base64.getMimeEncoder().encodeToString(der) + "\n-----END PUBLIC KEY-----\n")
                .getBytes();
        byte[] modulus = Tokens.KEY.getModulus().decode();
        for (byte[] secret : List.of(der, pem, modulus)) {
            SignedJWT forged = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(),
                    Tokens.claims().build());
            forged.sign(new MACSigner(secret));
            assertThat(reason(forged.serialize())).isEqualTo(AuthFailure.ALG_NOT_ALLOWED);
        }
    }

    @Test
    void j3OtherAlgorithmsAreRefusedUnlessConfigured() throws Exception {
        for (JWSAlgorithm alg : List.of(JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.PS256)) {
            SignedJWT token = new SignedJWT(
                    new JWSHeader.Builder(alg).keyID("k1").build(),
                    Tokens.claims().build());
            token.sign(new RSASSASigner(Tokens.KEY));
            assertThat(reason(token.serialize())).as(alg.getName()).isEqualTo(AuthFailure.ALG_NOT_ALLOWED);
        }
        SignedJWT es = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("ec1").build(),
                Tokens.claims().build());
        es.sign(new ECDSASigner(EC_KEY));
        assertThat(reason(es.serialize())).isEqualTo(AuthFailure.ALG_NOT_ALLOWED);
    }

    @Test
    void j4ForgedOrTamperedSignaturesAreRefused() {
        String valid = Tokens.valid();
        String[] parts = valid.split("\\.");
        String tamperedPayload = Tokens.b64(Tokens.payloadOf(valid).replace(Tokens.SCOPE, "okta.admin"));
        assertThat(reason(parts[0] + "." + tamperedPayload + "." + parts[2])).isEqualTo(AuthFailure.BAD_SIGNATURE);
        assertThat(reason(Tokens.sign(
                        Tokens.OTHER_KEY_SAME_KID,
                        Tokens.header(Tokens.KEY).build(),
                        Tokens.claims().build())))
                .isEqualTo(AuthFailure.BAD_SIGNATURE);
        assertThat(reason(valid.substring(0, valid.length() - 1)))
                .isIn(AuthFailure.BAD_SIGNATURE, AuthFailure.MALFORMED_TOKEN);
        assertThat(reason(valid + "==")).isEqualTo(AuthFailure.MALFORMED_TOKEN);
    }

    @Test
    void j5InjectedKidsAreUnknown() {
        for (String kid : List.of("../../dev/null", "' OR 1=1--", "k".repeat(5_000), "k1\r\nINFO fake log line")) {
            String token = Tokens.sign(
                    Tokens.KEY,
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(),
                    Tokens.claims().build());
            if (token.length() <= 8192) {
                assertThat(reason(token))
                        .as(kid.substring(0, Math.min(10, kid.length())))
                        .isEqualTo(AuthFailure.UNKNOWN_KID);
            } else {
                assertThat(reason(token)).isEqualTo(AuthFailure.TOKEN_TOO_LARGE);
            }
        }
    }

    @Test
    void j6j7KeysNamedOrEmbeddedByTheTokenAreIgnored() throws Exception {
        var attacker = Tokens.generate("attacker");
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID("attacker")
                .jwkURL(URI.create("http://127.0.0.1:9/keys"))
                .x509CertURL(URI.create("http://127.0.0.1:9/cert"))
                .jwk(attacker.toPublicJWK())
                .build();
        assertThat(reason(Tokens.sign(attacker, header, Tokens.claims().build())))
                .isEqualTo(AuthFailure.UNKNOWN_KID);
        JWSHeader sameKid = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID("k1")
                .jwk(attacker.toPublicJWK())
                .build();
        assertThat(reason(Tokens.sign(attacker, sameKid, Tokens.claims().build())))
                .isEqualTo(AuthFailure.BAD_SIGNATURE);
    }

    @Test
    void j8CriticalHeadersAreRefused() {
        String claims = Tokens.payloadOf(Tokens.valid());
        for (String crit : List.of("[\"exp\"]", "[\"x-custom\"]", "[\"b64\"]")) {
            String header = "{\"alg\":\"RS256\",\"kid\":\"k1\",\"crit\":" + crit
                    + (crit.contains("b64") ? ",\"b64\":false" : ",\"x-custom\":1,\"exp\":1") + "}";
            String unsigned = Tokens.b64(header) + "." + Tokens.b64(claims);
            assertThat(reason(unsigned + "." + signRaw(unsigned)))
                    .as(crit)
                    .isEqualTo(AuthFailure.UNSUPPORTED_CRITICAL_HEADER);
        }
    }

    private static String signRaw(String signingInput) {
        try {
            java.security.Signature s = java.security.Signature.getInstance("SHA256withRSA");
            s.initSign(Tokens.KEY.toRSAPrivateKey());
            s.update(signingInput.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return Base64URL.encode(s.sign()).toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void j9DuplicateNamesAreMalformed() {
        String claims = Tokens.payloadOf(Tokens.valid());
        String dupHeader = Tokens.b64("{\"alg\":\"RS256\",\"kid\":\"k1\",\"alg\":\"none\"}") + "." + Tokens.b64(claims);
        assertThat(reason(dupHeader + "." + signRaw(dupHeader))).isEqualTo(AuthFailure.MALFORMED_TOKEN);
        String dupClaims = Tokens.b64("{\"alg\":\"RS256\",\"kid\":\"k1\"}") + "."
                + Tokens.b64(claims.replaceFirst("\\{", "{\"iss\":\"https://evil.example\","));
        assertThat(reason(dupClaims + "." + signRaw(dupClaims))).isEqualTo(AuthFailure.MALFORMED_TOKEN);
    }

    @Test
    void j10NonCanonicalEncodingsAreMalformed() {
        String valid = Tokens.valid();
        String[] parts = valid.split("\\.");
        assertThat(reason(parts[0] + "." + parts[1] + " ." + parts[2])).isEqualTo(AuthFailure.MALFORMED_TOKEN);
        assertThat(reason(parts[0] + "=." + parts[1] + "." + parts[2])).isEqualTo(AuthFailure.MALFORMED_TOKEN);
        assertThat(reason(parts[0].replace('-', '+').replace('_', '/') + "x." + parts[1] + "." + parts[2]))
                .isEqualTo(AuthFailure.MALFORMED_TOKEN);
        String sig = parts[2];
        char last = sig.charAt(sig.length() - 1);
        char sibling = (char) (last ^ 1);
        if (Character.isLetterOrDigit(sibling)) {
            assertThat(reason(parts[0] + "." + parts[1] + "." + sig.substring(0, sig.length() - 1) + sibling))
                    .isIn(AuthFailure.MALFORMED_TOKEN, AuthFailure.BAD_SIGNATURE);
        }
    }

    @Test
    void j11AudienceClientAndScopeArePinned() {
        assertThat(reason(Tokens.with(c -> c.audience("api://other")))).isEqualTo(AuthFailure.BAD_AUDIENCE);
        assertThat(jwt.verify(Tokens.with(c -> c.audience(List.of("api://other", Tokens.AUDIENCE)))))
                .isInstanceOf(JwtVerification.Verified.class);
        assertThat(reason(Tokens.with(c -> c.claim("cid", "0oaotherclient")))).isEqualTo(AuthFailure.BAD_CLIENT);
        assertThat(reason(Tokens.with(c -> c.claim("cid", null)))).isEqualTo(AuthFailure.BAD_CLIENT);
        assertThat(reason(Tokens.with(c -> c.claim("scp", List.of("openid")))))
                .isEqualTo(AuthFailure.INSUFFICIENT_SCOPE);
        assertThat(reason(Tokens.with(c -> c.claim("scp", null)))).isEqualTo(AuthFailure.INSUFFICIENT_SCOPE);
        assertThat(jwt.verify(Tokens.with(c -> c.claim("scp", "openid " + Tokens.SCOPE))))
                .isInstanceOf(JwtVerification.Verified.class);
    }

    @Test
    void j12IdTokensAndOtherTokenTypesAreRefused() {
        String idToken =
                Tokens.with(c -> c.audience(Tokens.CLIENT).claim("scp", null).jwtID("ID.x"));
        assertThat(reason(idToken)).isEqualTo(AuthFailure.BAD_AUDIENCE);
        for (String typ : List.of("dpop+jwt", "logout+jwt", "secevent+jwt")) {
            String token = Tokens.sign(
                    Tokens.KEY,
                    Tokens.header(Tokens.KEY).type(new JOSEObjectType(typ)).build(),
                    Tokens.claims().build());
            assertThat(reason(token)).as(typ).isEqualTo(AuthFailure.BAD_TYPE);
        }
        for (String typ : List.of("at+jwt", "application/at+jwt")) {
            String token = Tokens.sign(
                    Tokens.KEY,
                    Tokens.header(Tokens.KEY).type(new JOSEObjectType(typ)).build(),
                    Tokens.claims().build());
            assertThat(jwt.verify(token)).as(typ).isInstanceOf(JwtVerification.Verified.class);
        }
        String untyped = Tokens.sign(
                Tokens.KEY,
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(),
                Tokens.claims().build());
        assertThat(jwt.verify(untyped)).isInstanceOf(JwtVerification.Verified.class);
    }

    @Test
    void j13TheIssuerMustMatchExactlyButForOneTrailingSlash() {
        assertThat(jwt.verify(Tokens.with(c -> c.issuer(Tokens.ISSUER + "/"))))
                .isInstanceOf(JwtVerification.Verified.class);
        for (String iss : List.of(
                Tokens.ISSUER.toUpperCase(),
                Tokens.ISSUER + "/extra",
                Tokens.ISSUER + "//",
                "https://acme.okta.example",
                Tokens.ISSUER.replace("https", "http"))) {
            assertThat(reason(Tokens.with(c -> c.issuer(iss)))).as(iss).isEqualTo(AuthFailure.BAD_ISSUER);
        }
        assertThat(reason(Tokens.with(c -> c.issuer(null)))).isEqualTo(AuthFailure.MISSING_CLAIM);
    }

    @Test
    void j14TimeRulesUseTheSkew() {
        String token = Tokens.with(
                c -> c.issueTime(Date.from(Tokens.NOW.minusSeconds(600))).expirationTime(Date.from(Tokens.NOW)));
        assertThat(reasonAt(Tokens.NOW.plusSeconds(61), token)).isEqualTo(AuthFailure.EXPIRED);
        assertThat(reasonAt(Tokens.NOW.plusSeconds(59), token)).isNull();
        assertThat(reason(Tokens.with(c -> c.notBeforeTime(Date.from(Tokens.NOW.plusSeconds(300))))))
                .isEqualTo(AuthFailure.NOT_YET_VALID);
        assertThat(reason(Tokens.with(c -> c.issueTime(Date.from(Tokens.NOW.plusSeconds(3600)))
                        .expirationTime(Date.from(Tokens.NOW.plusSeconds(7200))))))
                .isEqualTo(AuthFailure.ISSUED_IN_FUTURE);
        assertThat(reason(Tokens.with(c -> c.expirationTime(Date.from(Tokens.NOW.plusSeconds(2 * 86_400))))))
                .isEqualTo(AuthFailure.LIFETIME_TOO_LONG);
        assertThat(reason(Tokens.with(c -> c.expirationTime(null)))).isEqualTo(AuthFailure.MISSING_CLAIM);
        assertThat(reason(Tokens.with(c -> c.issueTime(null)))).isEqualTo(AuthFailure.MISSING_CLAIM);
        assertThat(reason(Tokens.with(c -> c.claim("exp", "tomorrow"))))
                .isIn(AuthFailure.MISSING_CLAIM, AuthFailure.MALFORMED_TOKEN);
    }

    @Test
    void j15HugeTokensAreRefusedBeforeParsing() {
        long start = System.nanoTime();
        assertThat(reason("a".repeat(16 * 1024))).isEqualTo(AuthFailure.TOKEN_TOO_LARGE);
        assertThat(System.nanoTime() - start).isLessThan(50_000_000L);
        assertThat(reason(Tokens.with(c -> c.claim("blob", "x".repeat(1_000_000)))))
                .isEqualTo(AuthFailure.TOKEN_TOO_LARGE);
    }

    @Test
    void j16DeepNestingInClaimsIsRefusedCleanly() {
        String header = Tokens.b64("{\"alg\":\"RS256\",\"kid\":\"k1\"}");
        String payload = Tokens.b64("{\"a\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}");
        JwtVerification result = jwt.verify(header + "." + payload + "." + signRaw(header + "." + payload));
        assertThat(result).isInstanceOf(JwtVerification.Rejected.class);
    }

    @Test
    void j17EncryptedAndJsonSerializedTokensAreUnsupported() {
        assertThat(reason("eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d")).isEqualTo(AuthFailure.UNSUPPORTED_TOKEN);
        assertThat(reason("{\"payload\":\"x\",\"signatures\":[]}")).isEqualTo(AuthFailure.MALFORMED_TOKEN);
    }

    @Test
    void j18BearerSyntaxIsStrict() {
        String token = Tokens.valid();
        assertThat(rejected(HookHeaders.of("Authorization", "Bearer"))).isEqualTo("wrong_scheme");
        assertThat(rejected(HookHeaders.of("Authorization", "Bearer  " + token)))
                .isEqualTo("wrong_scheme");
        assertThat(rejected(HookHeaders.of("Authorization", "Token " + token))).isEqualTo("wrong_scheme");
        assertThat(rejected(HookHeaders.of("Authorization", "Bearer " + token, "Authorization", "Bearer " + token)))
                .isEqualTo("ambiguous_credentials");
        assertThat(rejected(HookHeaders.of())).isEqualTo("missing_credentials");
        assertThat(jwt.authenticate(HookHeaders.of("authorization", "bearer " + token)))
                .isInstanceOf(AuthResult.Accepted.class);
        for (String bad : List.of("", " ", "foo", "foo.bar.fail", "..", ".")) {
            assertThat(jwt.verify(bad)).as("'" + bad + "'").isInstanceOf(JwtVerification.Rejected.class);
        }
    }

    private String rejected(HookHeaders headers) {
        AuthResult result = jwt.authenticate(headers);
        assertThat(result).isInstanceOf(AuthResult.Rejected.class);
        assertThat(((AuthResult.Rejected) result).challenge()).isEqualTo(JwtAuthenticator.CHALLENGE);
        return ((AuthResult.Rejected) result).reason();
    }

    @Test
    void j19ModesDoNotFallBackToEachOther() {
        assertThat(rejected(HookHeaders.of("Authorization", "Basic YWRtaW46c3VwZXJzZWNyZXQ=")))
                .isEqualTo("wrong_scheme");
        assertThat(HookAuth.basic("admin", "supersecret")
                        .authenticate(HookHeaders.of("Authorization", "Bearer " + Tokens.valid())))
                .isInstanceOf(AuthResult.Rejected.class);
        var either = HookAuth.anyOf(HookAuth.basic("admin", "supersecret"), jwt);
        assertThat(either.authenticate(HookHeaders.of("Authorization", "Bearer " + Tokens.valid())))
                .isInstanceOf(AuthResult.Accepted.class);
        assertThat(either.authenticate(HookHeaders.of("Authorization", "Basic YWRtaW46c3VwZXJzZWNyZXQ=")))
                .isInstanceOf(AuthResult.Accepted.class);
        assertThat(either.authenticate(HookHeaders.of("Authorization", "Basic d3Jvbmc=")))
                .isInstanceOf(AuthResult.Rejected.class);
    }
}
