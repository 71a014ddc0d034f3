package io.oktahooks.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition by polling it until a deadline, instead of sleeping for a guessed time: the
 * test goes on as soon as the condition holds, and fails with a message when it never does.
 *
 * <pre>{@code
 * Await.until(Duration.ofSeconds(10), "the rotated key is fetched",
 *         () -> jwt.verify(rotated) instanceof JwtVerification.Verified);
 * }</pre>
 */
public final class Await {

    private static final long DEFAULT_POLL_MILLIS = 20;

    private Await() {}

    /**
     * Returns as soon as {@code condition} is true; fails the test when it is still false after
     * {@code timeout}. The condition is checked once more at the deadline.
     */
    public static void until(Duration timeout, String what, BooleanSupplier condition) {
        until(timeout, Duration.ofMillis(DEFAULT_POLL_MILLIS), what, condition);
    }

    /**
     * As {@link #until(Duration, String, BooleanSupplier)}, checking the condition every {@code every}:
     * for a condition whose check has an effect, such as a verification that may refetch keys at most
     * once per rate-limit interval (poll less often than that interval, or the checks use it up).
     */
    public static void until(Duration timeout, Duration every, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline >= 0) {
                if (condition.getAsBoolean()) {
                    return;
                }
                fail("timed out after " + timeout.toMillis() + " ms waiting for: " + what);
            }
            try {
                Thread.sleep(every.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for: " + what);
            }
        }
    }
}
