package io.oktahooks.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktahooks.testkit.fixtures.Fixture;
import io.oktahooks.testkit.tokens.BasicAuth;
import io.oktahooks.testkit.tokens.LocalAuthorizationServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Review finding 2: the example is what users copy, so its defaults must be safe: Okta's guide
 * credentials never open the hooks in OAuth mode nor on an address other than loopback, the
 * service listens on loopback unless told otherwise, and its log names the address it really uses.
 */
class ExampleServiceDefaultsTest {

    private static final String GUIDE_BASIC =
            BasicAuth.header(ExampleConfig.DEFAULT_USER, ExampleConfig.DEFAULT_PASSWORD);

    static int post(ExampleService service, String authorization) throws Exception {
        return post(service, authorization, Fixture.TOKEN_AUTHORIZATION_CODE.bytes());
    }

    /** POSTs a token hook body to the running service on loopback; returns the status. */
    static int post(ExampleService service, String authorization, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/hooks/token"))
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void theGuideCredentialsDoNotOpenTheHooksInOAuthMode() throws Exception {
        try (LocalAuthorizationServer okta = LocalAuthorizationServer.create().start();
                ExampleService service = ExampleService.start(ExampleConfig.fromEnvironment(Map.of(
                        "HOOKS_PORT",
                        "0",
                        "HOOKS_JWT_ISSUER",
                        okta.issuer(),
                        "HOOKS_JWT_CLIENT_IDS",
                        LocalAuthorizationServer.DEFAULT_CLIENT_ID)))) {
            assertThat(post(service, GUIDE_BASIC)).isEqualTo(401);
            assertThat(post(service, okta.token().header())).isEqualTo(200);
            assertThat(post(service, okta.token().clientId("0oaportalspa").header()))
                    .as("another client's token")
                    .isEqualTo(401);
        }
    }

    @Test
    void explicitBasicCredentialsStillWorkBesideOAuth() throws Exception {
        try (LocalAuthorizationServer okta = LocalAuthorizationServer.create().start();
                ExampleService service = ExampleService.start(ExampleConfig.fromEnvironment(Map.of(
                        "HOOKS_PORT",
                        "0",
                        "HOOKS_JWT_ISSUER",
                        okta.issuer(),
                        "HOOKS_JWT_CLIENT_IDS",
                        LocalAuthorizationServer.DEFAULT_CLIENT_ID,
                        "HOOKS_BASIC_USER",
                        "migration",
                        "HOOKS_BASIC_PASSWORD",
                        "a-long-migration-password")))) {
            assertThat(post(service, BasicAuth.header("migration", "a-long-migration-password")))
                    .isEqualTo(200);
            assertThat(post(service, GUIDE_BASIC)).isEqualTo(401);
            assertThat(post(service, okta.token().header())).isEqualTo(200);
        }
    }

    @Test
    void theServiceListensOnLoopbackByDefaultAndLogsTheAddressItUses() throws Exception {
        try (Logs logs = new Logs();
                ExampleService service =
                        ExampleService.start(ExampleConfig.fromEnvironment(Map.of("HOOKS_PORT", "0")))) {
            assertThat(service.address().getAddress().isLoopbackAddress()).isTrue();
            assertThat(logs.text())
                    .contains("okta-hooks example listening on http://127.0.0.1:" + service.port() + " (auth: Basic)");
            assertThat(post(service, GUIDE_BASIC))
                    .as("the guide's credentials on loopback, as the quick start uses them")
                    .isEqualTo(200);
        }
    }

    @Test
    void theGuideCredentialsAreRefusedOnAnAddressOtherThanLoopback() {
        assertThatThrownBy(() -> ExampleConfig.fromEnvironment(Map.of("HOOKS_BIND", "0.0.0.0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("guide credentials")
                .hasMessageContaining("loopback HOOKS_BIND, not 0.0.0.0");
        assertThatThrownBy(() -> ExampleConfig.fromEnvironment(Map.of(
                        "HOOKS_BIND", "0.0.0.0", "HOOKS_BASIC_USER", "admin", "HOOKS_BASIC_PASSWORD", "supersecret")))
                .hasMessageContaining("guide credentials");
        ExampleConfig own = ExampleConfig.fromEnvironment(Map.of(
                "HOOKS_BIND",
                "0.0.0.0",
                "HOOKS_BASIC_USER",
                "hooks",
                "HOOKS_BASIC_PASSWORD",
                "a-long-enough-password"));
        assertThat(own.bind().isAnyLocalAddress()).isTrue();
        assertThat(own.toString()).doesNotContain("a-long-enough-password").contains("bind=0.0.0.0");
    }

    @Test
    void oauthModeRequiresTheHooksClientIdsAndBasicNeedsBothHalves() {
        assertThatThrownBy(() ->
                        ExampleConfig.fromEnvironment(Map.of("HOOKS_JWT_ISSUER", "https://acme.okta.example/oauth2/x")))
                .hasMessageStartingWith("HOOKS_JWT_CLIENT_IDS is required when HOOKS_JWT_ISSUER is set");
        ExampleConfig oauth = ExampleConfig.fromEnvironment(Map.of(
                "HOOKS_JWT_ISSUER", "https://acme.okta.example/oauth2/x", "HOOKS_JWT_CLIENT_IDS", " 0oa1, ,0oa2 "));
        assertThat(oauth.jwtClientIds()).containsExactly("0oa1", "0oa2");
        assertThat(oauth.basicEnabled()).isFalse();
        assertThat(oauth.toString()).contains("basicUser=(Basic off)");
        assertThatThrownBy(() -> ExampleConfig.fromEnvironment(Map.of("HOOKS_BASIC_USER", "hooks")))
                .hasMessage("set both HOOKS_BASIC_USER and HOOKS_BASIC_PASSWORD, or neither");
        assertThatThrownBy(() -> ExampleConfig.fromEnvironment(Map.of("HOOKS_BIND", "[not-an-address")))
                .hasMessageStartingWith("HOOKS_BIND must be an IP address or a host name of this machine");
        assertThatThrownBy(() -> new ExampleConfig(
                        8082,
                        java.net.InetAddress.getLoopbackAddress(),
                        null,
                        null,
                        null,
                        "a",
                        null,
                        java.util.List.of(),
                        null,
                        java.util.Set.of()))
                .hasMessageStartingWith("no authentication");
    }
}
