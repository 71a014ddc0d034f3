package io.oktahooks.auth.jwt;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Remembers the outcome of the latest key fetches for {@link KeyStatus}; thread-safe. */
final class KeyStatusRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(JwtAuthenticator.class);
    private static final JWKSelector ANY_KEY = new JWKSelector(new JWKMatcher.Builder().build());

    private final Clock clock;
    private final String location;
    private final boolean recordsLocally;
    private volatile KeyStatus status = new KeyStatus(0, Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * @param location where the keys come from, for messages (never with credentials)
     * @param recordsLocally true for keys the SDK does not fetch itself (keys(...), keySource(...)):
     *     warm-up records them; a remote source's fetches are recorded as they happen
     */
    KeyStatusRecorder(Clock clock, String location, boolean recordsLocally) {
        this.clock = clock;
        this.location = location;
        this.recordsLocally = recordsLocally;
    }

    String location() {
        return location;
    }

    /** Why no key is usable now: the last failure when it is newer than the last successful fetch. */
    static String currentFailure(KeyStatus status) {
        boolean failedLast = status.lastFailure().isPresent()
                && (status.lastRefresh().isEmpty()
                        || !status.lastFailure()
                                .get()
                                .isBefore(status.lastRefresh().get()));
        return failedLast
                ? status.lastFailureReason().orElse("the fetch failed")
                : "the key set holds no RSA signing key of 2048 bits or more with a unique kid";
    }

    synchronized void fetched(List<JWK> keys) {
        KeyStatus previous = status;
        status = new KeyStatus(
                KeyFilter.filter(keys).size(),
                Optional.of(now()),
                previous.lastFailure(),
                previous.lastFailureReason());
    }

    synchronized void failed(@Nullable String reason) {
        KeyStatus previous = status;
        status = new KeyStatus(
                previous.usableKeys(), previous.lastRefresh(), Optional.of(now()), Optional.ofNullable(reason));
    }

    KeyStatus status() {
        return status;
    }

    /**
     * Asks the key source for every key (a remote source fetches through its cache and records the
     * outcome itself; a local one is recorded here) and logs what came of it.
     */
    KeyStatus warmUp(JWKSource<SecurityContext> keySource) {
        try {
            List<JWK> keys = keySource.get(ANY_KEY, null);
            if (recordsLocally) {
                fetched(keys);
            }
        } catch (KeySourceException | RuntimeException e) {
            if (recordsLocally) {
                failed(e.getClass().getSimpleName());
            }
        }
        KeyStatus now = status;
        if (now.ready()) {
            LOG.info("okta hook jwt: {} usable signing key(s) from {}", now.usableKeys(), location);
        } else {
            LOG.warn(
                    "okta hook jwt: no usable signing key from {} yet ({}); calls are answered 503 until one is fetched",
                    location,
                    currentFailure(now));
        }
        return now;
    }

    private Instant now() {
        return clock.instant();
    }
}
