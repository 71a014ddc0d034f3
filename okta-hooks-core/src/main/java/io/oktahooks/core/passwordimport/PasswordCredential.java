package io.oktahooks.core.passwordimport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The username and clear-text password of a password import call.
 *
 * <p>{@code toString()} shows the username only. Compare passwords with
 * {@link #passwordEquals(String)} (constant time) or hash {@link #password()} with your old store's
 * algorithm; never log it.
 */
public final class PasswordCredential {

    private final String username;
    private final String password;

    PasswordCredential(String username, String password) {
        this.username = username;
        this.password = password;
    }

    /** The username as typed (empty when absent). */
    public String username() {
        return username;
    }

    /** The clear-text password (empty when absent). A secret: never log or store it. */
    public String password() {
        return password;
    }

    /** Compares the password with an expected clear-text value in constant time. */
    public boolean passwordEquals(String expected) {
        return MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8),
                expected == null ? new byte[0] : expected.getBytes(StandardCharsets.UTF_8));
    }

    /** The username; the password is redacted. */
    @Override
    public String toString() {
        return "PasswordCredential{username=" + username + ", password=(redacted)}";
    }
}
