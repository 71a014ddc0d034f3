package io.oktahooks.testkit;

import static io.oktahooks.testkit.assertions.HookAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.testkit.assertions.SoftHookAssertions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The testkit's entry points behave like AssertJ's own: one static import serves SDK and standard types. */
class AssertJEntryPointsTest {

    @Test
    void theSdkEntryPointAlsoGivesAssertJsOwnAssertThat() {
        // Only HookAssertions.assertThat is imported: strings and lists still resolve to AssertJ's assertions.
        assertThat("token hook").startsWith("token");
        assertThat(List.of(1, 2)).hasSize(2);
        assertThat(HookResponse.empty(HookType.TOKEN)).isEmptyResponse();
    }

    @Test
    void softAssertionsCoverHttpRepliesAndReportEveryFailure() {
        HookHttpResponse reply = new HookHttpResponse(401, Map.of("WWW-Authenticate", "Basic"), new byte[0]);
        assertThatThrownBy(() -> SoftHookAssertions.assertSoftly(softly -> {
                    softly.assertThat(reply).hasStatus(200);
                    softly.assertThat("abc").hasSize(2);
                }))
                .hasMessageContaining("Expected status 200 but was 401")
                .hasMessageContaining("abc");
    }

    @Test
    void softAssertionsPassWhenEverythingHolds() {
        HookHttpResponse reply = new HookHttpResponse(204, Map.of(), new byte[0]);
        SoftHookAssertions.assertSoftly(softly -> {
            softly.assertThat(reply).hasStatus(204).meetsContract(HookType.TOKEN);
            softly.assertThat(HookResponse.empty(HookType.TOKEN)).isEmptyResponse();
        });
    }
}
