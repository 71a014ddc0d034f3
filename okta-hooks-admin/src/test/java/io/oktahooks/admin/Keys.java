package io.oktahooks.admin;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.spec.ECGenParameterSpec;

/** Test keys, generated once per JVM. */
public final class Keys {

    private static KeyPair rsa;
    private static KeyPair ec;

    private Keys() {}

    /** A 2048-bit RSA key pair. */
    public static synchronized KeyPair rsa() throws NoSuchAlgorithmException {
        if (rsa == null) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            rsa = generator.generateKeyPair();
        }
        return rsa;
    }

    /** A P-256 EC key pair. */
    public static synchronized KeyPair ec() throws Exception {
        if (ec == null) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            ec = generator.generateKeyPair();
        }
        return ec;
    }
}
