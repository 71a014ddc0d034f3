package io.oktahooks.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktahooks.auth.jwt.JwtAuthenticator;
import io.oktahooks.auth.jwt.JwtVerification;
import io.oktahooks.core.HookHeaders;
import org.junit.jupiter.api.Test;

/** The auth builders follow the SDK's convention: setters record, a later call corrects an earlier one, build() names every problem. */
class BuilderConventionTest {

    private static final java.time.Clock FIXED = java.time.Clock.fixed(Tokens.NOW, java.time.ZoneOffset.UTC);

    @Test
    void aCorrectedJwksUriBuilds() {
        JwtAuthenticator jwt = HookAuth.jwt()
                .issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .clientIds(Tokens.CLIENT)
                .jwksUri("bad uri with spaces")
                .jwksUri(Tokens.ISSUER + "/v1/keys")
                .build();
        assertThat(jwt).isNotNull();
        jwt.close();
    }

    @Test
    void aCorrectedAlgorithmListBuildsBecauseAlgorithmsReplaces() {
        JwtAuthenticator jwt = HookAuth.jwt()
                .issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .clientIds(Tokens.CLIENT)
                .clock(FIXED)
                .keys(Tokens.publicKeys(Tokens.KEY))
                .algorithms("HS256")
                .algorithms("RS256")
                .build();
        assertThat(jwt.verify(Tokens.valid())).isInstanceOf(JwtVerification.Verified.class);
    }

    @Test
    void clientIdsAddsSoEveryListedClientIsAccepted() {
        JwtAuthenticator jwt = HookAuth.jwt()
                .issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .clock(FIXED)
                .clientIds("0oaother")
                .clientIds(Tokens.CLIENT)
                .keys(Tokens.publicKeys(Tokens.KEY))
                .build();
        assertThat(jwt.verify(Tokens.valid())).isInstanceOf(JwtVerification.Verified.class);
        assertThat(jwt.toString()).contains("0oaother", Tokens.CLIENT);
    }

    @Test
    void everyJwtProblemIsNamedAtOnce() {
        assertThatThrownBy(() ->
                        HookAuth.jwt().jwksUri("bad uri").algorithms("none").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("issuer is required")
                .hasMessageContaining("audience is required")
                .hasMessageContaining("clientIds is required")
                .hasMessageContaining("algorithm none is not allowed");
    }

    @Test
    void aCorrectedHeaderNameBuilds() {
        var authenticator = HookAuth.headerSecret()
                .header("Bad Header")
                .header("X-Hook-Secret")
                .secret("a-secret-of-32-characters-or-so!")
                .build();
        assertThat(authenticator.authenticate(HookHeaders.of("x-hook-secret", "a-secret-of-32-characters-or-so!")))
                .isInstanceOf(io.oktahooks.core.AuthResult.Accepted.class);
    }

    @Test
    void everyHeaderSecretProblemIsNamedAtOnceWithoutTheSecrets() {
        assertThatThrownBy(() -> HookAuth.headerSecret()
                        .header("")
                        .secret("short")
                        .basic("a:b", "password1")
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(
                        "header-secret authentication is misconfigured: header name must be a non-empty HTTP token")
                .hasMessageContaining("secret must be at least 16 characters")
                .hasMessageContaining("basic user must not contain ':'")
                .hasMessageNotContaining("short")
                .hasMessageNotContaining("password1");
    }
}
