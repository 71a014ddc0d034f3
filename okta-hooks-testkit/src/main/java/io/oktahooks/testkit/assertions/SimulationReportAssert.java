package io.oktahooks.testkit.assertions;

import io.oktahooks.core.InvalidResponseException;
import io.oktahooks.testkit.simulator.ContractViolation;
import io.oktahooks.testkit.simulator.SimulationReport;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions on what the {@code OktaSimulator} found when it played Okta against a live
 * endpoint, so such a test is one line:
 * <pre>{@code
 * assertThat(OktaSimulator.to(url).send(HookType.TOKEN, Fixture.TOKEN_CLIENT_CREDENTIALS.bytes())).meetsContract();
 * assertThat(report).hasViolation(InvalidResponseException.Rule.TOKEN_NOT_MINTED);
 * }</pre>
 */
public class SimulationReportAssert extends AbstractAssert<SimulationReportAssert, SimulationReport> {

    /** @param actual the simulator's report */
    public SimulationReportAssert(@Nullable SimulationReport actual) {
        super(actual, SimulationReportAssert.class);
    }

    /** The reply arrived within Okta's 3 seconds and meets Okta's contract for the request sent. */
    public SimulationReportAssert meetsContract() {
        isNotNull();
        if (!actual.passed()) {
            failWithMessage(
                    "Expected the reply to meet Okta's %s contract but:%n  %s%nreply: %s",
                    actual.type().displayName(),
                    String.join(
                            "\n  ",
                            actual.violations().stream()
                                    .map(ContractViolation::toString)
                                    .toList()),
                    shownReply());
        }
        return myself;
    }

    /** The report has at least one violation with this code (e.g. {@code status}, {@code timeout}, {@code token-not-minted}). */
    public SimulationReportAssert hasViolation(String rule) {
        isNotNull();
        if (actual.violations(rule).isEmpty()) {
            List<String> found =
                    actual.violations().stream().map(ContractViolation::rule).toList();
            failWithMessage(
                    "Expected a violation of %s but the violations were %s%nreply: %s", rule, found, shownReply());
        }
        return myself;
    }

    /** The report has at least one violation of this command rule (see {@link ContractViolation#code}). */
    public SimulationReportAssert hasViolation(InvalidResponseException.Rule rule) {
        return hasViolation(ContractViolation.code(rule));
    }

    /** Assertions on the reply (fails when none arrived within Okta's timeout). */
    public HttpReplyAssert hasReply() {
        isNotNull();
        if (actual.reply() == null) {
            failWithMessage(
                    "Expected a reply but none arrived within Okta's timeout (%s ms)",
                    actual.elapsed().toMillis());
        }
        return new HttpReplyAssert(actual.reply());
    }

    private String shownReply() {
        return actual.reply() == null
                ? "none within Okta's timeout"
                : "status " + actual.reply().status() + ", body "
                        + actual.reply().bodyText();
    }
}
