package io.oktahooks.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.core.AuthResult;
import io.oktahooks.core.HookAuthenticator;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookHeaders;
import io.oktahooks.core.HookHttpRequest;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookResponse;
import io.oktahooks.core.HookType;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * RFC 9110 §15.5.2: every 401 carries a WWW-Authenticate challenge, for a secret in a custom
 * header as for Basic in Authorization.
 */
class HeaderSecretChallengeTest {

    private static final String SECRET = "s3cr3t-value-of-32-characters-xx";
    /** RFC 9110 §11.6.1 / §11.2: auth-scheme, then auth-params token=quoted-string separated by commas. */
    private static final Pattern CHALLENGE = Pattern.compile(
            "[!#$%&'*+.^_`|~0-9A-Za-z-]+ [!#$%&'*+.^_`|~0-9A-Za-z-]+=\"([^\"\\\\]|\\\\.)*\"(, *[!#$%&'*+.^_`|~0-9A-Za-z-]+=\"([^\"\\\\]|\\\\.)*\")*");

    private static String challenge(AuthResult result) {
        assertThat(result).isInstanceOf(AuthResult.Rejected.class);
        return ((AuthResult.Rejected) result).challenge();
    }

    @Test
    void aMissingOrWrongCustomHeaderSecretCarriesAChallengeNamingTheHeader() {
        HookAuthenticator custom =
                HookAuth.headerSecret().header("X-Hook-Secret").secret(SECRET).build();
        String expected = "Secret realm=\"okta-hooks\", header=\"X-Hook-Secret\"";
        assertThat(challenge(custom.authenticate(HookHeaders.of()))).isEqualTo(expected);
        assertThat(challenge(custom.authenticate(HookHeaders.of("X-Hook-Secret", "wrong-" + SECRET))))
                .isEqualTo(expected);
        assertThat(expected).matches(CHALLENGE);
    }

    @Test
    void theAuthorizationHeaderKeepsTheBasicChallenge() {
        assertThat(challenge(HookAuth.basic("admin", "correct-horse-battery").authenticate(HookHeaders.of())))
                .isEqualTo("Basic realm=\"okta-hooks\"")
                .matches(CHALLENGE);
    }

    @Test
    void anOddHeaderNameIsQuotedSoTheChallengeStaysValid() {
        HookAuthenticator odd =
                HookAuth.headerSecret().header("X\"Odd\\Name").secret(SECRET).build();
        assertThat(challenge(odd.authenticate(HookHeaders.of())))
                .isEqualTo("Secret realm=\"okta-hooks\", header=\"X\\\"Odd\\\\Name\"")
                .matches(CHALLENGE);
    }

    @Test
    void theEndpointsFourOhOneCarriesTheChallenge() {
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(HookAuth.headerSecret()
                        .header("X-Hook-Secret")
                        .secret(SECRET)
                        .build())
                .token(r -> HookResponse.empty(HookType.TOKEN))
                .build();
        HookHttpResponse reply = endpoint.handle(
                HookType.TOKEN,
                HookHttpRequest.postJson("{}".getBytes(StandardCharsets.UTF_8), "X-Hook-Secret", "wrong"));
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).contains("Secret realm=\"okta-hooks\", header=\"X-Hook-Secret\"");
    }
}
