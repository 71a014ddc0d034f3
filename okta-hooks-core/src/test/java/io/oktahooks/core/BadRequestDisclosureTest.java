package io.oktahooks.core;

import static io.oktahooks.core.EndpointFixtures.logsOf;
import static io.oktahooks.core.EndpointFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Review finding 8: Jackson's parse messages quote up to 200 characters of the input, and they were
 * copied into the 400 reply, so a password in a malformed password-import body came back in the
 * reply. A 400 carries a fixed text, the reason and the line and column, never request content.
 */
class BadRequestDisclosureTest {

    private static final String SECRET = "Hunter2Secret";
    private static final Set<String> FIXED_TEXTS = Set.of(
            "the body is not valid JSON",
            "the body is not valid JSON: it ends inside the document",
            "the body is not valid JSON: a member name appears twice in one object",
            "the body is not valid JSON: something follows the document",
            "the body's eventType is not an Okta hook type this SDK knows",
            "expected a password import hook request (eventType com.okta.user.credential.password.import) but the body is of "
                    + "an eventType this SDK does not know");

    private final HookEndpoint endpoint = HookEndpoint.builder()
            .authenticator(EndpointFixtures.AUTH)
            .passwordImport(r -> r.respond().verified(false).build())
            .build();

    private static JsonNode cause(HookHttpResponse response) {
        return EndpointFixtures.json(response).at("/error/errorCauses/0");
    }

    @Test
    void aPasswordInAMalformedPasswordImportBodyIsNotEchoedInThe400Reply() {
        String body =
                "{\"eventType\": \"com.okta.user.credential.password.import\", \"data\": {\"context\": {\"credential\": "
                        + "{\"username\": \"jessie.smith@example.com\", \"password\": " + SECRET + "}}}}";
        HookHttpResponse[] reply = new HookHttpResponse[1];
        String logs = logsOf(() -> reply[0] = endpoint.handle(HookType.PASSWORD_IMPORT, post(body)));
        assertThat(reply[0].status()).isEqualTo(400);
        assertThat(reply[0].bodyText()).doesNotContain(SECRET);
        assertThat(logs).doesNotContain(SECRET);
        assertThat(cause(reply[0]).get("errorSummary").asText()).isEqualTo("the body is not valid JSON");
        assertThat(cause(reply[0]).get("reason").asText()).isEqualTo("malformed_json");
        assertThat(cause(reply[0]).get("location").asText()).isEqualTo("line 1, column " + (body.indexOf(SECRET) + 1));
    }

    @Test
    void noMalformedBodyComesBackInTheReply() {
        List<String> bodies = List.of(
                "{\"data\": {\"credential\": {\"password\": \"" + SECRET + "\\q\"}}}", // bad escape
                "{\"data\": {\"credential\": {\"password\": 0" + SECRET + "}}}", // bad number
                "{\"data\": {\"credential\": {\"password\": \"" + SECRET + "\n\"}}}", // raw control character
                "{\"data\": {\"credential\": {\"password\": \"" + SECRET, // unterminated
                "{\"data\": {\"" + SECRET + "\": 1, \"" + SECRET + "\": 2}}", // duplicate member name
                "{\"data\": {}} " + SECRET, // trailing data
                "{'" + SECRET + "': 1}", // single quotes
                "{\"eventType\": \"" + SECRET + "\", \"data\": {}}"); // another hook type
        for (String body : bodies) {
            HookHttpResponse reply = endpoint.handle(HookType.PASSWORD_IMPORT, post(body));
            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.bodyText()).as(body).doesNotContain(SECRET);
            assertThat(cause(reply).get("errorSummary").asText()).as(body).isIn(FIXED_TEXTS);
        }
        HookHttpResponse dispatched = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .events(d -> {})
                .build()
                .handle(post("{\"eventType\": \"" + SECRET + "\", \"data\": {}}"));
        assertThat(dispatched.bodyText()).doesNotContain(SECRET);
        assertThat(cause(dispatched).get("errorSummary").asText()).isIn(FIXED_TEXTS);
    }
}
