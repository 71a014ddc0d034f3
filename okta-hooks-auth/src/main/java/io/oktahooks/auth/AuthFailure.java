package io.oktahooks.auth;

import java.util.Locale;

/**
 * Why a hook call was not authenticated. Each value is either a rejection of the credential
 * (answered 401: Okta does not retry) or a temporary inability to check it (answered 503).
 * {@link #wireValue()} is the short reason used in responses and logs; it never contains the credential.
 */
public enum AuthFailure {
    /** No credential header, or an empty one. */
    MISSING_CREDENTIALS(false),
    /** The header secret does not match any configured secret. */
    BAD_CREDENTIALS(false),
    /** The credential header was sent more than once. */
    AMBIGUOUS_CREDENTIALS(false),
    /** {@code Authorization} is not {@code Bearer <token>} with exactly one space. */
    WRONG_SCHEME(false),
    /** The bearer value is longer than the configured cap (8 KiB by default). */
    TOKEN_TOO_LARGE(false),
    /** Not a compact JWS: wrong number of parts, non-base64url characters, padding, bad JSON. */
    MALFORMED_TOKEN(false),
    /** A JWE or other token kind the verifier never accepts. */
    UNSUPPORTED_TOKEN(false),
    /** {@code alg: none}. */
    UNSECURED_JWT(false),
    /** A signature algorithm outside the allow-list (RS256 by default). */
    ALG_NOT_ALLOWED(false),
    /** A {@code typ} header outside the allow-list (absent, JWT, at+jwt, application/at+jwt). */
    BAD_TYPE(false),
    /** A {@code crit} header: no critical extension is understood. */
    UNSUPPORTED_CRITICAL_HEADER(false),
    /** No trusted key has the token's {@code kid} (or the unknown-kid refresh budget is spent). */
    UNKNOWN_KID(false),
    /** The signature does not verify with the selected key. */
    BAD_SIGNATURE(false),
    /** A required claim ({@code iss}, {@code aud}, {@code exp}, {@code iat}) is missing or of the wrong type. */
    MISSING_CLAIM(false),
    /** {@code iss} is not the configured issuer. */
    BAD_ISSUER(false),
    /** {@code aud} does not contain the configured audience. */
    BAD_AUDIENCE(false),
    /** {@code cid} is not one of the allowed client ids. */
    BAD_CLIENT(false),
    /** {@code scp} lacks the required scope. */
    INSUFFICIENT_SCOPE(false),
    /** {@code exp} has passed (beyond the clock skew). */
    EXPIRED(false),
    /** {@code nbf} is in the future (beyond the clock skew). */
    NOT_YET_VALID(false),
    /** {@code iat} is in the future (beyond the clock skew). */
    ISSUED_IN_FUTURE(false),
    /** {@code exp - iat} exceeds the maximum lifetime (24 hours by default). */
    LIFETIME_TOO_LONG(false),
    /** The verifier failed unexpectedly; the call is refused (fail closed). */
    VERIFIER_ERROR(false),
    /** The signing keys cannot be fetched right now and none are cached: answered 503. */
    KEYS_UNAVAILABLE(true);

    private final boolean temporary;

    AuthFailure(boolean temporary) {
        this.temporary = temporary;
    }

    /** True when the credential could not be checked now (503), false when it was refused (401). */
    public boolean isTemporary() {
        return temporary;
    }

    /** The lower-case code, e.g. {@code bad_audience}. */
    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
