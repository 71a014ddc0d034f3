package io.oktahooks.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.core.HookRequest;
import io.oktahooks.core.HookType;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.registration.RegistrationRequest;
import io.oktahooks.core.telephony.TelephonyRequest;
import io.oktahooks.core.token.TokenRequest;
import io.oktahooks.testkit.fixtures.Fixture;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every shipped fixture loads from the classpath, parses as its hook type and round-trips. */
class FixturesTest {

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void everyFixtureRoundTripsAsItsHookType(Fixture fixture) {
        HookRequest request = fixture.request();
        assertThat(request.type()).isEqualTo(fixture.type());
        assertThat(request.json()).isEqualTo(fixture.json());
        assertThat(HookJson.readTree(fixture.bytes())).isEqualTo(fixture.json());
        assertThat(request.eventId()).isPresent();
        assertThat(request.eventType()).contains(fixture.type().eventType());
    }

    @Test
    void everyHookTypeHasFixtures() {
        Set<HookType> covered =
                Arrays.stream(Fixture.values()).map(Fixture::type).collect(Collectors.toSet());
        assertThat(covered).isEqualTo(EnumSet.allOf(HookType.class));
        assertThat(Fixture.of(HookType.TELEPHONY)).hasSize(8);
    }

    @Test
    void tokenFixturesCoverTheGrants() {
        TokenRequest code = (TokenRequest) Fixture.TOKEN_AUTHORIZATION_CODE.request();
        assertThat(code.identity()).isPresent();
        assertThat(code.preferredUsername()).contains("jessie.smith@example.com");
        TokenRequest cc = (TokenRequest) Fixture.TOKEN_CLIENT_CREDENTIALS.request();
        assertThat(cc.identity()).isEmpty();
        assertThat(cc.user()).isEmpty();
        assertThat(cc.protocol().orElseThrow().request().orElseThrow().grantType())
                .contains("client_credentials");
        TokenRequest refresh = (TokenRequest) Fixture.TOKEN_REFRESH.request();
        assertThat(refresh.protocol()
                        .orElseThrow()
                        .originalGrant()
                        .orElseThrow()
                        .refreshTokenJti())
                .isPresent();
    }

    @Test
    void registrationAndTelephonyFixturesCoverTheirVariants() {
        assertThat(((RegistrationRequest) Fixture.REGISTRATION_CLASSIC.request()).isClassic())
                .isTrue();
        assertThat(((RegistrationRequest) Fixture.REGISTRATION_PROGRESSIVE_PROFILE.request()).kind())
                .isEqualTo(RegistrationRequest.Kind.PROGRESSIVE_PROFILE);
        for (Fixture fixture : Fixture.of(HookType.TELEPHONY)) {
            TelephonyRequest request = (TelephonyRequest) fixture.request();
            assertThat(request.purpose()).isNotEqualTo(TelephonyRequest.Purpose.UNKNOWN);
            assertThat(request.message().isVoice()).isEqualTo(fixture.name().endsWith("VOICE"));
        }
    }

    @Test
    void fixturesAreFreshCopies() {
        Fixture.SAML.json().put("eventId", "changed");
        assertThat(Fixture.SAML.request().eventId()).contains("s4Mn8Bv2Cx6Zl0Kj3Hg7Fd");
    }
}
