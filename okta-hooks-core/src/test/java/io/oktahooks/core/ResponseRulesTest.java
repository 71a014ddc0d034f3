package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktahooks.core.error.ErrorCause;
import io.oktahooks.core.error.HookError;
import io.oktahooks.core.passwordimport.PasswordImportResponseBuilder;
import io.oktahooks.core.registration.RegistrationRequest;
import io.oktahooks.core.registration.RegistrationResponseBuilder;
import io.oktahooks.core.saml.SamlResponseBuilder;
import io.oktahooks.core.telephony.TelephonyResponseBuilder;
import io.oktahooks.core.userimport.UserImportResponseBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules of the non-token response builders and of the shared response model. */
class ResponseRulesTest {

    @Test
    void linkUserAlwaysEmitsTheUserUpdateItNeeds() {
        HookResponse response =
                UserImportResponseBuilder.create().linkUser("00u123").build();
        assertThat(response.commands())
                .extracting(Command::type)
                .containsExactly("com.okta.action.update", "com.okta.user.update");
        assertThat(response.commands().get(1).value().get("id").asText()).isEqualTo("00u123");
    }

    @Test
    void linkUserNeedsTheUserId() {
        assertThatThrownBy(() -> UserImportResponseBuilder.create().linkUser(" "))
                .isInstanceOf(InvalidResponseException.class)
                .hasMessageContaining("LINK_USER needs the id");
        assertThatThrownBy(() -> UserImportResponseBuilder.create().createUser().linkUser("00u1"))
                .hasMessageContaining("sets its result once");
    }

    @Test
    void registrationProfileCommandsBelongToTheirFlow() {
        RegistrationRequest ssr = RegistrationRequest.parse(Payloads.bytes(Payloads.REGISTRATION_SSR));
        RegistrationRequest pp = RegistrationRequest.parse(Payloads.bytes(Payloads.REGISTRATION_PROGRESSIVE));
        assertThatThrownBy(() -> ssr.respond().updateProgressiveProfile("x", "y"))
                .hasMessageContaining("only valid for progressive profile");
        assertThatThrownBy(() -> pp.respond().updateUserProfile("x", "y"))
                .hasMessageContaining("only valid for self-service registration");
        assertThat(ssr.respond().updateUserProfile("x", "y").build().commands()).hasSize(1);
        assertThat(pp.respond().updateProgressiveProfile("x", "y").build().commands())
                .hasSize(1);
    }

    @Test
    void registrationCanNeverSetThePassword() {
        assertThatThrownBy(() -> RegistrationResponseBuilder.create().updateUserProfile("password", "x"))
                .hasMessageContaining("registration hook can never set 'password'");
    }

    @Test
    void samlPatchesStayInsideTheDocumentedParts() {
        assertThatThrownBy(() -> SamlResponseBuilder.create().replace("/lifetime/expiration", 600))
                .hasMessageContaining("must start with one of");
        assertThatThrownBy(() -> SamlResponseBuilder.create().replace("/claims/x", null))
                .hasMessageContaining("no remove");
        assertThatThrownBy(() -> SamlResponseBuilder.create().sessionLifetime(Duration.ZERO))
                .hasMessageContaining("positive");
        assertThat(SamlResponseBuilder.claimPath("urn:a/b~c")).isEqualTo("/claims/urn:a~1b~0c");
    }

    @Test
    void passwordAndTelephonyAnswerOnce() {
        assertThatThrownBy(
                        () -> PasswordImportResponseBuilder.create().verified().unverified())
                .hasMessageContaining("once");
        assertThatThrownBy(() ->
                        TelephonyResponseBuilder.create().successful("p", "t").failed("p", "t"))
                .hasMessageContaining("one outcome");
    }

    @Test
    void errorsNeedASummary() {
        assertThatThrownBy(() -> HookError.of(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("errorSummary is required");
        assertThatThrownBy(() -> ErrorCause.of(null)).hasMessageContaining("ErrorCause.errorSummary");
    }

    @Test
    void debugContextIsWrittenAsGiven() {
        HookResponse response = PasswordImportResponseBuilder.create()
                .verified()
                .debugContext("store", "legacy-db")
                .debugContext(Map.of("ms", 12))
                .build();
        assertThat(response.toJson().get("debugContext").get("store").asText()).isEqualTo("legacy-db");
        assertThat(response.toJson().get("debugContext").get("ms").asInt()).isEqualTo(12);
    }

    @Test
    void anEmptyResponseIsAnEmptyObject() {
        assertThat(HookResponse.empty(HookType.TOKEN).isEmpty()).isTrue();
        assertThat(new String(HookResponse.empty(HookType.TOKEN).toBytes())).isEqualTo("{}");
    }

    @Test
    void responsesAreValuesThatHideTheirData() {
        HookResponse a = UserImportResponseBuilder.create()
                .updateUserProfile("ssn", "123-45-6789")
                .build();
        HookResponse b = UserImportResponseBuilder.create()
                .updateUserProfile("ssn", "123-45-6789")
                .build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.toString()).doesNotContain("123-45-6789").contains("com.okta.user.profile.update");
    }

    @Test
    void aBuiltResponseNeverChangesWhenItsBuilderGoesOn() {
        var builder = io.oktahooks.core.token.TokenResponseBuilder.create()
                .addIdTokenClaim("a", 1)
                .debugContext("k", "v");
        HookResponse first = builder.build();
        String before = new String(first.toBytes());
        builder.addIdTokenClaim("b", 2).debugContext("k2", "v2");
        HookResponse second = builder.build();
        assertThat(new String(first.toBytes())).isEqualTo(before);
        assertThat(second.commands().get(0).value()).hasSize(2);
        ((com.fasterxml.jackson.databind.node.ArrayNode) first.commands().get(0).value()).removeAll();
        assertThat(new String(first.toBytes())).isEqualTo(before);
    }

    @Test
    void verificationNeedsAChallenge() {
        assertThatThrownBy(() -> HookResponse.verification("")).hasMessageContaining("x-okta-verification-challenge");
    }
}
