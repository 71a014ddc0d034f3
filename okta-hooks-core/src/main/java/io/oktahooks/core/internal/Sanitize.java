package io.oktahooks.core.internal;

import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The one escaping function for untrusted text (a request's {@code eventId}, an event's
 * {@code uuid}, a {@code kid}) on its way into a log line, a {@code HookCall} or a message.
 *
 * <p>Why: a value from the request body that reaches a log line raw can forge lines (a CR/LF
 * followed by {@code ERROR HookEndpoint - ...}), or hide or reorder text with Unicode line
 * separators and bidirectional controls. Every such value goes through {@link #forLog(String)}.
 *
 * <p>Internal: not part of the SDK's API.
 */
public final class Sanitize {

    /** Longest part of a value kept; longer values end in {@code ...}. */
    public static final int MAX_LENGTH = 64;

    private static final HexFormat HEX = HexFormat.of();

    private Sanitize() {}

    /**
     * Makes untrusted text safe for one log line: each control character (C0, DEL and C1, so CR,
     * LF, TAB and U+0085 too), line and paragraph separator (U+2028, U+2029), format character
     * (bidirectional controls, zero-width characters), lone surrogate and the backslash itself is
     * written as {@code \\uXXXX}; at most {@value #MAX_LENGTH} characters are kept, then {@code ...}.
     *
     * @param untrusted the value, may be null
     * @return the escaped value, {@code -} for null
     */
    public static String forLog(@Nullable String untrusted) {
        return forLog(untrusted, MAX_LENGTH);
    }

    /**
     * {@link #forLog(String)} keeping up to {@code maxLength} characters: for the SDK's own
     * messages, which may quote names from the handler's code (a claim name, a path) at length, and
     * for longer untrusted texts shown to a person (an {@code errorSummary} from Okta's Management API).
     */
    public static String forLog(@Nullable String untrusted, int maxLength) {
        if (untrusted == null) {
            return "-";
        }
        int limit = Math.min(untrusted.length(), maxLength);
        if (limit == untrusted.length() && printableAscii(untrusted)) {
            return untrusted; // the common case (an event id, a header name): nothing to escape or cut
        }
        StringBuilder out = new StringBuilder(limit + 8);
        int i = 0;
        while (i < limit) {
            int codePoint = untrusted.codePointAt(i); // a lone surrogate comes back as itself
            int end = i + Character.charCount(codePoint);
            if (escaped(codePoint)) {
                for (int k = i; k < end; k++) {
                    out.append("\\u").append(HEX.toHexDigits(untrusted.charAt(k)));
                }
            } else {
                out.appendCodePoint(codePoint);
            }
            i = end;
        }
        return i < untrusted.length() ? out.append("...").toString() : out.toString();
    }

    /** Only ASCII from space to tilde, without a backslash: what {@link #escaped} never changes. */
    private static boolean printableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c > '~' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static boolean escaped(int codePoint) {
        int type = Character.getType(codePoint);
        return codePoint == '\\'
                || type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE;
    }

    /** {@link #forLog(String)} in single quotes, with the quote escaped too; {@code null} for null. */
    public static String quote(String text) {
        if (text == null) {
            return "null";
        }
        return "'" + forLog(text).replace("'", "\\u0027") + "'";
    }
}
