package io.oktahooks.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookRequest;
import io.oktahooks.core.HookType;
import io.oktahooks.testkit.fixtures.Fixture;
import io.oktahooks.testkit.simulator.ContractViolation;
import io.oktahooks.testkit.simulator.ResponseContract;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Given the request it sent, the contract check applies every rule that depends on it, as Okta
 * does; without the request, such replies pass (they may be right for another request).
 */
class RequestAwareContractTest {

    static HookHttpResponse reply(String json) {
        return new HookHttpResponse(
                200, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8));
    }

    static String patch(String command, String... operations) {
        return "{\"commands\":[{\"type\":\"" + command + "\",\"value\":[" + String.join(",", operations) + "]}]}";
    }

    static String op(String op, String path, String value) {
        return "{\"op\":\"" + op + "\",\"path\":\"" + path + "\"" + (value == null ? "" : ",\"value\":" + value) + "}";
    }

    private static List<String> codes(HookRequest request, String json) {
        return ResponseContract.check(request, reply(json)).stream()
                .map(ContractViolation::rule)
                .toList();
    }

    private static List<String> codesWithoutRequest(HookType type, String json) {
        return ResponseContract.check(type, reply(json)).stream()
                .map(ContractViolation::rule)
                .toList();
    }

    @Test
    void aPatchOfATokenTheRequestDoesNotMintIsReported() {
        String idPatch = patch("com.okta.identity.patch", op("add", "/claims/extPatientId", "\"1235\""));
        assertThat(codes(Fixture.TOKEN_CLIENT_CREDENTIALS.request(), idPatch)).containsExactly("token-not-minted");
        assertThat(codes(Fixture.TOKEN_AUTHORIZATION_CODE.request(), idPatch)).isEmpty();
        assertThat(codesWithoutRequest(HookType.TOKEN, idPatch)).isEmpty();
    }

    @Test
    void aReplaceOrRemoveOfAClaimTheSentTokenLacksIsReported() {
        String json = patch(
                "com.okta.access.patch",
                op("replace", "/claims/tier", "\"gold\""),
                op("remove", "/claims/nickname", null));
        assertThat(codes(Fixture.TOKEN_AUTHORIZATION_CODE.request(), json))
                .containsExactly("claim-not-present", "claim-not-present");
        assertThat(codes(
                        Fixture.TOKEN_AUTHORIZATION_CODE
                                .builder()
                                .accessTokenClaim("tier", "silver")
                                .accessTokenClaim("nickname", "J")
                                .build(),
                        json))
                .isEmpty();
        assertThat(codesWithoutRequest(HookType.TOKEN, json)).isEmpty();
    }

    @Test
    void nestedPathsAreCheckedAgainstTheSentToken() {
        HookRequest request = Fixture.TOKEN_AUTHORIZATION_CODE
                .builder()
                .idTokenClaim("preferred_airports", List.of("sfo", "lax"))
                .idTokenClaim("employee_profile", Map.of("department_id", "4947"))
                .build();
        assertThat(codes(
                        request,
                        patch(
                                "com.okta.identity.patch",
                                op("add", "/claims/preferred_airports/3", "\"jfk\""),
                                op("add", "/claims/preferred_airports/home", "\"sfo\""),
                                op("add", "/claims/employee_profile/manager/name", "\"Kim\""),
                                op("replace", "/claims/employee_profile/email", "\"a@example.com\""))))
                .containsExactly("index-out-of-range", "wrong-json-type", "claim-not-present", "claim-not-present");
        assertThat(codes(
                        request,
                        patch(
                                "com.okta.identity.patch",
                                op("add", "/claims/preferred_airports/2", "\"jfk\""),
                                op("add", "/claims/preferred_airports/-", "\"ord\""),
                                op("add", "/claims/employee_profile/floor", "3"),
                                op("remove", "/claims/preferred_airports/3", null))))
                .isEmpty();
        assertThat(codes(
                        request,
                        patch(
                                "com.okta.identity.patch",
                                op("add", "/claims/email/domain", "\"x\""),
                                op("add", "/claims/preferred_airports/01", "\"x\""),
                                op("replace", "/claims/preferred_airports/-", "\"x\""))))
                .containsExactly("wrong-json-type", "invalid-path", "invalid-path");
    }

    @Test
    void aViolationNamesThePlaceInTheReplyAndNeverAClaimValue() {
        HookRequest request = Fixture.TOKEN_AUTHORIZATION_CODE.request();
        List<ContractViolation> violations = ResponseContract.check(
                request,
                reply(patch(
                        "com.okta.identity.patch",
                        op("add", "/claims/extPatientId", "\"1\""),
                        op("add", "/claims/email/x", "1"))));
        assertThat(violations)
                .singleElement()
                .satisfies(v -> assertThat(v.message())
                        .startsWith("/commands/0/value/1: ")
                        .contains("a JSON string at /claims/email")
                        .doesNotContain("jessie.smith@example.com"));
    }

    @Test
    void aProgressiveProfileCommandOnASelfServiceRequestIsReported() {
        String progressive =
                "{\"commands\":[{\"type\":\"com.okta.user.progressive.profile.update\",\"value\":{\"mobilePhone\":\"+1555\"}}]}";
        String selfService =
                "{\"commands\":[{\"type\":\"com.okta.user.profile.update\",\"value\":{\"locale\":\"en\"}}]}";
        assertThat(codes(Fixture.REGISTRATION_SELF_SERVICE.request(), progressive))
                .containsExactly("wrong-request-kind");
        assertThat(codes(Fixture.REGISTRATION_PROGRESSIVE_PROFILE.request(), selfService))
                .containsExactly("wrong-request-kind");
        assertThat(codes(Fixture.REGISTRATION_PROGRESSIVE_PROFILE.request(), progressive))
                .isEmpty();
        assertThat(codesWithoutRequest(HookType.REGISTRATION, progressive)).isEmpty();
    }
}
