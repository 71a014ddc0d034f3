package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.context.Profile;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.internal.JsonPointers;
import io.oktahooks.core.internal.Sanitize;
import io.oktahooks.core.passwordimport.PasswordImportResponseBuilder;
import io.oktahooks.core.token.TokenResponseBuilder;
import io.oktahooks.core.userimport.UserImportResponseBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared view, JSON and HTTP value helpers behave exactly as documented. */
class JsonViewBehaviourTest {

    private static Profile profile(String json) {
        return new Profile(HookJson.readTree(Payloads.bytes(json)));
    }

    @Test
    void stringReadsValuesAsTextAndContainersAsAbsent() {
        Profile p = profile("{\"s\": \"x\", \"n\": 12, \"b\": true, \"z\": null, \"o\": {}, \"a\": []}");
        assertThat(p.string("s")).contains("x");
        assertThat(p.string("n")).contains("12");
        assertThat(p.string("b")).contains("true");
        assertThat(p.string("z")).isEmpty();
        assertThat(p.string("o")).isEmpty();
        assertThat(p.string("a")).isEmpty();
        assertThat(p.string("missing")).isEmpty();
        assertThat(p.attribute("z"))
                .hasValueSatisfying(v -> assertThat(v.isNull()).isTrue());
        assertThat(p.attribute("missing")).isEmpty();
        assertThat(p.memberNames()).containsExactly("s", "n", "b", "z", "o", "a");
        assertThat(p.toString()).isEqualTo("Profile{members=[s, n, b, z, o, a]}");
        assertThat(new Profile(null).toString()).isEqualTo("Profile{members=[]}");
    }

    @Test
    void numbersAndBooleansAreReadLeniently() {
        var session = new io.oktahooks.core.context.Session(HookJson.readTree(
                Payloads.bytes("{\"mfaActive\": \"false\", \"amr\": [\"A\", 1, null, {}], \"status\": 3}")));
        assertThat(session.mfaActive()).contains(false);
        assertThat(session.amr()).containsExactly("A", "1");
        assertThat(session.status()).contains("3");
        var notBool = new io.oktahooks.core.context.Session(
                HookJson.readTree(Payloads.bytes("{\"mfaActive\": \"yes\", \"amr\": null}")));
        assertThat(notBool.mfaActive()).isEmpty();
        assertThat(notBool.amr()).isEmpty();
        var numeric = io.oktahooks.core.token.TokenRequest.parse(
                Payloads.bytes(
                        "{\"data\": {\"identity\": {\"token\": {\"lifetime\": {\"expiration\": \"600\"}}}, \"access\": {\"token\": {\"lifetime\": {\"expiration\": 600}}}}}"));
        assertThat(numeric.identity().orElseThrow().lifetime()).isEmpty();
        assertThat(numeric.access().orElseThrow().lifetime()).contains(java.time.Duration.ofMinutes(10));
    }

    @Test
    void viewsAreEqualByJsonAndCopyTheirInput() {
        JsonNode node = HookJson.readTree(Payloads.bytes("{\"login\": \"a\"}"));
        Profile a = new Profile(node);
        ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("login", "b");
        assertThat(a.login()).contains("a");
        assertThat(a).isEqualTo(profile("{\"login\": \"a\"}")).hasSameHashCodeAs(profile("{\"login\": \"a\"}"));
        assertThat(a)
                .isNotEqualTo(profile("{\"login\": \"b\"}"))
                .isNotEqualTo(null)
                .isNotEqualTo("x");
        a.json().put("login", "c");
        a.member("login");
        assertThat(a.login()).contains("a");
    }

