package io.oktahooks.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.core.HookType;
import io.oktahooks.core.telephony.TelephonyStatus;
import io.oktahooks.testkit.assertions.HookAssertions;
import io.oktahooks.testkit.fixtures.Fixture;
import io.oktahooks.testkit.simulator.OktaSimulator;
import io.oktahooks.testkit.simulator.SimulationReport;
import java.io.IOException;

/**
 * The clinic's scenario, played by the testkit's simulator against any running service that serves
 * {@link ExampleHooks} at {@code /hooks/*}: the JDK-server example and the Spring Boot sample run the
 * same checks (this class is in the examples' test jar).
 */
public final class PatientScenario {

    private final String base;
    private final String authorization;

    /**
     * @param base the service's root URL, e.g. {@code http://127.0.0.1:8082}
     * @param authorization the {@code Authorization} header Okta would send
     */
    public PatientScenario(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** Calls {@code path} like Okta, with this scenario's credentials, and requires a reply that meets the contract. */
    public SimulationReport call(String path, HookType type, byte[] body) throws IOException {
        return call(path, type, body, authorization);
    }

    /** Calls {@code path} like Okta with other credentials, and requires a reply that meets the contract. */
    public SimulationReport call(String path, HookType type, byte[] body, String authorization) throws IOException {
        SimulationReport report = OktaSimulator.to(base + path)
                .header("Authorization", authorization)
                .send(type, body);
        assertThat(report.violations()).as(report.toString()).isEmpty();
        return report;
    }

    /** A patient's ID token gets their id; anyone else's token is left alone. */
    public void tokens() throws IOException {
        HookAssertions.assertThat(call(
                                "/hooks/token",
                                HookType.TOKEN,
                                Fixture.TOKEN_AUTHORIZATION_CODE
                                        .builder()
                                        .user("jessie.smith@example.com")
                                        .bytes())
                        .reply())
                .body()
                .addsIdTokenClaim("extPatientId", "1235");
        assertThat(call(
                                "/hooks/token",
                                HookType.TOKEN,
                                Fixture.TOKEN_AUTHORIZATION_CODE
                                        .builder()
                                        .user("stranger@example.org")
                                        .bytes())
                        .reply()
                        .status())
                .isEqualTo(204);
    }

    /** SAML, registration (denied outside example.com, progressive profile), user import, password import, telephony. */
    public void everyOtherInlineHook() throws IOException {
        HookAssertions.assertThat(
                        call("/hooks/saml", HookType.SAML, Fixture.SAML.bytes()).reply())
                .body()
                .addsSamlAttribute("patientId", "6789");
        HookAssertions.assertThat(call(
                                "/hooks/registration",
                                HookType.REGISTRATION,
                                Fixture.REGISTRATION_SELF_SERVICE
                                        .builder()
                                        .profileAttribute("email", "eve@evil.example")
                                        .bytes())
                        .reply())
                .body()
                .deniesRegistration()
                .hasErrorCause(
                        "Use your work e-mail address (example.com).",
                        "INVALID_EMAIL_DOMAIN",
                        "data.userProfile.email");
        HookAssertions.assertThat(call(
                                "/hooks/registration",
                                HookType.REGISTRATION,
                                Fixture.REGISTRATION_PROGRESSIVE_PROFILE.bytes())
                        .reply())
                .body()
                .updatesProgressiveProfile("mobilePhone", "+4915123456789");
        HookAssertions.assertThat(call("/hooks/user-import", HookType.USER_IMPORT, Fixture.USER_IMPORT_MATCH.bytes())
                        .reply())
                .body()
                .linksUser("00ukim0001");
        HookAssertions.assertThat(call("/hooks/user-import", HookType.USER_IMPORT, Fixture.USER_IMPORT_CREATE.bytes())
                        .reply())
                .body()
                .createsUser();
        HookAssertions.assertThat(
                        call("/hooks/password-import", HookType.PASSWORD_IMPORT, Fixture.PASSWORD_IMPORT.bytes())
                                .reply())
                .body()
                .verifiesPassword();
        HookAssertions.assertThat(call(
                                "/hooks/password-import",
                                HookType.PASSWORD_IMPORT,
                                Fixture.PASSWORD_IMPORT
                                        .builder()
                                        .password("nope")
                                        .bytes())
                        .reply())
                .body()
                .rejectsPassword();
        HookAssertions.assertThat(
                        call("/hooks/telephony", HookType.TELEPHONY, Fixture.TELEPHONY_MFA_VERIFICATION_VOICE.bytes())
                                .reply())
                .body()
                .reportsTelephonyStatus(TelephonyStatus.SUCCESSFUL);
    }

    /** The verification GET is answered, and a delivery is counted by the handlers. */
    public void eventHooks(ExampleHooks hooks) throws IOException {
        SimulationReport verification = OktaSimulator.to(base + "/hooks/events")
                .header("Authorization", authorization)
                .verify("patient-challenge");
        assertThat(verification.violations()).isEmpty();
        long before = hooks.eventCounts().getOrDefault("group.user_membership.add", 0L);
        call("/hooks/events", HookType.EVENT, Fixture.EVENT_DELIVERY_MANY.bytes());
        assertThat(hooks.eventCounts().get("group.user_membership.add")).isEqualTo(before + 1);
    }
}
