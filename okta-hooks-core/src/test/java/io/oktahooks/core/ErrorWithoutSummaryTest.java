package io.oktahooks.core;

import static io.oktahooks.core.EndpointFixtures.json;
import static io.oktahooks.core.EndpointFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktahooks.core.error.ErrorCause;
import io.oktahooks.core.error.HookError;
import io.oktahooks.core.registration.RegistrationRequest;
import org.junit.jupiter.api.Test;

/**
 * Okta documents an {@code error} without a top-level {@code errorSummary}: the registration is
 * still denied, and token, SAML and telephony hooks fall back to Okta's default message.
 */
class ErrorWithoutSummaryTest {

    private static final ErrorCause EMAIL =
            ErrorCause.inBody("Use your work e-mail address", "INVALID_EMAIL_DOMAIN", "data.userProfile.email");

    @Test
    void anErrorWithoutATopLevelSummaryIsAllowed() {
        HookResponse response = HookResponse.error(HookType.TOKEN, HookError.withoutSummary(EMAIL));
        assertThat(response.error().orElseThrow().errorSummary()).isNull();
        assertThat(response.toJson().get("error").has("errorSummary")).isFalse();
        assertThat(response.toJson().at("/error/errorCauses/0/reason").asText()).isEqualTo("INVALID_EMAIL_DOMAIN");
    }

    @Test
    void anEmptyErrorObjectIsAllowedAndStillDeniesARegistration() {
        RegistrationRequest request = RegistrationRequest.parse(Payloads.bytes(Payloads.REGISTRATION_SSR));
        HookResponse response =
                request.respond().error(HookError.withoutSummary()).build();
        assertThat(new String(response.toBytes())).isEqualTo("{\"error\":{}}");
    }

    @Test
    void theEndpointSendsARegistrationDenialWithOnlyFieldCauses() {
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .registration(r -> r.respond()
                        .deny()
                        .error(HookError.withoutSummary(EMAIL))
                        .build())
                .build();
        HookHttpResponse reply = endpoint.handle(post(Payloads.REGISTRATION_SSR));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(json(reply).at("/error/errorCauses/0/location").asText()).isEqualTo("data.userProfile.email");
        assertThat(json(reply).get("error").has("errorSummary")).isFalse();
    }

    @Test
    void aSummaryThatIsPresentMustStillNotBeBlank() {
        assertThatThrownBy(() -> new HookError(" ", java.util.List.of())).hasMessageContaining("must not be blank");
        assertThatThrownBy(() -> HookError.of(null)).hasMessageContaining("HookError.withoutSummary");
    }
}
