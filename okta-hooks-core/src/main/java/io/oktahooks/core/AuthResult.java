package io.oktahooks.core;

import java.util.Objects;

/**
 * The outcome of authenticating a hook call. Three outcomes, because they need three different
 * HTTP answers: the caller is Okta (go on), the caller is not (401, Okta does not retry), or the
 * SDK cannot tell right now, for example because the signing keys are unreachable (503).
 */
public sealed interface AuthResult {

    /** The caller proved it is Okta. */
    static AuthResult accepted(String principal) {
        return new Accepted(principal);
    }

    /** The credential is missing or wrong; {@code reason} is a short code such as {@code bad_credentials}. */
    static AuthResult rejected(String reason, String challenge) {
        return new Rejected(reason, challenge);
    }

    /** The credential cannot be checked now; {@code reason} is a short code such as {@code keys_unavailable}. */
    static AuthResult unavailable(String reason) {
        return new Unavailable(reason);
    }

    /**
     * The caller is Okta.
     *
     * @param principal who authenticated, for logs (a client id or "header-secret"; never a secret)
     */
    record Accepted(String principal) implements AuthResult {
        /** Requires a principal. */
        public Accepted {
            Objects.requireNonNull(principal, "principal");
        }
    }

    /**
     * Refused: HTTP 401.
     *
     * @param reason a short machine-readable code, e.g. {@code missing_credentials}, {@code expired}
     * @param challenge the {@code WWW-Authenticate} value to send, or null
     */
    record Rejected(String reason, String challenge) implements AuthResult {
        /** Requires a reason. */
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Cannot verify right now: HTTP 503.
     *
     * @param reason a short machine-readable code, e.g. {@code keys_unavailable}
     */
    record Unavailable(String reason) implements AuthResult {
        /** Requires a reason. */
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
