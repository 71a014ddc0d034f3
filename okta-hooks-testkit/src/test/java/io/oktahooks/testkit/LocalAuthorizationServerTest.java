package io.oktahooks.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.auth.AuthFailure;
import io.oktahooks.auth.jwt.JwtAuthenticator;
import io.oktahooks.auth.jwt.JwtVerification;
import io.oktahooks.core.AuthResult;
import io.oktahooks.core.HookHeaders;
import io.oktahooks.testkit.tokens.BasicAuth;
import io.oktahooks.testkit.tokens.LocalAuthorizationServer;
import io.oktahooks.testsupport.Await;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The local authorization server mints Okta-shaped tokens that the SDK's verifier accepts end to end. */
class LocalAuthorizationServerTest {

    @Test
    void tokensVerifyAgainstTheInMemoryKeys() {
        LocalAuthorizationServer okta = LocalAuthorizationServer.create();
        JwtAuthenticator verifier = okta.authenticatorBuilder().build();
        assertThat(verifier.authenticate(
                        HookHeaders.of("Authorization", okta.token().header())))
                .isEqualTo(AuthResult.accepted(LocalAuthorizationServer.DEFAULT_CLIENT_ID));
        assertThat(verifier.verify(okta.token().audience("api://other").mint()))
                .isEqualTo(new JwtVerification.Rejected(AuthFailure.BAD_AUDIENCE));
        assertThat(verifier.verify(okta.token().scopes("openid").mint()))
                .isEqualTo(new JwtVerification.Rejected(AuthFailure.INSUFFICIENT_SCOPE));
        assertThat(verifier.verify(okta.token().lifetime(Duration.ofHours(30)).mint()))
                .isEqualTo(new JwtVerification.Rejected(AuthFailure.LIFETIME_TOO_LONG));
    }

    @Test
    void tokensVerifyOverHttpAndKeyRotationIsFollowed() throws Exception {
        try (LocalAuthorizationServer okta = LocalAuthorizationServer.create().start();
                JwtAuthenticator verifier = okta.authenticatorBuilder()
                        .jwksCacheTtl(Duration.ofSeconds(5))
                        .jwksRefreshTimeout(Duration.ofMillis(500))
                        .jwksRefreshAhead(Duration.ofSeconds(1))
                        .jwksRateLimit(Duration.ofMillis(100))
                        .jwksOutageTolerance(Duration.ofMinutes(1))
                        .build()) {
            assertThat(okta.issuer()).startsWith("http://127.0.0.1:");
            String before = okta.token().mint();
            assertThat(verifier.verify(before)).isInstanceOf(JwtVerification.Verified.class);
            String oldKid = okta.currentKeyId();
            okta.rotateKey(false);
            assertThat(okta.currentKeyId()).isNotEqualTo(oldKid);
            String rotated = okta.token().mint();
            // an unknown kid refetches the keys at most every 100 ms: ask less often than that
            Await.until(
                    Duration.ofSeconds(10),
                    Duration.ofMillis(150),
                    "the rotated key is fetched",
                    () -> verifier.verify(rotated) instanceof JwtVerification.Verified);
            assertThat(verifier.verify(okta.token().subject("other").mint()))
                    .isInstanceOf(JwtVerification.Verified.class);
        }
    }

    @Test
    void basicHeadersAreBuiltAsOktaSendsThem() {
        assertThat(BasicAuth.header("admin", "supersecret")).isEqualTo("Basic YWRtaW46c3VwZXJzZWNyZXQ=");
    }
}
