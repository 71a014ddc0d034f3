package io.oktahooks.core;

import static io.oktahooks.core.EndpointFixtures.json;
import static io.oktahooks.core.EndpointFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.core.token.TokenResponseBuilder;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A failing handler never leaks to Okta: each hook type fails safe, as documented. */
class EndpointHandlerFailureTest {

    private static final HookHandler<HookRequest> THROWS = r -> {
        throw new IllegalStateException("database down: password=" + "hunter2");
    };

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static HookEndpoint allThrowing() {
        HookHandler raw = THROWS;
        return HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .token(raw)
                .saml(raw)
                .registration(raw)
                .userImport(raw)
                .passwordImport(raw)
                .telephony(raw)
                .events(d -> {
                    throw new IllegalStateException("queue full");
                })
                .build();
    }

    private final HookEndpoint endpoint = allThrowing();

    @Test
    void tokenSamlAndUserImportFailAsNoChange() {
        for (String body : new String[] {Payloads.TOKEN, Payloads.SAML, Payloads.USER_IMPORT}) {
            HookHttpResponse response = endpoint.handle(post(body));
            assertThat(response.status()).isEqualTo(204);
            assertThat(response.body()).isEmpty();
        }
    }

    @Test
    void registrationFailsAsADenyingError() {
        HookHttpResponse response = endpoint.handle(post(Payloads.REGISTRATION_SSR));
        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response).at("/error/errorSummary").asText())
                .isEqualTo(FailurePolicy.REGISTRATION_FAILURE_SUMMARY);
        assertThat(response.bodyText()).doesNotContain("hunter2").doesNotContain("database");
    }

    @Test
    void passwordImportFailsAsUnverified() {
        assertThat(json(endpoint.handle(post(Payloads.PASSWORD_IMPORT)))
                        .at("/commands/0/value/credential")
                        .asText())
                .isEqualTo("UNVERIFIED");
    }

    @Test
    void telephonyFailsAsFailedSoOktaFailsOver() {
        assertThat(json(endpoint.handle(post(Payloads.TELEPHONY)))
                        .at("/error/errorSummary")
                        .asText())
                .isEqualTo(FailurePolicy.TELEPHONY_FAILURE_SUMMARY);
    }

    @Test
    void eventDeliveriesAreStillAcknowledged() {
        HookHttpResponse response = endpoint.handle(post(Payloads.EVENTS));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void aNullOrForeignResponseIsAFailure() {
        HookEndpoint nulls = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .passwordImport(r -> null)
                .registration(r -> HookResponse.empty(HookType.TOKEN))
                .build();
        assertThat(json(nulls.handle(post(Payloads.PASSWORD_IMPORT)))
                        .at("/commands/0/value/credential")
                        .asText())
                .isEqualTo("UNVERIFIED");
        assertThat(json(nulls.handle(post(Payloads.REGISTRATION_SSR)))
                        .at("/error/errorSummary")
                        .asText())
                .isEqualTo(FailurePolicy.REGISTRATION_FAILURE_SUMMARY);
    }

    @Test
    void aResponseOver256KbIsNeverSent() {
        HookEndpoint huge = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .token(r -> TokenResponseBuilder.create()
                        .addIdTokenClaim("blob", "x".repeat(300_000))
                        .build())
                .build();
        HookHttpResponse response = huge.handle(post(Payloads.TOKEN));
        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void thePolicyIsConfigurablePerHookType() {
        HookEndpoint custom = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .token(r -> {
                    throw new IllegalStateException("x");
                })
                .onFailure(
                        HookType.TOKEN,
                        (type, failure) -> HookResponse.error(
                                type, io.oktahooks.core.error.HookError.of("Token enrichment is unavailable")))
                .build();
        assertThat(json(custom.handle(post(Payloads.TOKEN)))
                        .at("/error/errorSummary")
                        .asText())
                .isEqualTo("Token enrichment is unavailable");
    }

    @Test
    void aThrowingPolicyFallsBackToTheDefault() {
        HookEndpoint custom = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .passwordImport(r -> {
                    throw new IllegalStateException("x");
                })
                .onFailure(HookType.PASSWORD_IMPORT, (type, failure) -> {
                    throw new IllegalStateException("policy bug");
                })
                .build();
        assertThat(json(custom.handle(post(Payloads.PASSWORD_IMPORT)))
                        .at("/commands/0/value/credential")
                        .asText())
                .isEqualTo("UNVERIFIED");
    }

    @Test
    void slowCallsAreReportedOverTheBudget() throws Exception {
        EndpointFixtures.Calls calls = new EndpointFixtures.Calls();
        HookEndpoint slow = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .token(r -> {
                    Thread.sleep(60);
                    return HookResponse.empty(HookType.TOKEN);
                })
                .slowCallWarning(Duration.ofMillis(20))
                .listener(calls)
                .build();
        slow.handle(post(Payloads.TOKEN));
        assertThat(calls.calls).singleElement().satisfies(call -> {
            assertThat(call.slow()).isTrue();
            assertThat(call.type()).isEqualTo(HookType.TOKEN);
            assertThat(call.eventId()).isEqualTo("tKx9vY2aQfu3Hq1ZsN0bLw");
            assertThat(call.status()).isEqualTo(204);
            assertThat(call.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(60));
        });
    }
}
