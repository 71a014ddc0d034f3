package io.oktahooks.core.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The SDK's one builder convention, in code: setters only record, and {@code build()} checks the
 * final state, collects every broken field and rule, and reports them all in one exception. Not API.
 */
public final class BuildProblems {

    private final String what;
    private final List<String> problems = new ArrayList<>();

    /** @param what the thing being built, e.g. {@code "HookEndpoint"} or {@code "JWT authentication"} */
    public BuildProblems(String what) {
        this.what = what;
    }

    /** Records {@code problem} unless {@code ok}. */
    public BuildProblems check(boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
        return this;
    }

    /** Records a problem. */
    public BuildProblems add(String problem) {
        problems.add(problem);
        return this;
    }

    /** Whether nothing was recorded so far. */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /**
     * Throws when anything was recorded.
     *
     * @throws IllegalStateException naming every problem, in the order found
     */
    public void throwIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        throw new IllegalStateException(what + " is misconfigured: " + String.join("; ", problems));
    }
}
