package io.oktahooks.auth;

import static io.oktahooks.testsupport.LogCapture.logsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** H6: a secret that is allowed but short gets a warning at configuration time; a strong one does not. */
class WeakSecretWarningTest {

    @Test
    void shortButAllowedSecretsAreWarnedAbout() {
        assertThat(logsOf(() -> HookAuth.headerSecret().secret("s".repeat(31)).build()))
                .contains("shorter than 32 characters");
        assertThat(logsOf(() -> HookAuth.headerSecret().secret("s".repeat(32)).build()))
                .doesNotContain("shorter than");
        assertThat(logsOf(() -> HookAuth.basic("admin", "p".repeat(15)))).contains("shorter than 16 characters");
        assertThat(logsOf(() -> HookAuth.basic("admin", "p".repeat(16)))).doesNotContain("shorter than");
    }

    @Test
    void optingOutOfClientPinningIsWarnedAbout() {
        assertThat(logsOf(() -> HookAuth.jwt()
                        .issuer(Tokens.ISSUER)
                        .audience(Tokens.AUDIENCE)
                        .anyClient()
                        .keys(Tokens.publicKeys(Tokens.KEY))
                        .build()))
                .contains("anyClient() opts out of client pinning; any client of " + Tokens.ISSUER + " with audience "
                        + Tokens.AUDIENCE + " is accepted");
        assertThat(logsOf(() -> HookAuth.jwt()
                        .issuer(Tokens.ISSUER)
                        .audience(Tokens.AUDIENCE)
                        .clientIds("0oa1")
                        .keys(Tokens.publicKeys(Tokens.KEY))
                        .build()))
                .doesNotContain("client pinning");
    }
}
