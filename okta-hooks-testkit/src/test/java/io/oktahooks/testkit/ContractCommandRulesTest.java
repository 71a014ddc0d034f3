package io.oktahooks.testkit;

import static io.oktahooks.testkit.RequestAwareContractTest.op;
import static io.oktahooks.testkit.RequestAwareContractTest.patch;
import static io.oktahooks.testkit.RequestAwareContractTest.reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.core.HookType;
import io.oktahooks.core.InvalidResponseException;
import io.oktahooks.testkit.simulator.ContractViolation;
import io.oktahooks.testkit.simulator.ResponseContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reply from any service is checked against the same command rules the SDK's builders enforce,
 * and each violation carries the code of the rule (one name, whether a builder refused it or the
 * contract check found it).
 */
class ContractCommandRulesTest {

    private static List<String> codes(HookType type, String json) {
        return ResponseContract.check(type, reply(json)).stream()
                .map(ContractViolation::rule)
                .toList();
    }

    @Test
    void aRuleCodeIsTheRuleNameInLowerCaseWithDashes() {
        assertThat(ContractViolation.code(InvalidResponseException.Rule.TOKEN_NOT_MINTED))
                .isEqualTo("token-not-minted");
        assertThat(ContractViolation.code(InvalidResponseException.Rule.RESERVED_CLAIM))
                .isEqualTo("reserved-claim");
    }

    @Test
    void tokenPatchOperationsFollowOktasRules() {
        assertThat(codes(
                        HookType.TOKEN,
                        patch(
                                "com.okta.identity.patch",
                                op("move", "/claims/a", "1"),
                                op("remove", "/claims/a", "\"x\""),
                                op("add", "/claims/a", null),
                                op("replace", "/claims/a/-", "1"),
                                op("add", "/lifetime", "1"),
                                op("replace", "/token/lifetime/expiration", "60"),
                                op("remove", "/claims/sub", null))))
                .containsExactly(
                        "invalid-operation",
                        "remove-with-value",
                        "missing-value",
                        "invalid-path",
                        "invalid-path",
                        "lifetime-out-of-range",
                        "reserved-claim");
        assertThat(codes(HookType.TOKEN, patch("com.okta.access.patch", op("remove", "/claims/aud", null))))
                .containsExactly("system-claim-removed");
        assertThat(codes(HookType.TOKEN, "{\"commands\":[{\"type\":\"com.okta.identity.patch\",\"value\":{}}]}"))
                .containsExactly("invalid-value");
    }

    @Test
    void actionsAndOutcomesAreOktasValuesGivenOnce() {
        assertThat(codes(
                        HookType.USER_IMPORT,
                        "{\"commands\":[{\"type\":\"com.okta.action.update\",\"value\":{\"result\":\"MERGE\"}}]}"))
                .containsExactly("invalid-value");
        assertThat(codes(
                        HookType.PASSWORD_IMPORT,
                        "{\"commands\":[{\"type\":\"com.okta.action.update\",\"value\":{\"credential\":\"VERIFIED\"}},"
                                + "{\"type\":\"com.okta.action.update\",\"value\":{\"credential\":\"UNVERIFIED\"}}]}"))
                .containsExactly("decided-twice");
        assertThat(codes(
                        HookType.TELEPHONY,
                        "{\"commands\":[{\"type\":\"com.okta.telephony.action\",\"value\":[{\"status\":\"SENT\"}]}]}"))
                .containsExactly("invalid-value");
        assertThat(codes(
                        HookType.USER_IMPORT,
                        "{\"commands\":[{\"type\":\"com.okta.action.update\",\"value\":{\"result\":\"LINK_USER\"}}]}"))
                .containsExactly("link-user-without-id");
    }

    @Test
    void attributeUpdatesAndCommandTypesFollowOktasRules() {
        assertThat(
                        codes(
                                HookType.REGISTRATION,
                                "{\"commands\":[{\"type\":\"com.okta.user.profile.update\",\"value\":{\"password\":\"x\"}},"
                                        + "{\"type\":\"com.okta.user.profile.update\",\"value\":{}},{\"type\":\"com.okta.identity.patch\",\"value\":[]}]}"))
                .containsExactly("forbidden-attribute", "invalid-attribute", "command-not-allowed");
        assertThat(codes(
                        HookType.SAML,
                        patch("com.okta.assertion.patch", op("remove", "/claims/x", null), op("add", "/issuer", "1"))))
                .containsExactly("invalid-operation", "invalid-path");
    }
}
