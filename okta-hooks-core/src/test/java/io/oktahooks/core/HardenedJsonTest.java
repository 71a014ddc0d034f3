package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.internal.HookJson;
import org.junit.jupiter.api.Test;

/** The shared reader refuses what two parsers could read differently, and hostile sizes. */
class HardenedJsonTest {

    private static HookParseException refusal(String json) {
        try {
            HookJson.readTree(Payloads.bytes(json));
        } catch (HookParseException e) {
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void duplicateMemberNamesAreRefused() {
        HookParseException e = refusal("{\"eventType\":\"a\",\"eventType\":\"b\"}");
        assertThat(e.reason()).isEqualTo(HookParseException.Reason.MALFORMED_JSON);
        assertThat(e.getMessage()).isEqualTo("the body is not valid JSON: a member name appears twice in one object");
        assertThat(e.location()).startsWith("line 1, column");
    }

    @Test
    void duplicateMemberNamesAreRefusedAtEveryDepthAndSpelling() {
        java.util.List<String> duplicates = java.util.List.of(
                "{\"data\": {\"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4, \"e\": 5, \"a\": 6}}", // sixth member, nested
                "{\"data\": {\"events\": [{\"uuid\": \"u\", \"actor\": {\"id\": 1, \"id\": 2}}]}}", // inside an array
                "[[{\"x\": null, \"x\": null}]]", // both JSON null
                "{\"a\": {}, \"a\": []}", // values of other types
                "{\"\": 1, \"\": 2}", // the empty name
                "{\"\\u0061\": 1, \"a\": 2}", // an escaped spelling of the same name
                "{\"d\": " + "{\"n\": ".repeat(60) + "{\"k\": 1, \"k\": 1}" + "}".repeat(60) + "}"); // 62 levels deep
        for (String json : duplicates) {
            HookParseException e = refusal(json);
            assertThat(e.reason()).as(json).isEqualTo(HookParseException.Reason.MALFORMED_JSON);
            assertThat(e.getMessage())
                    .as(json)
                    .isEqualTo("the body is not valid JSON: a member name appears twice in one object");
            assertThat(e.location()).as(json).startsWith("line 1, column");
        }
        // the same name in two different objects is no duplicate
        assertThat(HookJson.readTree(Payloads.bytes("{\"a\": {\"a\": 1}, \"b\": {\"a\": 1}}"))
                        .at("/b/a")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void trailingDataIsRefused() {
        assertThat(refusal("{} {}").reason()).isEqualTo(HookParseException.Reason.MALFORMED_JSON);
        assertThat(refusal("{} {}").getMessage())
                .isEqualTo("the body is not valid JSON: something follows the document");
        assertThat(refusal("{\"a\": [1, 2").getMessage())
                .isEqualTo("the body is not valid JSON: it ends inside the document");
        assertThat(refusal("{}]").reason()).isEqualTo(HookParseException.Reason.MALFORMED_JSON);
        assertThat(refusal("{} #").reason()).isEqualTo(HookParseException.Reason.MALFORMED_JSON);
    }

    @Test
    void nestingBeyondSixtyFourLevelsIsRefused() {
        assertThat(HookJson.readTree(Payloads.bytes("[".repeat(64) + "]".repeat(64))))
                .isNotNull();
        assertThat(refusal("[".repeat(65) + "]".repeat(65)).reason())
                .isEqualTo(HookParseException.Reason.JSON_LIMIT_EXCEEDED);
        assertThat(refusal("[".repeat(100_000)).reason()).isEqualTo(HookParseException.Reason.JSON_LIMIT_EXCEEDED);
        assertThat(refusal("[".repeat(65)).getMessage())
                .isEqualTo("the JSON exceeds a limit: it nests deeper than 64 levels");
    }

    @Test
    void longNumbersAndNamesAreRefused() {
        assertThat(refusal("{\"n\": " + "9".repeat(101) + "}").reason())
                .isEqualTo(HookParseException.Reason.JSON_LIMIT_EXCEEDED);
        assertThat(refusal("{\"" + "k".repeat(2_000) + "\": 1}").reason())
                .isEqualTo(HookParseException.Reason.JSON_LIMIT_EXCEEDED);
        assertThat(refusal("{\"n\": " + "9".repeat(101) + "}").getMessage())
                .isEqualTo("the JSON exceeds a limit: a number is longer than 100 characters");
        assertThat(refusal("{\"" + "k".repeat(2_000) + "\": 1}").getMessage())
                .isEqualTo("the JSON exceeds a limit: a member name is longer than 1024 characters");
        assertThat(refusal("{\"s\": \"" + "s".repeat(1_000_001) + "\"}").getMessage())
                .isEqualTo("the JSON exceeds a limit: a string is longer than 1000000 characters");
    }

    @Test
    void emptyAndNonJsonBodiesAreRefused() {
        assertThat(refusal("").getMessage()).contains("empty");
        assertThat(refusal("   ").reason()).isEqualTo(HookParseException.Reason.MALFORMED_JSON);
        assertThat(refusal("{'single': 1}").reason()).isEqualTo(HookParseException.Reason.MALFORMED_JSON);
        assertThat(refusal("{\"a\": NaN}").reason()).isEqualTo(HookParseException.Reason.MALFORMED_JSON);
    }

    @Test
    void classNamesInDataAreOnlyData() {
        JsonNode node = HookJson.readTree(Payloads.bytes(
                "{\"@class\":\"java.lang.ProcessBuilder\",\"v\":[\"java.net.URL\",\"http://127.0.0.1/\"]}"));
        assertThat(node.get("@class").asText()).isEqualTo("java.lang.ProcessBuilder");
        assertThat(node.get("v").isArray()).isTrue();
    }

    @Test
    void messagesNeverEchoTheBody() {
        HookParseException e = refusal("{\"password\": \"hunter2-secret\", oops}");
        assertThat(e.getMessage()).doesNotContain("hunter2-secret");
    }
}
