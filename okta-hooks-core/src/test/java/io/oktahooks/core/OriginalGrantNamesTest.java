package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.core.token.OriginalGrant;
import io.oktahooks.core.token.TokenRequest;
import org.junit.jupiter.api.Test;

/** Okta's specification renamed OriginalGrant.request to OriginalGrant.authorization in 2026: both are read. */
class OriginalGrantNamesTest {

    private static OriginalGrant grant(String member) {
        return TokenRequest.parse(
                        Payloads.bytes("{\"eventType\":\"com.okta.oauth2.tokens.transform\",\"data\":{\"context\":{"
                                + "\"protocol\":{\"OriginalGrant\":{\"" + member
                                + "\":{\"id\":\"req1\",\"client_id\":\"0oaapp\"},"
                                + "\"refresh_token\":{\"jti\":\"rt1\"}}}}}}"))
                .protocol()
                .orElseThrow()
                .originalGrant()
                .orElseThrow();
    }

    @Test
    void theCurrentNameAuthorizationIsRead() {
        assertThat(grant("authorization")
                        .authorization()
                        .orElseThrow()
                        .json()
                        .path("client_id")
                        .asText())
                .isEqualTo("0oaapp");
    }

    @Test
    void theFormerNameRequestIsReadToo() {
        OriginalGrant grant = grant("request");
        assertThat(grant.authorization().orElseThrow().json().path("client_id").asText())
                .isEqualTo("0oaapp");
        assertThat(grant.refreshTokenJti()).contains("rt1");
    }
}
