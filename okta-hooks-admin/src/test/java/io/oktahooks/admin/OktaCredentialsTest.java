package io.oktahooks.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credentials come from the environment or code, are checked early, and never show a secret. */
class OktaCredentialsTest {

    @TempDir
    Path dir;

    @Test
    void anApiTokenIsSentAsSswsAndNeverShown() {
        OktaCredentials credentials = OktaCredentials.fromEnvironment(Map.of("OKTA_API_TOKEN", "00abcSecretToken"));

        assertThat(credentials.ssws()).isEqualTo("SSWS 00abcSecretToken");
        assertThat(credentials.toString()).doesNotContain("00abc").contains("API token");
    }

    @Test
    void aServiceAppReadsAPkcs8PemOrAPrivateJwk() throws Exception {
        KeyPair pair = Keys.rsa();
        Path pem = dir.resolve("key.pem");
        Files.writeString(
                pem,
                "-----BEGIN PRIVATE KEY-----\n"
                        + Base64.getMimeEncoder()
                                .encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        Path jwk = dir.resolve("key.json");
        Files.writeString(
                jwk,
                new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                        .privateKey(pair.getPrivate())
                        .keyID("kid-from-file")
                        .build()
                        .toJSONString());

        OktaCredentials fromPem = OktaCredentials.fromEnvironment(Map.of(
                "OKTA_CLIENT_ID",
                "0oaService",
                "OKTA_PRIVATE_KEY_FILE",
                pem.toString(),
                "OKTA_PRIVATE_KEY_ID",
                "kid-1"));
        OktaCredentials fromJwk = OktaCredentials.fromEnvironment(
                Map.of("OKTA_CLIENT_ID", "0oaService", "OKTA_PRIVATE_KEY_FILE", jwk.toString()));

        assertThat(fromPem).hasToString("OktaCredentials[private_key_jwt, client 0oaService, kid kid-1]");
        assertThat(fromJwk).hasToString("OktaCredentials[private_key_jwt, client 0oaService, kid kid-from-file]");
        assertThat(fromJwk.oauth()).isTrue();
    }

    @Test
    void missingAmbiguousOrUnusableCredentialsAreNamedWithoutSecrets() throws Exception {
        Path pkcs1 = dir.resolve("rsa.pem");
        Files.writeString(pkcs1, "-----BEGIN RSA PRIVATE KEY-----\nTOPSECRET\n-----END RSA PRIVATE KEY-----\n");
        Path garbage = dir.resolve("garbage.json");
        Files.writeString(garbage, "{\"kty\":\"RSA\",\"n\":\"TOPSECRET\"}", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> OktaCredentials.fromEnvironment(Map.of())).hasMessageContaining("no Okta credentials");
        assertThatThrownBy(
                        () -> OktaCredentials.fromEnvironment(Map.of("OKTA_API_TOKEN", "t0k", "OKTA_CLIENT_ID", "x")))
                .hasMessageContaining("set one kind")
                .hasMessageNotContaining("t0k");
        assertThatThrownBy(() -> OktaCredentials.fromEnvironment(Map.of("OKTA_CLIENT_ID", "x")))
                .hasMessageContaining("needs both");
        assertThatThrownBy(() -> OktaCredentials.fromEnvironment(
                        Map.of("OKTA_CLIENT_ID", "x", "OKTA_PRIVATE_KEY_FILE", pkcs1.toString())))
                .hasMessageContaining("openssl pkcs8")
                .hasMessageNotContaining("TOPSECRET");
        assertThatThrownBy(() -> OktaCredentials.fromEnvironment(
                        Map.of("OKTA_CLIENT_ID", "x", "OKTA_PRIVATE_KEY_FILE", garbage.toString())))
                .hasMessageContaining("cannot be read as an RSA or EC private key")
                .hasMessageNotContaining("TOPSECRET");
        assertThatThrownBy(() -> OktaCredentials.fromEnvironment(Map.of(
                        "OKTA_CLIENT_ID",
                        "x",
                        "OKTA_PRIVATE_KEY_FILE",
                        dir.resolve("absent").toString())))
                .hasMessageContaining("no key file");
        assertThatThrownBy(() -> OktaCredentials.apiToken("has space")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weakOrUnsupportedKeysAreRefused() throws Exception {
        KeyPairGenerator small = KeyPairGenerator.getInstance("RSA");
        small.initialize(1024);

        assertThatThrownBy(() -> OktaCredentials.privateKeyJwt(
                        "0oa", small.generateKeyPair().getPrivate(), null))
                .hasMessageContaining("use 2048 or more");
        assertThat(OktaCredentials.algorithm(Keys.ec().getPrivate()).getName()).isEqualTo("ES256");
    }
}
