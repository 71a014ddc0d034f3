package io.oktahooks.admin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Reads a service app's private key file: a PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----},
 * RSA or EC) or a private JWK (the JSON the Admin Console generates, which also names its
 * {@code kid}). Messages never quote the file's content.
 */
final class KeyFiles {

    /** Larger files are not keys. */
    private static final long MAX_BYTES = 64 * 1024;

    /** A key and its id, when the file names one. */
    record Loaded(PrivateKey key, @Nullable String keyId) {}

    private KeyFiles() {}

    static Loaded read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no key file at " + file);
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException("the key file is larger than " + MAX_BYTES + " bytes");
        }
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (text.startsWith("{")) {
            return jwk(text);
        }
        if (text.startsWith("-----BEGIN PRIVATE KEY-----")) {
            return new Loaded(pkcs8(text), null);
        }
        if (text.startsWith("-----BEGIN RSA PRIVATE KEY-----") || text.startsWith("-----BEGIN EC PRIVATE KEY-----")) {
            throw new IOException(
                    "the key is PKCS#1/SEC1 PEM; convert it to PKCS#8 with: openssl pkcs8 -topk8 -nocrypt -in KEY -out KEY.p8");
        }
        throw new IOException("the file is neither a PKCS#8 PEM private key nor a private JWK");
    }

    private static Loaded jwk(String json) throws IOException {
        try {
            JWK jwk = JWK.parse(json);
            if (!jwk.isPrivate() || !(jwk instanceof AsymmetricJWK asymmetric)) {
                throw new IOException("the JWK is not an RSA or EC private key");
            }
            return new Loaded(asymmetric.toPrivateKey(), jwk.getKeyID());
        } catch (ParseException | JOSEException e) {
            throw new IOException("the JWK cannot be read as an RSA or EC private key");
        }
    }

    private static PrivateKey pkcs8(String pem) throws IOException {
        int end = pem.indexOf("-----END PRIVATE KEY-----");
        if (end < 0) {
            throw new IOException("the PEM has no END PRIVATE KEY line");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(pem.substring("-----BEGIN PRIVATE KEY-----".length(), end));
        } catch (IllegalArgumentException e) {
            throw new IOException("the PEM body is not base64");
        }
        for (String algorithm : new String[] {"RSA", "EC"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new IOException("the PEM is not an RSA or EC PKCS#8 private key");
    }
}
