package io.oktahooks.auth.jwt;

import io.oktahooks.auth.AuthFailure;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of verifying one bearer token: {@link Verified}, {@link Rejected} (HTTP 401) or
 * {@link Unavailable} (HTTP 503: the keys cannot be fetched now). Never holds the token itself.
 */
public sealed interface JwtVerification {

    /**
     * The token is a valid access token for this hook.
     *
     * @param issuer {@code iss}
     * @param subject {@code sub}, may be null
     * @param clientId {@code cid}, may be null when {@code anyClient()} opted out of client pinning
     * @param scopes {@code scp}
     * @param issuedAt {@code iat}
     * @param expiresAt {@code exp}
     */
    record Verified(
            String issuer,
            @Nullable String subject,
            @Nullable String clientId,
            List<String> scopes,
            Instant issuedAt,
            Instant expiresAt)
            implements JwtVerification {
        /** Copies the scopes. */
        public Verified {
            scopes = List.copyOf(scopes);
        }
    }

    /**
     * The token is refused.
     *
     * @param reason why, never containing the token
     */
    record Rejected(AuthFailure reason) implements JwtVerification {
        /** Requires a rejection reason. */
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            if (reason.isTemporary()) {
                throw new IllegalArgumentException(reason + " is temporary; use Unavailable");
            }
        }
    }

    /**
     * The token cannot be checked right now.
     *
     * @param reason why, e.g. {@link AuthFailure#KEYS_UNAVAILABLE}
     */
    record Unavailable(AuthFailure reason) implements JwtVerification {
        /** Requires a reason. */
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
