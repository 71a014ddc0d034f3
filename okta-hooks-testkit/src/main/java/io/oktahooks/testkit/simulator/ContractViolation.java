package io.oktahooks.testkit.simulator;

import java.util.Objects;

/**
 * One way a hook service's reply breaks Okta's contract.
 *
 * @param rule a short stable code, e.g. {@code status}, {@code command-type}, {@code reserved-claim}
 * @param message what is wrong and what Okta does about it
 */
public record ContractViolation(String rule, String message) {

    /** Requires both parts. */
    public ContractViolation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return "[" + rule + "] " + message;
    }
}
