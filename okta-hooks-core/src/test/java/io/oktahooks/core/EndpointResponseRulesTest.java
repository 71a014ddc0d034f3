package io.oktahooks.core;

import static io.oktahooks.core.EndpointFixtures.json;
import static io.oktahooks.core.EndpointFixtures.logsOf;
import static io.oktahooks.core.EndpointFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.core.registration.RegistrationResponseBuilder;
import io.oktahooks.core.token.ClaimPath;
import io.oktahooks.core.token.TokenRequest;
import io.oktahooks.core.token.TokenResponseBuilder;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The endpoint checks every response against the request it answers before sending anything: a
 * response that breaks one of Okta's request-dependent rules (built with a free-standing builder,
 * or for another request) gets the type's fail-safe answer and one ERROR line naming the rule.
 */
class EndpointResponseRulesTest {

    private final HookHttpResponse[] reply = new HookHttpResponse[1];

    private String answer(HookEndpoint endpoint, String body) {
        return logsOf(() -> reply[0] = endpoint.handle(post(body)));
    }

    private static void assertOneErrorNaming(String logs, String rule) {
        assertThat(logs.lines().filter(line -> line.contains("ERROR")))
                .singleElement()
                .satisfies(line ->
                        assertThat(line).contains("breaks Okta's rule " + rule).contains("fail-safe"));
    }

    @Test
    void aPatchOfATokenTheRequestDoesNotMintGetsTheFailSafeAnswer() {
        HookEndpoint endpoint = EndpointFixtures.tokenEndpoint(
                r -> TokenResponseBuilder.create().addIdTokenClaim("x", "y").build());
        String logs = answer(endpoint, Payloads.TOKEN_CLIENT_CREDENTIALS);
        assertThat(reply[0].status()).isEqualTo(204);
        assertOneErrorNaming(logs, "TOKEN_NOT_MINTED");
    }

    @Test
    void aReplaceOfAClaimTheTokenLacksGetsTheFailSafeAnswer() {
        HookEndpoint endpoint = EndpointFixtures.tokenEndpoint(r -> TokenResponseBuilder.create()
                .addIdTokenClaim("kept", 1)
                .replaceAccessTokenClaim("missing", "x")
                .build());
        String logs = answer(endpoint, Payloads.TOKEN);
        assertThat(reply[0].status()).isEqualTo(204);
        assertOneErrorNaming(logs, "CLAIM_NOT_PRESENT");
        assertThat(logs).contains("at /commands/1/value/0");
    }

    @Test
    void aNestedPatchOutsideTheTokensArrayGetsTheFailSafeAnswer() {
        HookEndpoint endpoint = EndpointFixtures.tokenEndpoint(r -> TokenResponseBuilder.create()
                .addIdTokenClaim(ClaimPath.claim("roles").element(5), "admin")
                .build());
        assertOneErrorNaming(answer(endpoint, Payloads.TOKEN), "INDEX_OUT_OF_RANGE");
        assertThat(reply[0].status()).isEqualTo(204);
    }

    @Test
    void aResponseBuiltForAnotherRequestIsCheckedAgainstTheOneAnswered() {
        TokenRequest withIdToken = TokenRequest.parse(Payloads.bytes(Payloads.TOKEN));
        HookEndpoint endpoint = EndpointFixtures.tokenEndpoint(
                r -> withIdToken.respond().addIdTokenClaim("x", "y").build());
        assertOneErrorNaming(answer(endpoint, Payloads.TOKEN_CLIENT_CREDENTIALS), "TOKEN_NOT_MINTED");
        assertThat(reply[0].status()).isEqualTo(204);
    }

    @Test
    void aResponseFromTheAnsweredRequestsOwnBuilderIsSentAsBuiltAndMeetsEveryRuleTheEndpointWouldCheck() {
        AtomicReference<HookResponse> built = new AtomicReference<>();
        AtomicReference<TokenRequest> answered = new AtomicReference<>();
        HookEndpoint endpoint = EndpointFixtures.tokenEndpoint(r -> {
            answered.set(r);
            built.set(r.respond()
                    .replaceIdTokenClaim("email", "j@example.org")
                    .addIdTokenClaim(ClaimPath.claim("roles").append(), "admin")
                    .addIdTokenClaim("extPatientId", "P-1")
                    .removeIdTokenClaim("extPatientId")
                    .accessTokenLifetime(java.time.Duration.ofMinutes(30))
                    .build());
            return built.get();
        });
        String logs = answer(endpoint, Payloads.TOKEN);
        assertThat(reply[0].status()).isEqualTo(200);
        assertThat(reply[0].body()).isEqualTo(built.get().toBytes());
        assertThat(logs).doesNotContain("ERROR");
        // The endpoint trusts the request-bound builder's checks; the full check agrees with them.
        assertThat(io.oktahooks.core.internal.ResponseRules.check(
                        HookType.TOKEN, built.get().toJson(), answered.get()))
                .isEmpty();
        // and the request the builder read is unchanged by the patches it checked
        assertThat(answered.get().identity().orElseThrow().claims().string("email"))
                .isNotEqualTo(java.util.Optional.of("j@example.org"));
    }

    @Test
    void aProgressiveProfileCommandOnASelfServiceRequestGetsTheFailSafeAnswer() {
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .registration(r -> RegistrationResponseBuilder.create()
                        .updateProgressiveProfile("mobilePhone", "+1555")
                        .build())
                .build();
        String logs = answer(endpoint, Payloads.REGISTRATION_SSR);
        assertThat(json(reply[0]).at("/error/errorSummary").asText())
                .isEqualTo(FailurePolicy.REGISTRATION_FAILURE_SUMMARY);
        assertOneErrorNaming(logs, "WRONG_REQUEST_KIND");
    }

    @Test
    void aFreeStandingResponseThatMeetsTheRulesIsSent() {
        HookEndpoint endpoint = EndpointFixtures.tokenEndpoint(r -> TokenResponseBuilder.create()
                .replaceIdTokenClaim("email", "j@example.org")
                .addIdTokenClaim(ClaimPath.claim("roles").append(), "admin")
                .build());
        String logs = answer(endpoint, Payloads.TOKEN);
        assertThat(reply[0].status()).isEqualTo(200);
        assertThat(json(reply[0]).at("/commands/0/value")).hasSize(2);
        assertThat(logs).doesNotContain("ERROR");
    }

    @Test
    void aFailurePolicyAnswerThatBreaksARuleIsReplacedByTheSdkDefault() {
        AtomicReference<Throwable> seen = new AtomicReference<>();
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .token(r ->
                        TokenResponseBuilder.create().addIdTokenClaim("x", "y").build())
                .onFailure(HookType.TOKEN, (type, failure) -> {
                    seen.set(failure);
                    return TokenResponseBuilder.create()
                            .addIdTokenClaim("fallback", true)
                            .build();
                })
                .build();
        answer(endpoint, Payloads.TOKEN_CLIENT_CREDENTIALS);
        assertThat(reply[0].status()).isEqualTo(204);
        assertThat(seen.get())
                .isInstanceOf(InvalidResponseException.class)
                .satisfies(e -> assertThat(((InvalidResponseException) e).rule())
                        .isEqualTo(InvalidResponseException.Rule.TOKEN_NOT_MINTED));
    }
}
