package io.oktahooks.testkit.simulator;

import io.oktahooks.core.InvalidResponseException;
import java.util.Locale;
import java.util.Objects;

/**
 * One way a hook service's reply breaks Okta's contract.
 *
 * @param rule a short stable code: {@code status}, {@code json}, {@code size}, ... (see
 *     {@link ResponseContract}), or for a broken command rule {@link #code(InvalidResponseException.Rule)}
 *     of it, e.g. {@code reserved-claim}, {@code token-not-minted}
 * @param message what is wrong and what Okta does about it
 */
public record ContractViolation(String rule, String message) {

    /** Requires both parts. */
    public ContractViolation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The code of a command rule, the SDK's rule name in lower case with dashes: e.g.
     * {@code TOKEN_NOT_MINTED} is {@code token-not-minted}. One name for a rule, whether the SDK's
     * builder refused it or the contract check found it in a reply.
     */
    public static String code(InvalidResponseException.Rule rule) {
        return rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return "[" + rule + "] " + message;
    }
}
