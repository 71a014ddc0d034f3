package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktahooks.core.InvalidResponseException.Rule;
import io.oktahooks.core.token.TokenRequest;
import io.oktahooks.core.token.TokenResponseBuilder;
import org.junit.jupiter.api.Test;

/** An access token's aud and sub may be replaced (Okta's exception to its reserved claims) but never removed. */
class SystemClaimRemovalTest {

    private final TokenRequest request = TokenRequest.parse(Payloads.bytes(Payloads.TOKEN));

    @Test
    void audAndSubMayBeReplacedInAnAccessToken() {
        assertThat(request.respond()
                        .replaceAccessTokenClaim("aud", "api://other")
                        .replaceAccessTokenClaim("sub", "someone")
                        .build()
                        .commands()
                        .get(0)
                        .value())
                .hasSize(2);
    }

    @Test
    void audAndSubCanNeverBeRemovedFromAnAccessToken() {
        for (String claim : new String[] {"aud", "sub"}) {
            assertThatThrownBy(() -> TokenResponseBuilder.create().removeAccessTokenClaim(claim))
                    .isInstanceOf(InvalidResponseException.class)
                    .satisfies(e ->
                            assertThat(((InvalidResponseException) e).rule()).isEqualTo(Rule.SYSTEM_CLAIM_REMOVED))
                    .hasMessageContaining("'" + claim + "' may be replaced in an access token but never removed");
            assertThatThrownBy(() -> request.respond().removeAccessTokenClaim(claim))
                    .isInstanceOf(InvalidResponseException.class);
        }
    }
}
