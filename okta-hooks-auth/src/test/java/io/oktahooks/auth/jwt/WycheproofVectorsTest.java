package io.oktahooks.auth.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import io.oktahooks.auth.AuthFailure;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.testsupport.SharedFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Wycheproof's JOSE vectors (read in place from ../shared/corpora) through the SDK verifier's
 * signature stage, in its default mode (RS256 only, key filter on): no invalid vector is accepted,
 * every valid RS256 vector is, and nothing throws.
 */
class WycheproofVectorsTest {

    private static JsonNode read(String file) {
        return HookJson.readTree(SharedFiles.bytes(SharedFiles.require("corpora/wycheproof/" + file)));
    }

    /** The group's key material as a public JWK set, or null when nimbus cannot even parse it. */
    private static JWKSet keysOf(JsonNode group) {
        JsonNode material = group.has("public") ? group.get("public") : group.get("private");
        if (material == null) {
            return new JWKSet();
        }
        try {
            if (material.has("keys")) {
                return JWKSet.parse(material.toString()).toPublicJWKSet();
            }
            JWK key = JWK.parse(material.toString());
            return new JWKSet(key.toPublicJWK() == null ? List.of() : List.of(key.toPublicJWK()));
        } catch (Exception e) {
            return null;
        }
    }

    private static JwtAuthenticator verifier(JWKSet keys) {
        return JwtAuthenticator.builder()
                .issuer("https://issuer.example/oauth2/x")
                .audience("a")
                .clientIds("0oa1")
                .keys(keys)
                .build();
    }

    private static boolean isRs256Rsa(JWKSet keys, JsonNode group) {
        JsonNode pub = group.has("public") ? group.get("public") : group.get("private");
        return pub != null
                && "RSA".equals(pub.path("kty").asText())
                && "RS256".equals(pub.path("alg").asText())
                && keys != null
                && keys.getKeys().stream().allMatch(k -> k instanceof RSAKey);
    }

    @Test
    void jwsVectorsNoInvalidOneIsAcceptedAndEveryValidRs256OneIs() throws IOException {
        JsonNode suite = read("json_web_signature_test.json");
        int invalidAccepted = 0;
        int validRs256 = 0;
        int validRs256Accepted = 0;
        Map<String, Integer> policyRejections = new TreeMap<>();
        List<String> falseAccepts = new ArrayList<>();
        for (JsonNode group : suite.get("testGroups")) {
            JWKSet keys = keysOf(group);
            JwtAuthenticator verifier = verifier(keys == null ? new JWKSet() : keys);
            for (JsonNode test : group.get("tests")) {
                String jws = test.get("jws").isTextual()
                        ? test.get("jws").textValue()
                        : test.get("jws").toString();
                AuthFailure outcome = verifier.checkSignature(jws);
                String result = test.get("result").asText();
                if (outcome == null && result.equals("invalid")) {
                    invalidAccepted++;
                    falseAccepts.add(test.get("tcId").asText() + " "
                            + test.get("comment").asText());
                }
                if (result.equals("valid") && isRs256Rsa(keys, group)) {
                    validRs256++;
                    if (outcome == null) {
                        validRs256Accepted++;
                    }
                } else if (result.equals("valid") && outcome != null) {
                    policyRejections.merge(outcome.wireValue(), 1, Integer::sum);
                }
            }
        }
        assertThat(falseAccepts).as("invalid vectors accepted").isEmpty();
        assertThat(invalidAccepted).isZero();
        assertThat(validRs256).isEqualTo(8);
        assertThat(validRs256Accepted).isEqualTo(validRs256);
        // Valid vectors outside the RS256 policy are refused by policy: other algorithms, and the two
        // HS256 vectors (372, 373) that Wycheproof calls valid although a '?' sits in a base64url
        // segment, which the strict compact-syntax check refuses on purpose.
        assertThat(policyRejections.keySet())
                .as("valid non-RS256 vectors are refused by policy only")
                .allMatch(code ->
                        code.equals("alg_not_allowed") || code.equals("unknown_kid") || code.equals("malformed_token"));
        assertThat(policyRejections.getOrDefault("malformed_token", 0)).isEqualTo(2);
    }

