package io.oktahooks.testkit;

import static io.oktahooks.testkit.assertions.HookAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.core.InvalidResponseException.Rule;
import io.oktahooks.testkit.assertions.SoftHookAssertions;
import io.oktahooks.testkit.simulator.ContractViolation;
import io.oktahooks.testkit.simulator.SimulationReport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** assertThat(SimulationReport) makes a test of a live endpoint one line: meetsContract() or hasViolation(rule). */
class SimulationReportAssertionsTest {

    private static SimulationReport report(int status, List<ContractViolation> violations) {
        return new SimulationReport(
                HookType.TOKEN,
                "POST",
                "http://127.0.0.1:1/hooks/token",
                Map.of(),
                new byte[0],
                new HookHttpResponse(status, Map.of(), new byte[0]),
                Duration.ofMillis(12),
                violations);
    }

    private final SimulationReport passed = report(204, List.of());
    private final SimulationReport notMinted = report(
            200,
            List.of(new ContractViolation("token-not-minted", "/commands/0/value/0: this request mints no ID token")));

    @Test
    void aReportWithoutViolationsMeetsTheContract() {
        assertThat(passed).meetsContract().hasReply().hasStatus(204);
    }

    @Test
    void aReportWithViolationsFailsMeetsContractListingThem() {
        assertThatThrownBy(() -> assertThat(notMinted).meetsContract())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Okta's token hook contract")
                .hasMessageContaining("[token-not-minted] /commands/0/value/0");
    }

    @Test
    void hasViolationTakesTheRuleOrItsCode() {
        assertThat(notMinted).hasViolation(Rule.TOKEN_NOT_MINTED).hasViolation("token-not-minted");
        assertThatThrownBy(() -> assertThat(notMinted).hasViolation(Rule.CLAIM_NOT_PRESENT))
                .hasMessageContaining(
                        "Expected a violation of claim-not-present but the violations were [token-not-minted]");
    }

    @Test
    void softAssertionsCoverReports() {
        assertThatThrownBy(() -> SoftHookAssertions.assertSoftly(softly -> {
                    softly.assertThat(notMinted).meetsContract();
                    softly.assertThat(passed).hasViolation("status");
                }))
                .hasMessageContaining("token-not-minted")
                .hasMessageContaining("Expected a violation of status");
    }

    @Test
    void aTimedOutReportHasNoReplyToAssertOn() {
        SimulationReport timedOut = new SimulationReport(
                HookType.TOKEN,
                "POST",
                "http://x",
                Map.of(),
                new byte[0],
                null,
                Duration.ofSeconds(3),
                List.of(new ContractViolation("timeout", "no reply")));
        assertThat(timedOut).hasViolation("timeout");
        assertThatThrownBy(() -> assertThat(timedOut).hasReply()).hasMessageContaining("none arrived");
    }
}
