package io.oktahooks.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktahooks.auth.jwt.JwtAuthenticator;
import io.oktahooks.auth.jwt.JwtVerification;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review finding 1: on Okta's default authorization server every app's access tokens carry the
 * audience {@code api://default}, so without a client pin an end user's single-page-app token
 * opens the hook. A verifier must pin the hook's client, or opt out by name.
 */
class ClientPinningTest {

    /** An end user's token from the portal's single-page app: same issuer and audience, another client. */
    private static final String PORTAL_USER_TOKEN = Tokens.with(c ->
            c.claim("cid", "0oaportalspa").subject("00uenduser").claim("scp", List.of("openid", "profile", "email")));

    private static JwtAuthenticator.Builder unpinned() {
        return HookAuth.jwt()
                .issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .keys(Tokens.publicKeys(Tokens.KEY))
                .clock(Clock.fixed(Tokens.NOW, ZoneOffset.UTC));
    }

    @Test
    void aTokenFromAnotherClientIsRefusedWhenNoClientIdsAreSet() {
        assertThatThrownBy(() -> unpinned().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(
                        "JWT authentication is misconfigured: clientIds is required (client pinning: only the hook's own "
                                + "OAuth client may call): call clientIds(\"0oa...\") with the client id of the app set on the hook, or "
                                + "anyClient() to accept every client of this authorization server whose tokens carry the audience");
        JwtAuthenticator pinned = unpinned().clientIds(Tokens.CLIENT).build();
        assertThat(pinned.verify(PORTAL_USER_TOKEN)).isEqualTo(new JwtVerification.Rejected(AuthFailure.BAD_CLIENT));
        assertThat(pinned.verify(Tokens.valid())).isInstanceOf(JwtVerification.Verified.class);
    }

    @Test
    void acceptingAnyClientTakesANamedOptOut() {
        JwtAuthenticator any = unpinned().anyClient().build();
        assertThat(any.verify(PORTAL_USER_TOKEN)).isInstanceOf(JwtVerification.Verified.class);
        assertThatThrownBy(() -> unpinned().anyClient().clientIds(Tokens.CLIENT).build())
                .hasMessageContaining("clientIds(...) and anyClient() are alternatives");
    }
}
