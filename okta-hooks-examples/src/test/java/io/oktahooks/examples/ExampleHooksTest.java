package io.oktahooks.examples;

import static io.oktahooks.testkit.assertions.HookAssertions.assertThat;

import io.oktahooks.core.telephony.TelephonyRequest;
import io.oktahooks.core.telephony.TelephonyStatus;
import io.oktahooks.core.token.TokenRequest;
import io.oktahooks.testkit.fixtures.Fixture;
import io.oktahooks.testkit.junit.HookFixtureSource;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** The example's handlers, unit-tested with the testkit: no server, no network, no Okta. */
class ExampleHooksTest {

    private final ExampleHooks hooks = new ExampleHooks(Set.of("example.com"), ExampleHooks.demoPasswords());

    @Test
    void aKnownPatientGetsTheirIdInTheIdToken() {
        TokenRequest request = Fixture.TOKEN_AUTHORIZATION_CODE
                .builder()
                .user("jessie.smith@example.com")
                .tokenRequest();
        assertThat(hooks.token(request))
                .addsIdTokenClaim("extPatientId", "1235")
                .hasNoError();
    }

    @Test
    void anUnknownUserGetsNoChange() {
        assertThat(hooks.token(Fixture.TOKEN_AUTHORIZATION_CODE
                        .builder()
                        .user("someone@example.org")
                        .tokenRequest()))
                .isEmptyResponse();
    }

    @Test
    void aClientCredentialsTokenHasNoIdTokenToPatch() {
        assertThat(hooks.token((TokenRequest) Fixture.TOKEN_CLIENT_CREDENTIALS.request()))
                .isEmptyResponse();
    }

    @Test
    void samlAssertionsOfPatientsCarryTheirId() {
        assertThat(hooks.saml(
                        Fixture.SAML.builder().user("kim.sato@example.com").samlRequest()))
                .addsSamlAttribute("patientId", "6789");
        assertThat(hooks.saml(Fixture.SAML.builder().user("nobody@example.com").samlRequest()))
                .isEmptyResponse();
    }

    @Test
    void signUpsFromOtherDomainsAreDeniedOnTheEmailField() {
        assertThat(hooks.registration(Fixture.REGISTRATION_SELF_SERVICE
                        .builder()
                        .profileAttribute("email", "eve@evil.example")
                        .registrationRequest()))
                .deniesRegistration()
                .hasErrorCause(
                        "Use your work e-mail address (example.com).",
                        "INVALID_EMAIL_DOMAIN",
                        "data.userProfile.email");
        assertThat(hooks.registration(
                        Fixture.REGISTRATION_SELF_SERVICE.builder().registrationRequest()))
                .allowsRegistration()
                .hasNoError();
        assertThat(hooks.registration(Fixture.REGISTRATION_CLASSIC.builder().registrationRequest()))
                .deniesRegistration();
    }

    @Test
    void progressiveProfilePhonesAreNormalised() {
        assertThat(hooks.registration(
                        Fixture.REGISTRATION_PROGRESSIVE_PROFILE.builder().registrationRequest()))
                .updatesProgressiveProfile("mobilePhone", "+4915123456789")
                .allowsRegistration();
        assertThat(hooks.registration(Fixture.REGISTRATION_PROGRESSIVE_PROFILE
                        .builder()
                        .profileAttribute("mobilePhone", "12")
                        .registrationRequest()))
                .deniesRegistration();
    }

    @Test
    void importedUsersAreLinkedWhenKnownElseCreated() {
        assertThat(hooks.userImport(Fixture.USER_IMPORT_MATCH.builder().userImportRequest()))
                .linksUser("00ukim0001");
        assertThat(hooks.userImport(Fixture.USER_IMPORT_CREATE.builder().userImportRequest()))
                .createsUser();
    }

    @Test
    void passwordsAreVerifiedAgainstTheLegacyHashes() {
        assertThat(hooks.passwordImport(Fixture.PASSWORD_IMPORT.builder().passwordImportRequest()))
                .verifiesPassword();
        assertThat(hooks.passwordImport(
                        Fixture.PASSWORD_IMPORT.builder().password("guess").passwordImportRequest()))
                .rejectsPassword();
        assertThat(hooks.passwordImport(Fixture.PASSWORD_IMPORT
                        .builder()
                        .user("stranger@example.com")
                        .passwordImportRequest()))
                .rejectsPassword();
    }

    @ParameterizedTest
    @HookFixtureSource(type = io.oktahooks.core.HookType.TELEPHONY)
    void everyTelephonyRequestIsReportedSuccessful(TelephonyRequest request) {
        assertThat(hooks.telephony(request)).reportsTelephonyStatus(TelephonyStatus.SUCCESSFUL);
    }

    @Test
    void eventsAreCountedByType() {
        hooks.events(Fixture.EVENT_DELIVERY_MANY.builder().eventCount(6).eventDelivery());
        org.assertj.core.api.Assertions.assertThat(hooks.eventCounts())
                .containsEntry("user.session.start", 2L)
                .containsEntry("user.lifecycle.deactivate", 2L);
    }
}