    @Test
    void toNodeConvertsJavaValues() {
        assertThat(HookJson.toNode("x").textValue()).isEqualTo("x");
        assertThat(HookJson.toNode(true).booleanValue()).isTrue();
        assertThat(HookJson.toNode(7).intValue()).isEqualTo(7);
        assertThat(HookJson.toNode(7L).longValue()).isEqualTo(7L);
        assertThat(HookJson.toNode(new BigDecimal("1.50")).decimalValue()).isEqualByComparingTo("1.5");
        assertThat(HookJson.toNode(List.of(1, "a")).size()).isEqualTo(2);
        assertThat(HookJson.toNode(Map.of("k", Map.of("n", 1))).at("/k/n").intValue())
                .isEqualTo(1);
        JsonNode original = HookJson.readTree(Payloads.bytes("{\"a\": 1}"));
        JsonNode copy = HookJson.toNode(original);
        assertThat(copy).isEqualTo(original).isNotSameAs(original);
        assertThatThrownBy(() -> HookJson.toNode(new Object() {
                    public Object getSelf() {
                        return this;
                    }
                }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be written as JSON");
        assertThat(HookJson.reader()).isNotNull();
        assertThat(HookJson.writer()).isNotNull();
        assertThat(new String(HookJson.toBytes(HookJson.newObject().put("a", 1))))
                .isEqualTo("{\"a\":1}");
        assertThat(HookJson.firstLine(null)).isEmpty();
        assertThat(HookJson.firstLine("a\nb")).isEqualTo("a");
        assertThat(HookJson.firstLine("x".repeat(300))).hasSize(203).endsWith("...");
    }

    @Test
    void headersAreCaseInsensitiveAndKeepEveryValue() {
        HookHeaders headers = HookHeaders.of(Map.of("X-One", List.of("a", "b"), "x-one", List.of("c")));
        assertThat(headers.all("X-ONE")).hasSize(3).contains("a", "b", "c");
        assertThat(headers.all("missing")).isEmpty();
        assertThat(headers.first("missing")).isEmpty();
        assertThat(HookHeaders.of("A", "1", "a", "2").all("a")).containsExactly("1", "2");
        assertThat(HookHeaders.of(name -> null).all("a")).isEmpty();
        assertThat(HookHeaders.of(name -> List.of("v")).first("a")).contains("v");
        assertThatThrownBy(() -> HookHeaders.of("only-a-name")).hasMessageContaining("pairs");
        assertThatThrownBy(() -> HookHeaders.of((java.util.function.Function<String, List<String>>) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("lookup");
    }

    @Test
    void httpResponsesAreValues() {
        HookHttpResponse a = new HookHttpResponse(200, Map.of("Content-Type", "application/json"), "{}".getBytes());
        HookHttpResponse b = new HookHttpResponse(200, Map.of("Content-Type", "application/json"), "{}".getBytes());
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new HookHttpResponse(201, a.headers(), a.body()));
        assertThat(a).isNotEqualTo(new HookHttpResponse(200, Map.of(), a.body()));
        assertThat(a).isNotEqualTo(new HookHttpResponse(200, a.headers(), "[]".getBytes()));
        assertThat(a.header("Content-Type")).contains("application/json");
        assertThat(a.bodyText()).isEqualTo("{}");
        assertThat(a.toString())
                .isEqualTo("HookHttpResponse{status=200, headers={Content-Type=application/json}, bodyBytes=2}");
        a.body()[0] = 'x';
        assertThat(a.bodyText()).isEqualTo("{}");
    }

    @Test
    void commandsAndResponsesAreValuesThatCopy() {
        HookResponse response = PasswordImportResponseBuilder.create()
                .verified()
                .error("e")
                .debugContext("d", 1)
                .build();
        Command command = response.commands().get(0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) command.value()).put("credential", "UNVERIFIED");
        assertThat(command.value().get("credential").asText()).isEqualTo("VERIFIED");
        Command same = PasswordImportResponseBuilder.create()
                .verified()
                .build()
                .commands()
                .get(0);
        assertThat(command)
                .isEqualTo(same)
                .hasSameHashCodeAs(same)
                .isNotEqualTo(PasswordImportResponseBuilder.create()
                        .unverified()
                        .build()
                        .commands()
                        .get(0))
                .isNotEqualTo(UserImportResponseBuilder.create()
                        .linkUser("00u1")
                        .build()
                        .commands()
                        .get(1));
        assertThat(command.toString()).isEqualTo("Command{type=com.okta.action.update}");
        assertThat(response.toString())
                .isEqualTo(
                        "HookResponse{type=PASSWORD_IMPORT, commands=[com.okta.action.update], error, debugContext}");
        assertThat(response.type()).isEqualTo(HookType.PASSWORD_IMPORT);
        assertThat(response.error()).isPresent();
        assertThat(response.debugContext().orElseThrow().get("d").intValue()).isEqualTo(1);
        assertThat(response.isEmpty()).isFalse();
        assertThat(response)
                .isNotEqualTo(HookResponse.empty(HookType.PASSWORD_IMPORT))
                .isNotEqualTo(null);
        assertThat(HookResponse.empty(HookType.TOKEN)).isNotEqualTo(HookResponse.empty(HookType.SAML));
        assertThat(TokenResponseBuilder.create().debugContext(Map.of()).build().isEmpty())
                .isTrue();
        assertThat(TokenResponseBuilder.create().build().debugContext()).isEmpty();
        assertThat(HookResponse.verification("c").verification()).contains("c");
        assertThat(HookResponse.verification("c").toString()).contains("verification");
        assertThat(HookResponse.verification("c").isEmpty()).isFalse();
        assertThat(HookResponse.empty(HookType.TOKEN).verification()).isEmpty();
        assertThat(HookResponse.error(HookType.SAML, io.oktahooks.core.error.HookError.of("x"))
                        .toJson()
                        .at("/error/errorSummary")
                        .asText())
                .isEqualTo("x");
    }

    @Test
    void pointersAndSanitizingAreExact() {
        assertThat(JsonPointers.escape("plain")).isSameAs("plain");
        assertThat(JsonPointers.escape("a/b~c")).isEqualTo("a~1b~0c");
        assertThat(JsonPointers.unescape("a~1b~0c")).isEqualTo("a/b~c");
        assertThat(JsonPointers.unescape("~01")).isEqualTo("~1");
        assertThat(JsonPointers.unescape("plain")).isSameAs("plain");
        assertThat(Sanitize.quote(null)).isEqualTo("null");
        assertThat(Sanitize.quote("a'b\\c\nd\u007f")).isEqualTo("'a\\u0027b\\u005cc\\u000ad\\u007f'");
        assertThat(Sanitize.quote("x".repeat(64))).isEqualTo("'" + "x".repeat(64) + "'");
        assertThat(Sanitize.quote("x".repeat(65))).isEqualTo("'" + "x".repeat(64) + "...'");
    }

    @Test
    void parseExceptionsCarryReasonAndLocation() {
        HookParseException e = new HookParseException(HookParseException.Reason.INVALID_REQUEST, null, "m");
        assertThat(e.location()).isEmpty();
        assertThat(e.reason().wireValue()).isEqualTo("invalid_request");
        assertThat(e.getStackTrace()).isEmpty();
        assertThat(new ResponseTooLargeException(HookType.TOKEN, 300_000).limit())
                .isEqualTo(256_000);
    }
}
