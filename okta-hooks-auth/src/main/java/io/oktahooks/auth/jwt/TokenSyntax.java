package io.oktahooks.auth.jwt;

import io.oktahooks.auth.AuthFailure;
import java.util.Base64;

/**
 * The strict checks nimbus does not make, done before any parsing: compact JWS syntax with
 * exactly three base64url segments (header non-empty; an empty payload is a valid JWS, though never a JWT), no padding or whitespace, and canonical encodings
 * (decoding and re-encoding yields the same text), so no second spelling of a signed token exists.
 */
final class TokenSyntax {

    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private TokenSyntax() {
    }

    /** Null when the token is a well-formed compact JWS, else the reason. */
    static AuthFailure check(String token) {
        int dots = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '.') {
                dots++;
            } else if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return AuthFailure.MALFORMED_TOKEN;
            }
        }
        if (dots == 4) {
            return AuthFailure.UNSUPPORTED_TOKEN;
        }
        if (dots != 2) {
            return AuthFailure.MALFORMED_TOKEN;
        }
        int first = token.indexOf('.');
        int second = token.indexOf('.', first + 1);
        String header = token.substring(0, first);
        String payload = token.substring(first + 1, second);
        String signature = token.substring(second + 1);
        if (header.isEmpty()) {
            return AuthFailure.MALFORMED_TOKEN;
        }
        if (signature.isEmpty()) {
            return null; // alg none; classified by the header check that follows
        }
        return canonical(header) && canonical(payload) && canonical(signature) ? null : AuthFailure.MALFORMED_TOKEN;
    }

    private static boolean canonical(String segment) {
        if (segment.length() % 4 == 1) {
            return false;
        }
        try {
            return ENCODER.encodeToString(DECODER.decode(segment)).equals(segment);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
