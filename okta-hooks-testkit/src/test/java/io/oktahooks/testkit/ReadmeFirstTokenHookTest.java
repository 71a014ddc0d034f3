package io.oktahooks.testkit;

import static io.oktahooks.testkit.assertions.HookAssertions.assertThat;

import io.oktahooks.auth.HookAuth;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookHttpRequest;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.core.context.User;
import io.oktahooks.testkit.fixtures.Fixture;
import io.oktahooks.testkit.tokens.BasicAuth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * README's first token hook is the code below (between the README markers), and it is right for
 * every flow: one that mints an ID token gets the claim, one that mints none (client credentials,
 * or a user's access token only) gets no change, and the handler never breaks a rule.
 */
class ReadmeFirstTokenHookTest {

    private static final String PASSWORD = "correct-horse-battery";
    private static final Path SOURCE = Path.of("src/test/java/io/oktahooks/testkit/ReadmeFirstTokenHookTest.java");
    private static final Path README = Path.of("../README.md");

    /** The patient store the README's snippet calls. */
    interface Patients {
        Optional<String> idOf(String login);
    }

    private final Patients patients = login ->
            Optional.ofNullable(Map.of("jessie.smith@example.com", "1235").get(login));
    private final List<Throwable> failures = new ArrayList<>();

    private HookEndpoint endpoint() {
        return HookEndpoint.builder()
                .authenticator(HookAuth.basic("admin", PASSWORD))
                // README: first token hook
                // a flow that mints no ID token (client credentials) gets nothing added
                .token(request -> request.identity().isEmpty()
                        ? HookResponse.empty(HookType.TOKEN)
                        : request.user()
                                .flatMap(User::login)
                                .flatMap(patients::idOf)
                                .map(id -> request.respond()
                                        .addIdTokenClaim("extPatientId", id)
                                        .build())
                                .orElse(HookResponse.empty(HookType.TOKEN)))
                // README: end
                .onFailure(HookType.TOKEN, (type, failure) -> {
                    failures.add(failure);
                    return HookResponse.empty(type);
                })
                .build();
    }

    private HookHttpResponse call(byte[] body) {
        try (HookEndpoint endpoint = endpoint()) {
            return endpoint.handle(
                    HookType.TOKEN,
                    HookHttpRequest.postJson(body, "Authorization", BasicAuth.header("admin", PASSWORD)));
        }
    }

    @Test
    void aFlowThatMintsAnIdTokenGetsThePatientId() {
        assertThat(call(Fixture.TOKEN_AUTHORIZATION_CODE.bytes()))
                .hasStatus(200)
                .body()
                .addsIdTokenClaim("extPatientId", "1235");
        assertThat(failures).isEmpty();
    }

    @Test
    void aClientCredentialsFlowMintsNoIdTokenAndGetsNoChange() {
        assertThat(call(Fixture.TOKEN_CLIENT_CREDENTIALS.bytes())).hasStatus(204);
        assertThat(call(Fixture.TOKEN_CLIENT_CREDENTIALS
                        .builder()
                        .set("/data/context/user/profile/login", "jessie.smith@example.com")
                        .bytes()))
                .hasStatus(204);
        assertThat(call(Fixture.TOKEN_AUTHORIZATION_CODE
                        .builder()
                        .withoutIdToken()
                        .bytes()))
                .hasStatus(204);
        assertThat(failures).isEmpty();
    }

    @Test
    void theReadmeShowsExactlyThisCode() throws IOException {
        List<String> snippet = new ArrayList<>();
        boolean inside = false;
        for (String line : Files.readAllLines(SOURCE)) {
            if (line.strip().equals("// README: end")) {
                break;
            }
            if (inside) {
                snippet.add(line.strip());
            }
            inside |= line.strip().equals("// README: first token hook");
        }
        List<String> readme =
                Files.readAllLines(README).stream().map(String::strip).toList();
        assertThat(snippet).hasSizeGreaterThan(5);
        assertThat(java.util.Collections.indexOfSubList(readme, snippet))
                .as("README.md shows the snippet:%n%s", String.join("\n", snippet))
                .isPositive();
    }
}
