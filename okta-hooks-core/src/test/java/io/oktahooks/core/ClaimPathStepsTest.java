package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktahooks.core.InvalidResponseException.Rule;
import io.oktahooks.core.token.ClaimPath;
import io.oktahooks.core.token.TokenRequest;
import org.junit.jupiter.api.Test;

/** Append is a step of its own, so a member literally named "-" is an ordinary member. */
class ClaimPathStepsTest {

    private final TokenRequest request = NestedTokenPatchRulesTest.withIdTokenClaims("""
            {"flags": {"-": true, "beta": false}, "tags": ["a"]}""");

    @Test
    void aClaimMemberLiterallyNamedDashIsAddressable() {
        ClaimPath dash = ClaimPath.claim("flags").member("-");
        assertThat(dash.isAppend()).isFalse();
        assertThat(dash.steps()).containsExactly(new ClaimPath.Member("-"));
        assertThat(dash.member("x").pointer()).isEqualTo("/claims/flags/-/x");
        assertThat(request.respond()
                        .replaceIdTokenClaim(dash, false)
                        .removeIdTokenClaim(dash)
                        .build()
                        .commands()
                        .get(0)
                        .value())
                .hasSize(2);
    }

    @Test
    void aMemberNamedDashIsNotAnAppendToAnArray() {
        assertThatThrownBy(() -> request.respond()
                        .addIdTokenClaim(ClaimPath.claim("tags").member("-"), "b"))
                .isInstanceOf(InvalidResponseException.class)
                .satisfies(
                        e -> assertThat(((InvalidResponseException) e).rule()).isEqualTo(Rule.WRONG_JSON_TYPE));
        assertThat(request.respond()
                        .addIdTokenClaim(ClaimPath.claim("tags").append(), "b")
                        .build()
                        .commands())
                .hasSize(1);
    }

    @Test
    void appendIsADistinctStepThatOnlyEndsAPath() {
        ClaimPath append = ClaimPath.claim("tags").append();
        assertThat(append.isAppend()).isTrue();
        assertThat(append.steps()).containsExactly(new ClaimPath.Append());
        assertThat(append.pointer()).isEqualTo("/claims/tags/-");
        assertThatThrownBy(() -> append.member("x")).hasMessageContaining("only be the last step");
        assertThat(ClaimPath.claim("a~b/c").member("~").element(2).pointer()).isEqualTo("/claims/a~0b~1c/~0/2");
    }
}
