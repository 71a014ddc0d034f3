package io.oktahooks.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock a test moves by hand: it reads the instant it was given, in UTC, until the test
 * {@linkplain #advance(Duration) advances} or {@linkplain #set(Instant) sets} it. Thread-safe, so
 * code under test may read it from its own threads.
 */
public final class MutableClock extends Clock {

    private volatile Instant now;

    /** A clock that reads {@code start} until it is moved. */
    public MutableClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    /** Moves the clock forward (or back, for a negative duration). */
    public synchronized void advance(Duration duration) {
        now = now.plus(Objects.requireNonNull(duration, "duration"));
    }

    /** Sets the instant the clock reads. */
    public synchronized void set(Instant instant) {
        now = Objects.requireNonNull(instant, "instant");
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same clock: the zone does not change the instant, which is all the SDK reads. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
