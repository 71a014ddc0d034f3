package io.oktahooks.auth.jwt;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link JwtAuthenticator} knows of its signing keys right now, for a health check or a
 * start-up log: how many usable keys it held at its last successful fetch, when that was, and when
 * (and why) a fetch last failed. Reading it never fetches anything. Keys given with
 * {@code keys(...)} are counted when the verifier is built; a custom {@code keySource(...)} is
 * counted by {@code warmUp()}. Cached keys keep serving through an outage for the configured
 * tolerance (6 h by default), so a recent {@code lastFailure} with {@code ready()} true means
 * "degraded, still verifying".
 *
 * @param usableKeys the keys fit to verify Okta's signatures from the last successful fetch (RSA,
 *     2048 bits or more, for signing, with a unique {@code kid}); 0 before the first fetch
 * @param lastRefresh when the keys were last fetched successfully, if ever
 * @param lastFailure when a fetch last failed, if ever
 * @param lastFailureReason why that fetch failed (no key material, no URL credentials), if it did
 */
public record KeyStatus(
        int usableKeys,
        Optional<Instant> lastRefresh,
        Optional<Instant> lastFailure,
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

    /** Whether at least one usable key was held at the last successful fetch. */
    public boolean ready() {
        return usableKeys > 0;
    }
}
