package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.token.ClaimPath;
import io.oktahooks.core.token.TokenRequest;
import io.oktahooks.core.token.TokenResponseBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Okta's documented rules for token patches are enforced while the response is built. */
class TokenPatchRulesTest {

    private final TokenRequest request = TokenRequest.parse(Payloads.bytes(Payloads.TOKEN));

    private static JsonNode ops(HookResponse response, int command) {
        return response.commands().get(command).value();
    }

    @Test
    void claimNamesAreEscapedAsJsonPointerTokens() {
        HookResponse response = TokenResponseBuilder.create()
                .addIdTokenClaim("https://example.com/roles", List.of("admin"))
                .addIdTokenClaim("a~b", 1)
                .build();
        assertThat(ops(response, 0).get(0).get("path").asText()).isEqualTo("/claims/https:~1~1example.com~1roles");
        assertThat(ops(response, 0).get(1).get("path").asText()).isEqualTo("/claims/a~0b");
    }

    @Test
    void reservedClaimsCannotBePatched() {
        for (String claim : List.of("sub", "iss", "exp", "jti", "scp", "groups", "aud")) {
            assertThatThrownBy(() -> TokenResponseBuilder.create().addIdTokenClaim(claim, "x"))
                    .isInstanceOf(InvalidResponseException.class)
                    .hasMessageContaining("'" + claim + "' is reserved by Okta");
        }
        assertThatThrownBy(() -> TokenResponseBuilder.create().replaceAccessTokenClaim("iss", "x"))
                .hasMessageContaining("reserved");
    }

    @Test
    void audAndSubMayBePatchedOnlyInAccessTokens() {
        HookResponse response = TokenResponseBuilder.create()
                .replaceAccessTokenClaim("aud", "api://other")
                .replaceAccessTokenClaim("sub", "someone")
                .build();
        assertThat(ops(response, 0)).hasSize(2);
        assertThatThrownBy(() -> TokenResponseBuilder.create().replaceIdTokenClaim("sub", "x"))
                .hasMessageContaining("access tokens only");
    }

    @Test
    void removeCarriesNoValue() {
        HookResponse response =
                TokenResponseBuilder.create().removeAccessTokenClaim("tier").build();
        assertThat(ops(response, 0).get(0).has("value")).isFalse();
        assertThat(ops(response, 0).get(0).get("op").asText()).isEqualTo("remove");
    }

    @Test
    void addAndReplaceNeedAValue() {
        assertThatThrownBy(() -> TokenResponseBuilder.create().addIdTokenClaim("x", null))
                .isInstanceOf(InvalidResponseException.class)
                .hasMessageContaining("needs a value");
        assertThatThrownBy(() -> TokenResponseBuilder.create()
                        .replaceAccessTokenClaim("x", HookJson.newObject().nullNode()))
                .hasMessageContaining("use remove");
    }

    @Test
    void lifetimeMustBeBetweenFiveMinutesAndOneDay() {
        TokenResponseBuilder.create()
                .idTokenLifetime(Duration.ofSeconds(300))
                .accessTokenLifetime(Duration.ofSeconds(86_400));
        assertThatThrownBy(() -> TokenResponseBuilder.create().idTokenLifetime(Duration.ofSeconds(299)))
                .hasMessageContaining("between 300 and 86400");
        assertThatThrownBy(() -> TokenResponseBuilder.create().accessTokenLifetime(Duration.ofSeconds(86_401)))
                .hasMessageContaining("between 300 and 86400");
        assertThatThrownBy(() -> TokenResponseBuilder.create().accessTokenLifetime(Duration.ofMillis(400_500)))
                .hasMessageContaining("whole seconds");
    }

    @Test
    void lifetimeIsAReplaceOfTheExpirationInSeconds() {
        JsonNode op = ops(
                        TokenResponseBuilder.create()
                                .accessTokenLifetime(Duration.ofMinutes(10))
                                .build(),
                        0)
                .get(0);
        assertThat(op.get("op").asText()).isEqualTo("replace");
        assertThat(op.get("path").asText()).isEqualTo("/token/lifetime/expiration");
        assertThat(op.get("value").asLong()).isEqualTo(600);
    }

    @Test
    void appendOnlyWorksWithAdd() {
        assertThatThrownBy(() -> TokenResponseBuilder.create()
                        .replaceIdTokenClaim(ClaimPath.claim("roles").append(), "x"))
                .hasMessageContaining("only works with add");
        assertThatThrownBy(() -> ClaimPath.claim("roles").append().member("x")).hasMessageContaining("last step");
        assertThatThrownBy(() -> ClaimPath.claim("roles").element(-1)).hasMessageContaining("negative");
    }

    @Test
    void patchesForOneTokenShareOneCommandInOrder() {
        HookResponse response = TokenResponseBuilder.create()
                .addIdTokenClaim("a", 1)
                .addAccessTokenClaim("b", 2)
                .addIdTokenClaim("c", Map.of("k", "v"))
                .build();
        assertThat(response.commands())
                .extracting(Command::type)
                .containsExactly("com.okta.identity.patch", "com.okta.access.patch");
        assertThat(ops(response, 0)).hasSize(2);
        assertThat(ops(response, 0).get(1).get("value").get("k").asText()).isEqualTo("v");
    }

    @Test
    void aRequestBoundBuilderRefusesToPatchATokenThatIsNotMinted() {
        TokenRequest clientCredentials = TokenRequest.parse(Payloads.bytes(Payloads.TOKEN_CLIENT_CREDENTIALS));
        assertThatThrownBy(() -> clientCredentials.respond().addIdTokenClaim("x", "y"))
                .isInstanceOf(InvalidResponseException.class)
                .hasMessageContaining("mints no ID token");
        assertThat(clientCredentials
                        .respond()
                        .addAccessTokenClaim("x", "y")
                        .build()
                        .commands())
                .hasSize(1);
        assertThat(clientCredentials.preferredUsername()).isEmpty();
    }

    @Test
    void aRequestBoundBuilderOnlyReplacesOrRemovesClaimsTheTokenHas() {
        assertThat(request.respond()
                        .replaceIdTokenClaim("email", "new@example.com")
                        .removeAccessTokenClaim("tier")
                        .build()
                        .commands())
                .hasSize(2);
        assertThatThrownBy(() -> request.respond().replaceIdTokenClaim("missing", "x"))
                .hasMessageContaining("has no claim 'missing'");
        assertThatThrownBy(() -> request.respond().removeAccessTokenClaim("email"))
                .hasMessageContaining("has no claim 'email'");
        assertThatThrownBy(() -> request.respond()
                        .addIdTokenClaim(ClaimPath.claim("nothing").member("x"), 1))
                .hasMessageContaining("inside a claim the token does not have");
        assertThat(request.respond()
                        .addIdTokenClaim(ClaimPath.claim("profile").member("floor"), 3)
                        .build()
                        .commands())
                .hasSize(1);
    }

    @Test
    void aFreeStandingBuilderAllowsPatchesItCannotCheck() {
        assertThat(TokenResponseBuilder.create()
                        .replaceIdTokenClaim("anything", 1)
                        .build()
                        .commands())
                .hasSize(1);
    }
}
