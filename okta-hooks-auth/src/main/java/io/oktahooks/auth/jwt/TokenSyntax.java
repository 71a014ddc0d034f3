package io.oktahooks.auth.jwt;

import io.oktahooks.auth.AuthFailure;
import org.jspecify.annotations.Nullable;

/**
 * The strict checks nimbus does not make, done before any parsing: compact JWS syntax with
 * exactly three base64url segments (header non-empty; an empty payload is a valid JWS, though
 * never a JWT), no padding or whitespace, and canonical encodings (decoding and re-encoding yields
 * the same text), so no second spelling of a signed token exists.
 */
final class TokenSyntax {

    /** Characters whose low four bits are zero: the only valid last characters of a 2-character tail. */
    private static final String TAIL2_LAST = "AQgw";
    /** Characters whose low two bits are zero: the only valid last characters of a 3-character tail. */
    private static final String TAIL3_LAST = "AEIMQUYcgkosw048";

    private TokenSyntax() {}

    /** Null when the token is a well-formed compact JWS, else the reason. */
    static @Nullable AuthFailure check(String token) {
        int dots = 0;
        int first = -1;
        int second = -1;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '.') {
                if (dots == 0) {
                    first = i;
                } else {
                    second = i; // the last dot; it is the second when there are exactly two
                }
                dots++;
            } else if (!((c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_')) {
                return AuthFailure.MALFORMED_TOKEN;
            }
        }
        if (dots == 4) {
            return AuthFailure.UNSUPPORTED_TOKEN;
        }
        if (dots != 2 || first == 0) {
            return AuthFailure.MALFORMED_TOKEN; // not three segments, or an empty header
        }
        return canonical(token, 0, first)
                        && canonical(token, first + 1, second)
                        && canonical(token, second + 1, token.length())
                ? null
                : AuthFailure.MALFORMED_TOKEN;
    }

    /** Whether the whole segment decodes and re-encodes to the same text. */
    static boolean canonical(String segment) {
        return canonical(segment, 0, segment.length());
    }

    /**
     * Whether {@code text[start, end)} decodes and re-encodes to the same text (no substring is
     * made). The characters are already known to be base64url, so only the length and the unused
     * low bits of the last character matter (a 2-character tail carries 4 unused bits, a
     * 3-character tail 2).
     */
    static boolean canonical(String text, int start, int end) {
        int tail = (end - start) % 4;
        if (tail == 0) {
            return true;
        }
        char last = text.charAt(end - 1);
        return switch (tail) {
            case 2 -> TAIL2_LAST.indexOf(last) >= 0;
            case 3 -> TAIL3_LAST.indexOf(last) >= 0;
            default -> false; // one character cannot carry a byte
        };
    }
}
