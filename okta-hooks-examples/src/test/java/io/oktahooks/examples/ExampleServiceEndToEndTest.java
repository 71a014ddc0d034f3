package io.oktahooks.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.core.HookType;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.testkit.assertions.HookAssertions;
import io.oktahooks.testkit.fixtures.Fixture;
import io.oktahooks.testkit.tokens.BasicAuth;
import io.oktahooks.testkit.tokens.LocalAuthorizationServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The example service on a random loopback port, driven by the testkit's simulator like Okta would. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExampleServiceEndToEndTest {

    private static final String BASIC = BasicAuth.header("hooks-e2e", "a-long-enough-e2e-password");

    private LocalAuthorizationServer okta;
    private ExampleService service;
    private String base;

    @BeforeAll
    void start() throws IOException {
        okta = LocalAuthorizationServer.create().start();
        service = ExampleService.start(ExampleConfig.fromEnvironment(Map.of(
                "HOOKS_PORT",
                "0",
                "HOOKS_BASIC_USER",
                "hooks-e2e",
                "HOOKS_BASIC_PASSWORD",
                "a-long-enough-e2e-password",
                "HOOKS_JWT_ISSUER",
                okta.issuer(),
                "HOOKS_JWT_AUDIENCE",
                LocalAuthorizationServer.DEFAULT_AUDIENCE,
                "HOOKS_JWT_CLIENT_IDS",
                LocalAuthorizationServer.DEFAULT_CLIENT_ID,
                "HOOKS_JWT_SCOPE",
                LocalAuthorizationServer.DEFAULT_SCOPE,
                "HOOKS_ALLOWED_DOMAINS",
                "example.com")));
        base = "http://127.0.0.1:" + service.port();
    }

    @AfterAll
    void stop() {
        service.close();
        okta.close();
    }

    @Test
    void tokenHookAddsThePatientIdWithBasicAndWithJwt() throws IOException {
        PatientScenario scenario = new PatientScenario(base, BASIC);
        scenario.tokens();
        HookAssertions.assertThat(scenario.call(
                                "/hooks/token",
                                HookType.TOKEN,
                                Fixture.TOKEN_AUTHORIZATION_CODE
                                        .builder()
                                        .user("jessie.smith@example.com")
                                        .bytes(),
                                okta.token().header())
                        .reply())
                .body()
                .addsIdTokenClaim("extPatientId", "1235");
    }

    @Test
    void everyOtherRouteDoesItsBusiness() throws IOException {
        new PatientScenario(base, BASIC).everyOtherInlineHook();
    }

    @Test
    void eventHooksAreVerifiedAndCounted() throws IOException {
        new PatientScenario(base, BASIC).eventHooks(service.hooks());
    }

    private HttpResponse<String> raw(String method, String path, String contentType, String body, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a POST's headers declaring {@code contentLength} body bytes, but no body, and reads the status. */
    private int statusForHeadersOnly(String path, long contentLength) throws IOException {
        URI uri = URI.create(base);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(5_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nAuthorization: " + BASIC + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + contentLength + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(statusLine).as("the reply's status line").startsWith("HTTP/1.1 ");
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    @Test
    void badInputGetsTheStatusOktasContractCallsFor() throws Exception {
        String token = new String(Fixture.TOKEN_AUTHORIZATION_CODE.bytes());
        assertThat(raw("POST", "/hooks/token", "application/json", token, null).statusCode())
                .isEqualTo(401);
        assertThat(raw("POST", "/hooks/token", "application/json", token, "Basic d3Jvbmc6d3Jvbmc=")
                        .statusCode())
                .isEqualTo(401);
        assertThat(raw(
                                "POST",
                                "/hooks/token",
                                "application/json",
                                token,
                                okta.token().audience("api://other").header())
                        .statusCode())
                .isEqualTo(401);
        assertThat(raw("GET", "/hooks/token", null, null, BASIC).statusCode()).isEqualTo(405);
        assertThat(raw("POST", "/hooks/token", "text/plain", token, BASIC).statusCode())
                .isEqualTo(415);
        assertThat(raw("POST", "/hooks/token", "application/json", "{not json", BASIC)
                        .statusCode())
                .isEqualTo(400);
        assertThat(raw("POST", "/hooks/token", "application/json", new String(Fixture.SAML.bytes()), BASIC)
                        .statusCode())
                .isEqualTo(400);
        // A body declared over the 1 MiB cap is refused with 413 before a byte of it is read. Only the
        // headers are sent, so the answer is always a 413: a client still uploading the body when the
        // JDK server closes the connection after it (Connection: close; the server drains at most
        // 64 KiB) may see a reset instead, which is the transport's doing, not the SDK's decision.
        assertThat(statusForHeadersOnly("/hooks/token", 1_100_000)).isEqualTo(413);
        assertThat(raw("GET", "/health", null, null, null).statusCode())
                .as("the service is still up")
                .isEqualTo(200);
        HttpResponse<String> health = raw("GET", "/health", null, null, null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(raw("POST", "/hooks/token", "application/json", "{not json", BASIC)
                        .headers()
                        .firstValue("X-Content-Type-Options"))
                .contains("nosniff");
        assertThat(HookJson.readTree(health.body().getBytes()).get("status").asText())
                .isEqualTo("UP");
    }
}
