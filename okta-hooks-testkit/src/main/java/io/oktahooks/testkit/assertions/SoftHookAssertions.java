package io.oktahooks.testkit.assertions;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookResponse;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.testkit.simulator.SimulationReport;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.StandardSoftAssertionsProvider;
import org.jspecify.annotations.Nullable;

/**
 * Soft flavour of {@link HookAssertions}: collects every failure and reports them together. It
 * covers built responses, HTTP replies and raw JSON, and, like AssertJ's {@code SoftAssertions},
 * every standard type ({@code softly.assertThat("text")}).
 * <pre>{@code
 * SoftHookAssertions.assertSoftly(softly -> {
 *     softly.assertThat(response).addsIdTokenClaim("a", 1);
 *     softly.assertThat(reply).hasStatus(200).meetsContract(HookType.TOKEN);
 * });
 * }</pre>
 */
public class SoftHookAssertions extends AbstractSoftAssertions implements StandardSoftAssertionsProvider {

    /** Soft assertions on an endpoint's HTTP reply (status, headers, contract). */
    public HttpReplyAssert assertThat(@Nullable HookHttpResponse reply) {
        return proxy(HttpReplyAssert.class, HookHttpResponse.class, reply);
    }

    /** Soft assertions on a built response. */
    public HookResponseAssert assertThat(@Nullable HookResponse response) {
        return proxy(HookResponseAssert.class, JsonNode.class, response == null ? null : response.toJson());
    }

    /** Soft assertions on what the {@code OktaSimulator} found against a live endpoint. */
    public SimulationReportAssert assertThat(@Nullable SimulationReport report) {
        return proxy(SimulationReportAssert.class, SimulationReport.class, report);
    }

    /** Soft assertions on response JSON. */
    public HookResponseAssert assertThatJson(@Nullable JsonNode json) {
        return proxy(HookResponseAssert.class, JsonNode.class, json);
    }

    /** Soft assertions on raw response JSON (an empty body reads as {@code {}}). */
    public HookResponseAssert assertThatJson(byte @Nullable [] json) {
        return assertThatJson(json == null ? null : json.length == 0 ? HookJson.newObject() : HookJson.readTree(json));
    }

    /** Soft assertions on raw response JSON text. */
    public HookResponseAssert assertThatJson(@Nullable String json) {
        return assertThatJson(json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Soft assertions on an HTTP reply's body as a hook response. Use this rather than
     * {@code assertThat(reply).body()}: AssertJ keeps only the assertions it creates itself soft,
     * so what follows {@code body()} fails at once.
     */
    public HookResponseAssert assertThatBody(@Nullable HookHttpResponse reply) {
        return assertThatJson(reply == null ? null : reply.body());
    }

    /** Runs the assertions and reports every failure at the end. */
    public static void assertSoftly(java.util.function.Consumer<SoftHookAssertions> assertions) {
        SoftHookAssertions softly = new SoftHookAssertions();
        assertions.accept(softly);
        softly.assertAll();
    }
}