    @Test
    void jwkSetVectorsServedOverHttpNeverThrowAndOnlyTheRocaKeyIsAccepted() throws Exception {
        JsonNode suite = read("json_web_key_test.json");
        AtomicReference<String> body = new AtomicReference<>("{}");
        com.sun.net.httpserver.HttpServer server =
                com.sun.net.httpserver.HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        List<String> falseAccepts = new ArrayList<>();
        int escaped = 0;
        try {
            String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/x";
            for (JsonNode group : suite.get("testGroups")) {
                JsonNode material = group.has("public") ? group.get("public") : group.get("private");
                body.set(material.has("keys") ? material.toString() : "{\"keys\":[" + material + "]}");
                for (JsonNode test : group.get("tests")) {
                    try (JwtAuthenticator verifier = JwtAuthenticator.builder()
                            .issuer(issuer)
                            .audience("a")
                            .clientIds("0oa1")
                            .build()) {
                        AuthFailure outcome =
                                verifier.checkSignature(test.get("jws").asText());
                        if (outcome == null && test.get("result").asText().equals("invalid")) {
                            falseAccepts.add(test.get("comment").asText());
                        }
                    } catch (RuntimeException e) {
                        escaped++;
                    }
                }
            }
        } finally {
            server.stop(0);
        }
        assertThat(escaped).as("exceptions escaping the verifier").isZero();
        // The one documented waiver: a ROCA-vulnerable 2048-bit key is a well-formed RSA key; Okta's keys are not ROCA
        // keys.
        assertThat(falseAccepts).containsOnly("rejectsKeyWithRocaVulnerability");
    }
    /**
     * The RS256 primitive the verifier runs (nimbus' RSASSAVerifier on the JDK's RSA), fed each
     * Wycheproof PKCS#1 v1.5 / SHA-256 vector as signing input and signature: every "valid" vector
     * verifies and no "invalid" one does (an "acceptable" vector may go either way).
     */
    @Test
    void rs256PrimitiveVectorsAllAgree() throws Exception {
        JsonNode suite = read("rsa_signature_2048_sha256_test.json");
        int agreed = 0;
        int decided = 0;
        List<String> disagreements = new ArrayList<>();
        for (JsonNode group : suite.get("testGroups")) {
            RSAKey key = RSAKey.parse(group.get("keyJwk").toString());
            com.nimbusds.jose.crypto.RSASSAVerifier verifier = new com.nimbusds.jose.crypto.RSASSAVerifier(key);
            com.nimbusds.jose.JWSHeader header = new com.nimbusds.jose.JWSHeader(com.nimbusds.jose.JWSAlgorithm.RS256);
            for (JsonNode test : group.get("tests")) {
                String result = test.get("result").asText();
                boolean verified;
                try {
                    verified = verifier.verify(
                            header,
                            java.util.HexFormat.of().parseHex(test.get("msg").asText()),
                            com.nimbusds.jose.util.Base64URL.encode(java.util.HexFormat.of()
                                    .parseHex(test.get("sig").asText())));
                } catch (com.nimbusds.jose.JOSEException | RuntimeException e) {
                    verified = false;
                }
                if (result.equals("acceptable")) {
                    continue;
                }
                decided++;
                if (verified == result.equals("valid")) {
                    agreed++;
                } else {
                    disagreements.add(test.get("tcId").asText() + " " + result + " "
                            + test.get("comment").asText());
                }
            }
        }
        assertThat(disagreements)
                .as("vectors where the RS256 primitive disagrees with Wycheproof")
                .isEmpty();
        assertThat(agreed)
                .isEqualTo(decided)
                .isEqualTo(suite.get("numberOfTests").asInt() - 1);
    }
}
