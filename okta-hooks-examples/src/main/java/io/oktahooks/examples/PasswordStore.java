package io.oktahooks.examples;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The "legacy" password store a password import hook checks against: salted PBKDF2-HMAC-SHA256
 * hashes, compared in constant time. Stands in for the database of the system being migrated.
 */
public final class PasswordStore {

    private static final int ITERATIONS = 120_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    @SuppressWarnings("ArrayRecordComponent") // private, never compared: the hash is checked with MessageDigest.isEqual
    private record Hash(byte[] salt, byte[] hash) {}

    private final Map<String, Hash> hashes = new ConcurrentHashMap<>();

    /** Stores a salted hash of the password (the password itself is not kept). */
    public PasswordStore add(String username, String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        hashes.put(username.toLowerCase(java.util.Locale.ROOT), new Hash(salt, hash(password, salt)));
        return this;
    }

    /** Whether the password matches the stored hash; false for unknown users (after the same work). */
    public boolean matches(String username, String password) {
        Hash stored = hashes.get(username == null ? "" : username.toLowerCase(java.util.Locale.ROOT));
        if (stored == null) {
            hash(password, new byte[16]);
            return false;
        }
        return MessageDigest.isEqual(stored.hash(), hash(password, stored.salt()));
    }

    private static byte[] hash(String password, byte[] salt) {
        try {
            PBEKeySpec spec =
                    new PBEKeySpec(password == null ? new char[0] : password.toCharArray(), salt, ITERATIONS, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is required by every Java platform", e);
        }
    }
}
