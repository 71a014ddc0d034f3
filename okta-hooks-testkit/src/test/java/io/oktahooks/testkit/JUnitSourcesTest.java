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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;

/** Parameterized tests receive typed requests from fixtures and from the user's own JSON files. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JUnitSourcesTest {

    private final List<String> telephonyEventIds = new ArrayList<>();

    @ParameterizedTest
    @HookFixtureSource({Fixture.TOKEN_AUTHORIZATION_CODE, Fixture.TOKEN_REFRESH})
    void namedFixturesArriveAsTypedRequests(TokenRequest request) {
        assertThat(request.preferredUsername()).contains("jessie.smith@example.com");
    }

    @ParameterizedTest
    @HookFixtureSource(type = HookType.TELEPHONY)
    void everyFixtureOfAType(TelephonyRequest request) {
        telephonyEventIds.add(request.eventId().orElseThrow());
    }

    @AfterAll
    void everyTelephonyFixtureWasPassedInDeclarationOrder() {
        assertThat(telephonyEventIds).hasSize(8).doesNotHaveDuplicates();
        assertThat(telephonyEventIds.get(0)).isEqualTo(Fixture.TELEPHONY_ENROLLMENT_SMS.request().eventId().orElseThrow());
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
