package io.oktahooks.auth.internal;

import io.oktahooks.core.internal.Sanitize;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * SHA-256 helpers: digests for constant-time comparison and cache keys, and a short fingerprint
 * that identifies a credential in logs without revealing it.
 */
public final class Fingerprint {

    private Fingerprint() {}

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    });

    /** The SHA-256 digest of the UTF-8 bytes of a value. */
    public static byte[] sha256(String value) {
        return SHA256.get().digest(value.getBytes(StandardCharsets.UTF_8));
    }

    /** The first 8 hex characters of the value's SHA-256: enough to correlate log lines, useless to an attacker. */
    public static String of(String value) {
        return HexFormat.of().formatHex(sha256(value), 0, 4);
    }

    /**
     * Escapes and truncates untrusted text (a {@code kid}, a header name) for a log line: the SDK's
     * one escaping function, {@link Sanitize#forLog(String)} (control characters, U+0085, U+2028,
     * U+2029 and format characters become {@code \\uXXXX}; at most 64 characters are kept).
     */
    public static String sanitize(@Nullable String untrusted) {
        return Sanitize.forLog(untrusted);
    }
}
