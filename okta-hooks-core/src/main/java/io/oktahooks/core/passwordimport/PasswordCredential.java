package io.oktahooks.core.passwordimport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The username and clear-text password of a password import call.
 *
 * <p>{@code toString()} shows no value, like every view of a request: it names the parts present
 * only (the username is often an e-mail address, and a CR/LF in it would forge log lines). Compare
 * passwords with
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
        return MessageDigest.isEqual(
                password.getBytes(StandardCharsets.UTF_8),
                expected == null ? new byte[0] : expected.getBytes(StandardCharsets.UTF_8));
    }

    /** The parts present, e.g. {@code PasswordCredential{members=[username, password]}}; never a value. */
    @Override
    public String toString() {
        return "PasswordCredential{members=[" + (username.isEmpty() ? "" : "username")
                + (!username.isEmpty() && !password.isEmpty() ? ", " : "") + (password.isEmpty() ? "" : "password")
                + "]}";
    }
}
