package io.oktahooks.testkit.assertions;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookResponse;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.testkit.simulator.SimulationReport;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.Assertions;
import org.jspecify.annotations.Nullable;

/**
 * The one entry point for the testkit's AssertJ assertions:
 * <pre>{@code
 * import static io.oktahooks.testkit.assertions.HookAssertions.assertThat;
 *
 * assertThat(handler.handle(request)).addsIdTokenClaim("extPatientId", "1235").hasNoError();
 * assertThat(endpoint.handle(call)).meetsContract(request).body().addsIdTokenClaim(...);
 * assertThat(OktaSimulator.to(url).send(request)).meetsContract();
 * }</pre>
 * It extends AssertJ's {@link Assertions}, so the same static import also gives AssertJ's own
 * {@code assertThat} for strings, lists and everything else: a test needs this one import. (Do not
 * also single-import AssertJ's {@code Assertions.assertThat}: a single-type import shadows this
 * class's on-demand one.) For several checks that should all
 * be reported at once, use {@link SoftHookAssertions}.
 */
public final class HookAssertions extends Assertions {

    private HookAssertions() {}

    /** Assertions on a built response. */
    public static HookResponseAssert assertThat(@Nullable HookResponse response) {
        return new HookResponseAssert(response == null ? null : response.toJson());
    }

    /** Assertions on an endpoint's HTTP reply (status, headers, contract, body). */
    public static HttpReplyAssert assertThat(@Nullable HookHttpResponse reply) {
        return new HttpReplyAssert(reply);
    }

    /**
     * Assertions on what the {@code OktaSimulator} found against a live endpoint:
     * {@code assertThat(report).meetsContract()} or {@code .hasViolation(rule)}.
     */
    public static SimulationReportAssert assertThat(@Nullable SimulationReport report) {
        return new SimulationReportAssert(report);
    }

    /** Assertions on raw response JSON (an empty body reads as {@code {}}). */
    public static HookResponseAssert assertThatJson(byte @Nullable [] json) {
        return new HookResponseAssert(
                json == null ? null : json.length == 0 ? HookJson.newObject() : HookJson.readTree(json));
    }

    /** Assertions on raw response JSON text. */
    public static HookResponseAssert assertThatJson(@Nullable String json) {
        return assertThatJson(json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    /** Assertions on a response JSON tree. */
    public static HookResponseAssert assertThatJson(@Nullable JsonNode json) {
        return new HookResponseAssert(json);
    }
}
