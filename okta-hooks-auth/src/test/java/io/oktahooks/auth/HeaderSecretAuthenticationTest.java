package io.oktahooks.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktahooks.auth.secret.HeaderSecretAuthenticator;
import io.oktahooks.core.AuthResult;
import io.oktahooks.core.HookAuthenticator;
import io.oktahooks.core.HookHeaders;
import org.junit.jupiter.api.Test;

/** Threat model H1 to H8 (docs/threat-model.md): header-secret mode. */
class HeaderSecretAuthenticationTest {

    static final String USER = "okta-hooks";
    static final String PASSWORD = "correct-horse-battery-staple";
    static final String BASIC = HeaderSecretAuthenticator.basicValue(USER, PASSWORD);

    private final HookAuthenticator auth = HookAuth.basic(USER, PASSWORD);

    private static String reason(AuthResult result) {
        assertThat(result).isInstanceOf(AuthResult.Rejected.class);
        return ((AuthResult.Rejected) result).reason();
    }

    @Test
    void h1MissingOrEmptyCredentialsAreRejected() {
        assertThat(reason(auth.authenticate(HookHeaders.of()))).isEqualTo("missing_credentials");
        assertThat(reason(auth.authenticate(HookHeaders.of("Authorization", ""))))
                .isEqualTo("missing_credentials");
        assertThat(reason(auth.authenticate(HookHeaders.of("Authorization", "   "))))
                .isEqualTo("missing_credentials");
    }

    @Test
    void h2WrongSecretsAreRejectedWithoutException() {
        assertThat(reason(auth.authenticate(HookHeaders.of(
                        "Authorization", HeaderSecretAuthenticator.basicValue(USER, "wrong-password-here")))))
                .isEqualTo("bad_credentials");
        String lastCharDiffers = BASIC.substring(0, BASIC.length() - 1) + (BASIC.endsWith("A") ? "B" : "A");
        assertThat(reason(auth.authenticate(HookHeaders.of("Authorization", lastCharDiffers))))
                .isEqualTo("bad_credentials");
        assertThat(reason(auth.authenticate(HookHeaders.of("Authorization", "x"))))
                .isEqualTo("bad_credentials");
        assertThat(reason(auth.authenticate(HookHeaders.of("Authorization", "x".repeat(100_000)))))
                .isEqualTo("bad_credentials");
    }

    @Test
    void theRightSecretIsAccepted() {
        assertThat(auth.authenticate(HookHeaders.of("Authorization", BASIC))).isInstanceOf(AuthResult.Accepted.class);
        assertThat(auth.authenticate(HookHeaders.of("Authorization", " " + BASIC + "\t")))
                .isInstanceOf(AuthResult.Accepted.class);
    }

    @Test
    void h4HeaderNamesIgnoreCaseButValuesDoNot() {
        assertThat(auth.authenticate(HookHeaders.of("AUTHORIZATION", BASIC))).isInstanceOf(AuthResult.Accepted.class);
        assertThat(auth.authenticate(HookHeaders.of("authorization", BASIC))).isInstanceOf(AuthResult.Accepted.class);
        assertThat(reason(auth.authenticate(HookHeaders.of("Authorization", "basic " + BASIC.substring(6)))))
                .isEqualTo("bad_credentials");
    }

    @Test
    void h4aRepeatedHeaderIsAmbiguousInEitherOrder() {
        assertThat(reason(auth.authenticate(HookHeaders.of("Authorization", BASIC, "Authorization", "Basic d3Jvbmc="))))
                .isEqualTo("ambiguous_credentials");
        assertThat(reason(auth.authenticate(HookHeaders.of("Authorization", "Basic d3Jvbmc=", "authorization", BASIC))))
                .isEqualTo("ambiguous_credentials");
    }

    @Test
    void h4aCustomHeaderIsTheOnlyPlaceTheSecretCounts() {
        HookAuthenticator custom = HookAuth.headerSecret()
                .header("X-Okta-Secret")
                .secret("s3cr3t-value-of-32-characters-xx")
                .build();
        assertThat(custom.authenticate(HookHeaders.of("x-okta-secret", "s3cr3t-value-of-32-characters-xx")))
                .isInstanceOf(AuthResult.Accepted.class);
        assertThat(reason(custom.authenticate(HookHeaders.of("Authorization", "s3cr3t-value-of-32-characters-xx"))))
                .isEqualTo("missing_credentials");
    }

    @Test
    void h5MalformedBasicValuesAreJustWrong() {
        for (String value :
                new String[] {"Basic !!!notbase64", "Basic ", "Basic YWRt", "Basic" + "A".repeat(10_000), "Bearer x.y.z"
                }) {
            assertThat(reason(auth.authenticate(HookHeaders.of("Authorization", value))))
                    .as(value)
                    .isIn("bad_credentials", "missing_credentials");
        }
    }

    @Test
    void h6MisconfigurationFailsAtBuildNamingTheFieldNeverTheSecret() {
        assertThatThrownBy(() -> HookAuth.headerSecret().secret(" ").build())
                .hasMessageContaining("secret is required");
        assertThatThrownBy(
                        () -> HookAuth.headerSecret().secret("short-secret-9").build())
                .hasMessageContaining("at least 16 characters")
                .hasMessageNotContaining("short-secret-9");
        assertThatThrownBy(() -> HookAuth.basic("ad:min", "long-enough-password"))
                .hasMessageContaining("must not contain ':'");
        assertThatThrownBy(() -> HookAuth.basic("admin", "short"))
                .hasMessageContaining("at least 8")
                .hasMessageNotContaining("short\"");
        assertThatThrownBy(() -> HookAuth.headerSecret().build()).hasMessageContaining("at least one secret");
        assertThatThrownBy(() -> HookAuth.headerSecret()
                        .header("Bad Header")
                        .secret("s".repeat(32))
                        .build())
                .hasMessageContaining("header name");
    }

    @Test
    void h7EverySecretOfARotationIsAccepted() {
        HookAuthenticator rotating = HookAuth.headerSecret()
                .basic("admin", "old-password-123")
                .basic("admin", "new-password-456")
                .build();
        assertThat(rotating.authenticate(HookHeaders.of(
                        "Authorization", HeaderSecretAuthenticator.basicValue("admin", "old-password-123"))))
                .isInstanceOf(AuthResult.Accepted.class);
        assertThat(rotating.authenticate(HookHeaders.of(
                        "Authorization", HeaderSecretAuthenticator.basicValue("admin", "new-password-456"))))
                .isInstanceOf(AuthResult.Accepted.class);
        HookAuthenticator rotated =
                HookAuth.headerSecret().basic("admin", "new-password-456").build();
        assertThat(rotated.authenticate(HookHeaders.of(
                        "Authorization", HeaderSecretAuthenticator.basicValue("admin", "old-password-123"))))
                .isInstanceOf(AuthResult.Rejected.class);
    }

    @Test
    void h8ToStringNeverShowsASecret() {
        assertThat(auth.toString())
                .doesNotContain(PASSWORD)
                .doesNotContain(BASIC.substring(6))
                .contains("secrets=1");
        assertThat(reason(auth.authenticate(HookHeaders.of("Authorization", "Basic " + "leak"))))
                .doesNotContain("leak");
    }
}
