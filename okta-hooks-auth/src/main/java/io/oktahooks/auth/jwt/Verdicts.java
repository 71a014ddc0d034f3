package io.oktahooks.auth.jwt;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import io.oktahooks.auth.AuthFailure;
import io.oktahooks.auth.internal.Fingerprint;
import io.oktahooks.core.HookHeaders;
import java.text.ParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the bearer token from the headers and turns every way verification can fail into its verdict. */
final class Verdicts {

    private static final Logger LOG = LoggerFactory.getLogger(JwtAuthenticator.class);

    private Verdicts() {}

    /** The token of exactly one well-formed {@code Authorization: Bearer ...} header, else null. */
    static @Nullable String bearerToken(HookHeaders headers) {
        List<String> values = headers.all("Authorization");
        if (values == null || values.size() != 1) {
            return null;
        }
        String value = values.get(0) == null ? "" : values.get(0);
        if (value.isBlank()
                || value.length() < 8
                || !value.regionMatches(true, 0, "Bearer ", 0, 7)
                || value.charAt(7) == ' ') {
            return null;
        }
        return value.substring(7);
    }

    /** Why {@link #bearerToken(HookHeaders)} found no token. */
    static JwtVerification missingOrMalformedBearer(HookHeaders headers) {
        List<String> values = headers.all("Authorization");
        if (values == null || values.isEmpty()) {
            return new JwtVerification.Rejected(AuthFailure.MISSING_CREDENTIALS);
        }
        if (values.size() > 1) {
            return new JwtVerification.Rejected(AuthFailure.AMBIGUOUS_CREDENTIALS);
        }
        String value = values.get(0) == null ? "" : values.get(0);
        return new JwtVerification.Rejected(
                value.isBlank() ? AuthFailure.MISSING_CREDENTIALS : AuthFailure.WRONG_SCHEME);
    }

    /** Maps what the stages, the parser or the key source threw to the reason reported. */
    static JwtVerification classify(Exception e, @Nullable String kid, String token) {
        if (e instanceof Rejection rejection) {
            return reject(rejection.reason(), kid, token);
        }
        if (e instanceof ParseException) {
            return reject(AuthFailure.MALFORMED_TOKEN, kid, token);
        }
        if (e instanceof UnknownKeyException) {
            return reject(AuthFailure.UNKNOWN_KID, kid, token);
        }
        if (e instanceof KeySourceException) {
            LOG.warn(
                    "okta hook jwt: signing keys unavailable ({}); token {} kid={} answered 503",
                    e.getClass().getSimpleName(),
                    Fingerprint.of(token),
                    Fingerprint.sanitize(kid));
            return new JwtVerification.Unavailable(AuthFailure.KEYS_UNAVAILABLE);
        }
        if (e instanceof BadJOSEException) {
            // BadJWSException: the signature does not verify with the selected trusted key.
            return reject(AuthFailure.BAD_SIGNATURE, kid, token);
        }
        LOG.warn(
                "okta hook jwt: verifier failed with {}; token {} refused (fail closed)",
                e.getClass().getName(),
                Fingerprint.of(token));
        return new JwtVerification.Rejected(AuthFailure.VERIFIER_ERROR);
    }

    static JwtVerification reject(AuthFailure reason, @Nullable String kid, @Nullable String token) {
        if (LOG.isDebugEnabled()) {
            LOG.debug(
                    "okta hook jwt: rejected {} kid={} token={}",
                    reason.wireValue(),
                    Fingerprint.sanitize(kid),
                    token == null ? "-" : Fingerprint.of(token));
        }
        return new JwtVerification.Rejected(reason);
    }
}
