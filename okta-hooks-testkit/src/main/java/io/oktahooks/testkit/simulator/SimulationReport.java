package io.oktahooks.testkit.simulator;

import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What happened when the simulator played Okta against an endpoint: the call sent, the reply
 * (absent on timeout), how long it took, and every contract violation found.
 *
 * @param type the hook type simulated
 * @param method {@code POST}, or {@code GET} for the event hook verification
 * @param url where the call went
 * @param requestHeaders the headers sent (credential values redacted)
 * @param requestBody the body sent (empty for the verification GET)
 * @param reply the reply, or null when none arrived within Okta's timeout
 * @param elapsed time until the reply (or the timeout)
 * @param violations contract violations; empty when the reply meets the contract
 */
@SuppressWarnings("ArrayRecordComponent") // requestBody() returns a copy
public record SimulationReport(
        HookType type,
        String method,
        String url,
        Map<String, String> requestHeaders,
        byte[] requestBody,
        @Nullable HookHttpResponse reply,
        Duration elapsed,
        List<ContractViolation> violations) {

    /** Copies the collections. */
    public SimulationReport {
        requestHeaders = Map.copyOf(requestHeaders);
        requestBody = requestBody.clone();
        violations = List.copyOf(violations);
    }

    /** True when the reply arrived in time and meets Okta's contract. */
    public boolean passed() {
        return violations.isEmpty();
    }

    /** The violations of one rule code (e.g. {@code status}, {@code reserved-claim}). */
    public List<ContractViolation> violations(String rule) {
        return violations.stream().filter(v -> v.rule().equals(rule)).toList();
    }

    @Override
    public byte[] requestBody() {
        return requestBody.clone();
    }

    @Override
    public String toString() {
        return "SimulationReport{" + method + " " + url + " -> " + (reply == null ? "no reply" : reply.status())
                + " in " + elapsed.toMillis() + " ms, violations=" + violations + "}";
    }
}
