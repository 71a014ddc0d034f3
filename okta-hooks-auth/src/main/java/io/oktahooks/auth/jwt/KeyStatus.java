package io.oktahooks.auth.jwt;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link JwtAuthenticator} knows of its signing keys right now, for a health check or a
 * start-up log: how many usable keys it holds, when it last fetched them and when (and why) a
 * fetch last failed. Reading it never fetches anything.
 *
 * @param usableKeys the keys fit to verify Okta's signatures from the last successful fetch (RSA,
 *     2048 bits or more, for signing, with a unique {@code kid}); 0 before the first fetch
 * @param lastRefresh when the keys were last fetched successfully, if ever
 * @param lastFailure when a fetch last failed, if ever
 * @param lastFailureReason why that fetch failed (no key material, no URL credentials), if it did
 */
public record KeyStatus(int usableKeys, Optional<Instant> lastRefresh, Optional<Instant> lastFailure,
        Optional<String> lastFailureReason) {

    /** Requires every part; a count is never negative. */
    public KeyStatus {
        if (usableKeys < 0) {
            throw new IllegalArgumentException("usableKeys must not be negative");
        }
        Objects.requireNonNull(lastRefresh, "lastRefresh");
        Objects.requireNonNull(lastFailure, "lastFailure");
        Objects.requireNonNull(lastFailureReason, "lastFailureReason");
    }

    /** Whether tokens can be verified now: at least one usable key is held. */
    public boolean ready() {
        return usableKeys > 0;
    }
}
