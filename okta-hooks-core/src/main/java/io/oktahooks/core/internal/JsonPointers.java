package io.oktahooks.core.internal;

/**
 * RFC 6901 JSON Pointer escaping, which Okta requires in patch paths.
 *
 * <p>A claim or attribute name such as {@code https://example.com/roles} must travel as
 * {@code https:~1~1example.com~1roles}: {@code ~} becomes {@code ~0} and {@code /} becomes
 * {@code ~1}, in that order.
 */
public final class JsonPointers {

    private JsonPointers() {}

    /** Escapes one reference token (a claim, attribute or member name). */
    public static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** Reverses {@link #escape(String)}. */
    public static String unescape(String token) {
        if (token.indexOf('~') < 0) {
            return token;
        }
        return token.replace("~1", "/").replace("~0", "~");
    }
}
