package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.core.token.ClaimPath;
import io.oktahooks.core.token.TokenResponseBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A builder may go on changing after build(); responses already built never change with it. */
class BuilderCopyOnWriteTest {

    @Test
    void addingToTheSamePatchAfterBuildLeavesTheBuiltResponseAlone() {
        TokenResponseBuilder builder = TokenResponseBuilder.create().addIdTokenClaim("a", 1);
        HookResponse first = builder.build();
        byte[] firstBytes = first.toBytes();
        HookResponse second = builder.addIdTokenClaim("b", 2)
                .addAccessTokenClaim(ClaimPath.claim("c"), "x")
                .build();
        assertThat(first.toBytes()).isEqualTo(firstBytes);
        assertThat(first.commands()).hasSize(1);
        assertThat(first.commands().get(0).value()).hasSize(1);
        assertThat(second.commands()).hasSize(2);
        assertThat(second.commands().get(0).value()).hasSize(2);
    }

    @Test
    void debugContextAddedAfterBuildIsNotInTheBuiltResponse() {
        TokenResponseBuilder builder = TokenResponseBuilder.create().debugContext("step", 1);
        HookResponse first = builder.build();
        HookResponse second =
                builder.debugContext(Map.of("step", 2, "more", List.of("x"))).build();
        assertThat(first.debugContext())
                .hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("{\"step\":1}"));
        assertThat(second.debugContext())
                .hasValueSatisfying(d -> assertThat(d.get("step").asInt()).isEqualTo(2));
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void buildingTwiceWithoutChangesGivesEqualResponses() {
        TokenResponseBuilder builder = TokenResponseBuilder.create()
                .replaceAccessTokenClaim(ClaimPath.claim("x"), "y")
                .removeAccessTokenClaim(ClaimPath.claim("z"));
        HookResponse first = builder.build();
        assertThat(builder.build()).isEqualTo(first).hasSameHashCodeAs(first);
        assertThat(first.commands().get(0).value().toString())
                .isEqualTo(
                        "[{\"op\":\"replace\",\"path\":\"/claims/x\",\"value\":\"y\"},{\"op\":\"remove\",\"path\":\"/claims/z\"}]");
    }
}
