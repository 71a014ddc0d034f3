package io.oktahooks.testkit;

import static io.oktahooks.testkit.assertions.HookAssertions.assertThat;
import static io.oktahooks.testkit.assertions.HookAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktahooks.core.HookAuthenticator;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookHttpRequest;
import io.oktahooks.core.HookResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.core.error.ErrorCause;
import io.oktahooks.core.passwordimport.PasswordImportResponseBuilder;
import io.oktahooks.core.registration.RegistrationResponseBuilder;
import io.oktahooks.core.saml.SamlResponseBuilder;
import io.oktahooks.core.telephony.TelephonyResponseBuilder;
import io.oktahooks.core.telephony.TelephonyStatus;
import io.oktahooks.core.token.TokenResponseBuilder;
import io.oktahooks.core.userimport.UserImportResponseBuilder;
import io.oktahooks.testkit.assertions.SoftHookAssertions;
import io.oktahooks.testkit.fixtures.Fixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each assertion passes on the right response and fails with the expected and actual JSON on a wrong one. */
class HookAssertionsTest {

    private final HookResponse token = TokenResponseBuilder.create()
            .addIdTokenClaim("extPatientId", "1235")
            .replaceAccessTokenClaim("tier", "gold")
            .removeIdTokenClaim("nickname")
            .accessTokenLifetime(Duration.ofMinutes(10))
            .build();

    @Test
    void tokenAssertionsPass() {
        assertThat(token)
                .hasNoError()
                .addsIdTokenClaim("extPatientId", "1235")
                .replacesAccessTokenClaim("tier", "gold")
                .removesIdTokenClaim("nickname")
                .setsAccessTokenLifetime(Duration.ofMinutes(10))
                .doesNotPatchClaim("email");
    }

