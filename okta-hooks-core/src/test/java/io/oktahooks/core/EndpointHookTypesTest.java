package io.oktahooks.core;

import static io.oktahooks.core.EndpointFixtures.json;
import static io.oktahooks.core.EndpointFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.core.error.ErrorCause;
import io.oktahooks.core.event.EventDelivery;
import io.oktahooks.core.telephony.TelephonyStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every hook type flows from JSON bytes to its handler and back, by eventType or fixed route. */
class EndpointHookTypesTest {

    private final List<EventDelivery> deliveries = new ArrayList<>();
    private final HookEndpoint endpoint = HookEndpoint.builder()
            .authenticator(EndpointFixtures.AUTH)
            .token(request -> request.respond()
                    .addIdTokenClaim(
                            "extPatientId",
                            request.preferredUsername().orElseThrow().startsWith("jessie") ? "1235" : "0")
                    .build())
            .saml(request -> request.respond().addAttribute("patientId", "6789").build())
            .registration(request -> request.respond()
                    .deny(
                            "Sign-ups are closed",
                            ErrorCause.inBody("Use your work email", "INVALID_EMAIL_DOMAIN", "data.userProfile.email"))
                    .build())
            .userImport(request -> request.respond().createUser().build())
            .passwordImport(request -> request.respond()
                    .verified(request.credential().passwordEquals("Tr0ub4dor&3-horse"))
                    .build())
            .telephony(request -> request.respond()
                    .action(TelephonyStatus.SUCCESSFUL, "TEST", "tx-1", null)
                    .build())
            .events(deliveries::add)
            .build();

    @Test
    void tokenCallsGetTheHandlersPatch() {
        HookHttpResponse response = endpoint.handle(post(Payloads.TOKEN));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).contains("application/json");
        assertThat(json(response).at("/commands/0/type").asText()).isEqualTo("com.okta.identity.patch");
        assertThat(json(response).at("/commands/0/value/0/value").asText()).isEqualTo("1235");
    }

    @Test
    void samlCallsGetTheHandlersAttribute() {
        HookHttpResponse response = endpoint.handle(HookType.SAML, post(Payloads.SAML));
        assertThat(json(response).at("/commands/0/value/0/path").asText()).isEqualTo("/claims/patientId");
    }

    @Test
    void registrationCallsGetTheDenialWithItsCause() {
        HookHttpResponse response = endpoint.handle(post(Payloads.REGISTRATION_SSR));
        assertThat(json(response).at("/commands/0/value/registration").asText()).isEqualTo("DENY");
        assertThat(json(response).at("/error/errorCauses/0/location").asText()).isEqualTo("data.userProfile.email");
    }

    @Test
    void userImportPasswordImportAndTelephonyCallsGetTheirActions() {
        assertThat(json(endpoint.handle(post(Payloads.USER_IMPORT)))
                        .at("/commands/0/value/result")
                        .asText())
                .isEqualTo("CREATE_USER");
        assertThat(json(endpoint.handle(post(Payloads.PASSWORD_IMPORT)))
                        .at("/commands/0/value/credential")
                        .asText())
                .isEqualTo("VERIFIED");
        assertThat(json(endpoint.handle(post(Payloads.TELEPHONY)))
                        .at("/commands/0/value/0/status")
                        .asText())
                .isEqualTo("SUCCESSFUL");
    }

    @Test
    void eventDeliveriesAreHandedOverAndAcknowledgedWithAnEmptyBody() {
        HookHttpResponse response = endpoint.handle(post(Payloads.EVENTS));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(deliveries).hasSize(1);
        assertThat(deliveries.get(0).events()).hasSize(2);
    }

    @Test
    void anEmptyResponseIs204WhereTheTypeAllowsIt() {
        HookEndpoint empty = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .token(r -> HookResponse.empty(HookType.TOKEN))
                .telephony(r -> HookResponse.empty(HookType.TELEPHONY))
                .build();
        HookHttpResponse token = empty.handle(post(Payloads.TOKEN));
        assertThat(token.status()).isEqualTo(204);
        assertThat(token.body()).isEmpty();
        HookHttpResponse telephony = empty.handle(post(Payloads.TELEPHONY));
        assertThat(telephony.status()).isEqualTo(200);
        assertThat(telephony.bodyText()).isEqualTo("{}");
    }

    @Test
    void theEndpointListsTheTypesItServes() {
        assertThat(endpoint.hookTypes()).containsExactlyInAnyOrder(HookType.values());
    }

    @Test
    void everyTypeHasOneShortNameForPathsAndMetrics() {
        assertThat(java.util.Arrays.stream(HookType.values()).map(HookType::shortName))
                .containsExactly(
                        "token", "saml", "registration", "user-import", "password-import", "telephony", "events");
        for (HookType type : HookType.values()) {
            assertThat(HookType.fromShortName(type.shortName())).contains(type);
        }
        assertThat(HookType.fromShortName("TOKEN")).isEmpty();
        assertThat(HookType.fromShortName("event")).isEmpty();
        assertThat(HookType.fromShortName("")).isEmpty();
    }
}
