package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.InvalidResponseException.Rule;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.token.ClaimPath;
import io.oktahooks.core.token.TokenRequest;
import io.oktahooks.core.token.TokenResponseBuilder;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Below the top level, a builder from {@code request.respond()} checks each patch against the
 * token the request mints, as Okta does (one bad operation fails the whole patch).
 */
class NestedTokenPatchRulesTest {

    /** The ID token carries an array of three airports and an employee profile object. */
    private static final String CLAIMS = """
            {"sub": "00uanna1", "nickname": "Anna",
             "preferred_airports": ["sfo", "lax", "jfk"],
             "employee_profile": {"department_id": "4947", "email": "anna@example.com", "address": {"city": "Austin"}},
             "badges": []}""";

    private final TokenRequest request = withIdTokenClaims(CLAIMS);

    static TokenRequest withIdTokenClaims(String claims) {
        ObjectNode json = (ObjectNode) HookJson.readTree(Payloads.bytes(Payloads.TOKEN));
        ((ObjectNode) json.at("/data/identity")).set("claims", HookJson.readTree(Payloads.bytes(claims)));
        return TokenRequest.of(json);
    }

    private static ClaimPath airports() {
        return ClaimPath.claim("preferred_airports");
    }

    private static ClaimPath profile() {
        return ClaimPath.claim("employee_profile");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(ThrowingCallable call, Rule rule) {
        return assertThatThrownBy(call)
                .isInstanceOf(InvalidResponseException.class)
                .satisfies(
                        e -> assertThat(((InvalidResponseException) e).rule()).isEqualTo(rule));
    }

    @Test
    void anAddAtAnIndexPastTheEndOfTheArrayIsRefused() {
        refused(() -> request.respond().addIdTokenClaim(airports().element(4), "ord"), Rule.INDEX_OUT_OF_RANGE)
                .hasMessageContaining("/claims/preferred_airports/4")
                .hasMessageContaining("0 to 3 (or '-' to append)")
                .hasMessageContaining("a JSON array of 3 elements at /claims/preferred_airports");
    }

    @Test
    void anAddAtAnyIndexFromZeroToTheSizeOrAnAppendIsAccepted() {
        HookResponse response = request.respond()
                .addIdTokenClaim(airports().element(0), "bos")
                .addIdTokenClaim(airports().element(4), "ord")
                .addIdTokenClaim(airports().append(), "sea")
                .addIdTokenClaim(ClaimPath.claim("badges").element(0), "first")
                .build();
        assertThat(response.commands().get(0).value()).hasSize(4);
    }

    @Test
    void aReplaceOrRemoveOfAnElementNeedsAnElementAtThatIndex() {
        refused(() -> request.respond().replaceIdTokenClaim(airports().element(3), "ord"), Rule.INDEX_OUT_OF_RANGE)
                .hasMessageContaining("the index must be 0 to 2;");
        refused(
                        () -> request.respond()
                                .removeIdTokenClaim(ClaimPath.claim("badges").element(0)),
                        Rule.INDEX_OUT_OF_RANGE)
                .hasMessageContaining("the array is empty, so there is no element to remove");
        assertThat(request.respond()
                        .replaceIdTokenClaim(airports().element(2), "ord")
                        .removeIdTokenClaim(airports().element(0))
                        .build()
                        .commands())
                .hasSize(1);
    }

    @Test
    void anAddOfAMemberNeedsTheClaimToBeAJsonObject() {
        refused(() -> request.respond().addIdTokenClaim(airports().member("home"), "sfo"), Rule.WRONG_JSON_TYPE)
                .hasMessageContaining("a member can only be addressed inside a JSON object")
                .hasMessageContaining("a JSON array of 3 elements at /claims/preferred_airports");
        refused(
                        () -> request.respond()
                                .addIdTokenClaim(ClaimPath.claim("nickname").member("short"), "A"),
                        Rule.WRONG_JSON_TYPE)
                .hasMessageContaining("a JSON string at /claims/nickname");
        assertThat(request.respond()
                        .addIdTokenClaim(profile().member("floor"), 3)
                        .build()
                        .commands())
                .hasSize(1);
    }

    @Test
    void anElementOrAppendInsideSomethingThatIsNotAnArrayIsRefused() {
        refused(() -> request.respond().addIdTokenClaim(profile().append(), "x"), Rule.WRONG_JSON_TYPE)
                .hasMessageContaining("append only works on a JSON array")
                .hasMessageContaining("a JSON object with 3 members at /claims/employee_profile");
        refused(
                        () -> request.respond()
                                .replaceIdTokenClaim(ClaimPath.claim("nickname").element(0), "x"),
                        Rule.WRONG_JSON_TYPE)
                .hasMessageContaining("an element index only works on a JSON array");
    }

    @Test
    void anAddBelowAParentTheTokenLacksIsRefused() {
        refused(
                        () -> request.respond()
                                .addIdTokenClaim(profile().member("manager").member("name"), "Kim"),
                        Rule.CLAIM_NOT_PRESENT)
                .hasMessageContaining("every object and array on the path must exist")
                .hasMessageContaining("the token has nothing at /claims/employee_profile/manager");
        refused(
                        () -> request.respond()
                                .addIdTokenClaim(ClaimPath.claim("missing").member("x"), 1),
                        Rule.CLAIM_NOT_PRESENT)
                .hasMessageContaining("inside a claim the token does not have");
        assertThat(request.respond()
                        .addIdTokenClaim(profile().member("address").member("zip"), "78701")
                        .build()
                        .commands())
                .hasSize(1);
    }

    @Test
    void aReplaceOrRemoveOfAMemberTheTokenLacksIsRefused() {
        refused(() -> request.respond().replaceIdTokenClaim(profile().member("phone"), "x"), Rule.CLAIM_NOT_PRESENT)
                .hasMessageContaining("replace needs an existing member 'phone'");
        refused(
                () -> request.respond()
                        .removeIdTokenClaim(profile().member("address").member("zip")),
                Rule.CLAIM_NOT_PRESENT);
        assertThat(request.respond()
                        .replaceIdTokenClaim(profile().member("email"), "a@example.org")
                        .removeIdTokenClaim(profile().member("address").member("city"))
                        .build()
                        .commands())
                .hasSize(1);
    }

    @Test
    void refusalsNameThePathAndTheJsonTypeButNeverAClaimValue() {
        for (ThrowingCallable call : List.<ThrowingCallable>of(
                () -> request.respond()
                        .addIdTokenClaim(ClaimPath.claim("nickname").member("x"), 1),
                () -> request.respond().addIdTokenClaim(airports().element(9), "x"),
                () -> request.respond()
                        .replaceIdTokenClaim(profile().member("address").member("zip"), "x"))) {
            assertThatThrownBy(call)
                    .hasMessageNotContaining("Anna")
                    .hasMessageNotContaining("sfo")
                    .hasMessageNotContaining("Austin")
                    .hasMessageNotContaining("anna@example.com")
                    .hasMessageContaining("/claims/");
        }
    }

    @Test
    void patchesApplyInOrderSoAClaimAddedFirstCanBePatchedInside() {
        HookResponse response = request.respond()
                .addIdTokenClaim("team", List.of("a"))
                .addIdTokenClaim(ClaimPath.claim("team").element(1), "b")
                .removeIdTokenClaim(airports().element(0))
                .replaceIdTokenClaim(airports().element(1), "ord")
                .build();
        assertThat(response.commands().get(0).value()).hasSize(4);
        refused(
                () -> request.respond()
                        .removeIdTokenClaim(airports().element(2))
                        .replaceIdTokenClaim(airports().element(2), "x"),
                Rule.INDEX_OUT_OF_RANGE);
        refused(
                () -> request.respond().removeIdTokenClaim("nickname").replaceIdTokenClaim("nickname", "x"),
                Rule.CLAIM_NOT_PRESENT);
    }

    @Test
    void aRefusedPatchLeavesTheBuilderAsItWas() {
        TokenResponseBuilder builder =
                request.respond().addIdTokenClaim(airports().element(3), "ord");
        assertThatThrownBy(() -> builder.addIdTokenClaim(airports().element(5), "sea"))
                .isInstanceOf(InvalidResponseException.class);
        JsonNode ops = builder.addIdTokenClaim(airports().element(4), "sea")
                .build()
                .commands()
                .get(0)
                .value();
        assertThat(ops).hasSize(2);
        assertThat(ops.get(1).get("path").asText()).isEqualTo("/claims/preferred_airports/4");
    }

    @Test
    void theRequestsOwnClaimsAreNeverChangedByTheBuilder() {
        request.respond()
                .removeIdTokenClaim("nickname")
                .addIdTokenClaim(airports().append(), "sea")
                .build();
        assertThat(request.identity().orElseThrow().claims().json())
                .isEqualTo(HookJson.readTree(Payloads.bytes(CLAIMS)));
    }
}