    @Test
    void aWrongClaimValueShowsExpectedAndActualValues() {
        assertThatThrownBy(() -> assertThat(token).addsIdTokenClaim("extPatientId", "9999"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("\"9999\"")
                .hasMessageContaining("\"1235\"")
                .hasMessageContaining("/claims/extPatientId");
    }

    @Test
    void aMissingPatchShowsTheOperationsThatExist() {
        assertThatThrownBy(() -> assertThat(token).addsAccessTokenClaim("extPatientId", "1235"))
                .hasMessageContaining("com.okta.access.patch to add /claims/extPatientId")
                .hasMessageContaining("\"path\":\"/claims/tier\"");
        assertThatThrownBy(() -> assertThat(token).doesNotPatchClaim("extPatientId"))
                .hasMessageContaining("Expected no patch");
        assertThatThrownBy(() -> assertThat(token).setsIdTokenLifetime(Duration.ofMinutes(10)))
                .hasMessageContaining("identity.patch");
    }

    @Test
    void errorAssertions() {
        HookResponse denied = RegistrationResponseBuilder.create()
                .deny("Closed", ErrorCause.inBody("Use work email", "INVALID_EMAIL_DOMAIN", "data.userProfile.email"))
                .build();
        assertThat(denied)
                .deniesRegistration()
                .hasError("Closed")
                .hasErrorCause("Use work email", "INVALID_EMAIL_DOMAIN", "data.userProfile.email");
        assertThatThrownBy(() -> assertThat(denied).hasNoError()).hasMessageContaining("\"errorSummary\":\"Closed\"");
        assertThatThrownBy(() -> assertThat(denied).allowsRegistration()).hasMessageContaining("allowed");
        assertThatThrownBy(() -> assertThat(denied).hasError("Open"))
                .hasMessageContaining("\"Open\"")
                .hasMessageContaining("Closed");
        assertThatThrownBy(() -> assertThat(denied).hasErrorCause("x", null, null))
                .hasMessageContaining("errorCauses");
        assertThatThrownBy(() -> assertThat(token).deniesRegistration()).hasMessageContaining("denied");
    }

    @Test
    void profileImportPasswordTelephonyAndSamlAssertions() {
        assertThat(RegistrationResponseBuilder.create()
                        .updateProgressiveProfile("mobilePhone", "+4915123")
                        .build())
                .updatesProgressiveProfile("mobilePhone", "+4915123")
                .allowsRegistration();
        assertThat(UserImportResponseBuilder.create()
                        .linkUser("00u1")
                        .updateAppUserProfile("dept", "x")
                        .build())
                .linksUser("00u1")
                .updatesAppUserProfile("dept", "x");
        assertThat(UserImportResponseBuilder.create().createUser().build()).createsUser();
        assertThat(PasswordImportResponseBuilder.create().verified().build()).verifiesPassword();
        assertThat(HookResponse.empty(HookType.PASSWORD_IMPORT))
                .rejectsPassword()
                .isEmptyResponse();
        assertThat(TelephonyResponseBuilder.create().pending("P", "t").build())
                .reportsTelephonyStatus(TelephonyStatus.PENDING);
        assertThat(SamlResponseBuilder.create()
                        .addAttribute("patientId", "6789")
                        .build())
                .addsSamlAttribute("patientId", "6789");
        assertThat(HookResponse.verification("abc")).answersVerification("abc");

        assertThatThrownBy(() -> assertThat(
                                UserImportResponseBuilder.create().createUser().build())
                        .linksUser("00u1"))
                .hasMessageContaining("LINK_USER");
        assertThatThrownBy(() -> assertThat(PasswordImportResponseBuilder.create()
                                .unverified()
                                .build())
                        .verifiesPassword())
                .hasMessageContaining("VERIFIED");
        assertThatThrownBy(() -> assertThat(TelephonyResponseBuilder.create()
                                .failed("P", "t")
                                .build())
                        .reportsTelephonyStatus(TelephonyStatus.SUCCESSFUL))
                .hasMessageContaining("FAILED");
        assertThatThrownBy(() -> assertThat(HookResponse.verification("abc")).answersVerification("abd"))
                .hasMessageContaining("abd");
        assertThatThrownBy(() -> assertThat(token).isEmptyResponse()).hasMessageContaining("empty response");
        assertThatThrownBy(() -> assertThat(SamlResponseBuilder.create()
                                .addAttribute("patientId", "1")
                                .build())
                        .addsSamlAttribute("patientId", "6789"))
                .hasMessageContaining("[6789]");
    }

    @Test
    void rawJsonCanBeAssertedToo() {
        assertThatJson(
                        "{\"commands\":[{\"type\":\"com.okta.identity.patch\",\"value\":[{\"op\":\"add\",\"path\":\"/claims/a\",\"value\":1}]}]}")
                .addsIdTokenClaim("a", 1);
        assertThatJson(new byte[0]).isEmptyResponse();
    }

    @Test
    void httpRepliesAreCheckedAgainstTheContract() {
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(HookAuthenticator.insecureAcceptAll())
                .token(r -> r.respond().addIdTokenClaim("extPatientId", "1235").build())
                .build();
        assertThat(endpoint.handle(HookHttpRequest.postJson(Fixture.TOKEN_AUTHORIZATION_CODE.bytes())))
                .hasStatus(200)
                .meetsContract(HookType.TOKEN)
                .body()
                .addsIdTokenClaim("extPatientId", "1235");
        assertThatThrownBy(() -> assertThat(endpoint.handle(HookHttpRequest.postJson("{}".getBytes())))
                        .meetsContract(HookType.TOKEN))
                .hasMessageContaining("[status] status 400");
    }

    @Test
    void softAssertionsReportEveryFailureTogether() {
        assertThatThrownBy(() -> SoftHookAssertions.assertSoftly(softly -> {
                    softly.assertThat(token).addsIdTokenClaim("extPatientId", "1");
                    softly.assertThat(token).hasError("boom");
                }))
                .hasMessageContaining("extPatientId")
                .hasMessageContaining("boom");
        SoftHookAssertions.assertSoftly(
                softly -> softly.assertThat(token).hasNoError().addsIdTokenClaim("extPatientId", "1235"));
    }
}
