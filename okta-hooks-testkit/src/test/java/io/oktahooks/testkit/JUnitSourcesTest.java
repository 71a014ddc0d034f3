package io.oktahooks.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.HookRequest;
import io.oktahooks.core.HookType;
import io.oktahooks.core.telephony.TelephonyRequest;
import io.oktahooks.core.token.TokenRequest;
import io.oktahooks.testkit.fixtures.Fixture;
import io.oktahooks.testkit.junit.HookFixtureSource;
import io.oktahooks.testkit.junit.HookJsonSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Parameterized tests receive typed requests from fixtures and from the user's own JSON files. */
class JUnitSourcesTest {

    @ParameterizedTest
    @HookFixtureSource({Fixture.TOKEN_AUTHORIZATION_CODE, Fixture.TOKEN_REFRESH})
    void namedFixturesArriveAsTypedRequests(TokenRequest request) {
        assertThat(request.preferredUsername()).contains("jessie.smith@example.com");
    }

    /**
     * Runs {@link EveryTelephonyFixture} in an engine of its own and reads what its invocations
     * reported, so the check depends on no other method of this class, nor on the order they run in.
     */
    @Test
    void everyFixtureOfATypeArrivesOnceInDeclarationOrder() {
        List<String> declared = Fixture.of(HookType.TELEPHONY).stream()
                .map(fixture -> fixture.request().eventId().orElseThrow())
                .toList();
        assertThat(declared)
                .hasSize(8)
                .doesNotHaveDuplicates()
                .startsWith(Fixture.TELEPHONY_ENROLLMENT_SMS.request().eventId().orElseThrow());

        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(DiscoverySelectors.selectClass(EveryTelephonyFixture.class))
                .execute();

        results.testEvents()
                .assertStatistics(stats -> stats.started(8).succeeded(8).failed(0));
        List<String> received = results.allEvents().reportingEntryPublished().stream()
                .map(event -> event.getRequiredPayload(ReportEntry.class)
                        .getKeyValuePairs()
                        .get("eventId"))
                .toList();
        assertThat(received).containsExactlyElementsOf(declared);
    }

    /** Not run by itself (a nested class): {@link #everyFixtureOfATypeArrivesOnceInDeclarationOrder} runs it. */
    static class EveryTelephonyFixture {

        @ParameterizedTest
        @HookFixtureSource(type = HookType.TELEPHONY)
        void receives(TelephonyRequest request, TestReporter reporter) {
            reporter.publishEntry("eventId", request.eventId().orElseThrow());
        }
    }

    @ParameterizedTest
    @HookFixtureSource(Fixture.SAML)
    void fixturesArriveAsJsonOrBytesOrThemselves(JsonNode json) {
        assertThat(json.path("eventType").asText()).isEqualTo("com.okta.saml.tokens.transform");
    }

    @ParameterizedTest
    @HookFixtureSource(Fixture.SAML)
    void theFixtureItself(Fixture fixture) {
        assertThat(fixture).isEqualTo(Fixture.SAML);
    }

    @ParameterizedTest
    @HookJsonSource("hooks/token-vip.json")
    void yourOwnJsonFilesArriveAsTypedRequests(TokenRequest request) {
        assertThat(request.preferredUsername()).contains("vip@example.com");
    }

    @ParameterizedTest
    @HookJsonSource("hooks/token-vip.json")
    void theHookTypeComesFromEventTypeForTheGenericRequestType(HookRequest request) {
        assertThat(request).isInstanceOf(TokenRequest.class);
    }
}
