package io.oktahooks.core.internal;

/**
 * Makes caller-supplied text safe to put in a log line or message: quoted, escaped, truncated.
 * Internal: not part of the SDK's API.
 */
public final class Sanitize {

    private static final int MAX = 64;

    private Sanitize() {
    }

    /** The text quoted, with control and quote characters escaped, cut at 64 characters. */
    public static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("'");
        int limit = Math.min(text.length(), MAX);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\'' || c == '\\') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (text.length() > MAX) {
            out.append("...");
        }
        return out.append('\'').toString();
    }
}
