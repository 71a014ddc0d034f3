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
        return appendEscaped(new StringBuilder(token.length() + 8), token).toString();
    }

    /** Appends one reference token, escaped ({@code ~} as {@code ~0}, {@code /} as {@code ~1}), in one pass. */
    public static StringBuilder appendEscaped(StringBuilder out, String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '~') {
                out.append("~0");
            } else if (c == '/') {
                out.append("~1");
            } else {
                out.append(c);
            }
        }
        return out;
    }

    /** Reverses {@link #escape(String)}. */
    public static String unescape(String token) {
        if (token.indexOf('~') < 0) {
            return token;
        }
        return token.replace("~1", "/").replace("~0", "~");
    }
}
