package io.oktahooks.admin;

import java.util.Objects;

/**
 * The outcome of an idempotent registration: the hook as Okta now describes it, and whether it
 * was created (no hook had the name) or an existing one was replaced.
 *
 * @param hook the hook, {@link InlineHook} or {@link EventHook}
 * @param created true when the hook is new, false when an existing one was replaced
 * @param <H> the hook's type
 */
public record Registration<H>(H hook, boolean created) {

    /** Requires the hook. */
    public Registration {
        Objects.requireNonNull(hook, "hook");
    }
}
