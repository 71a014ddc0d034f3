package io.oktahooks.testkit.assertions;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.HookResponse;
import org.assertj.core.api.AbstractSoftAssertions;

/**
 * Soft flavour of {@link HookAssertions}: collects every failure and reports them together.
 * <pre>{@code
 * SoftHookAssertions.assertSoftly(softly -> {
 *     softly.assertThat(response).addsIdTokenClaim("a", 1);
 *     softly.assertThat(response).hasNoError();
 * });
 * }</pre>
 */
public class SoftHookAssertions extends AbstractSoftAssertions {

    /** Soft assertions on a built response. */
    public HookResponseAssert assertThat(HookResponse response) {
        return proxy(HookResponseAssert.class, JsonNode.class, response == null ? null : response.toJson());
    }

    /** Soft assertions on response JSON. */
    public HookResponseAssert assertThatJson(JsonNode json) {
        return proxy(HookResponseAssert.class, JsonNode.class, json);
    }

    /** Runs the assertions and reports every failure at the end. */
    public static void assertSoftly(java.util.function.Consumer<SoftHookAssertions> assertions) {
        SoftHookAssertions softly = new SoftHookAssertions();
        assertions.accept(softly);
        softly.assertAll();
    }
}
