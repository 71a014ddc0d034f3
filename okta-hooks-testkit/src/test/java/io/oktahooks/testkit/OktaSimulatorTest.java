package io.oktahooks.testkit;

import static io.oktahooks.testkit.assertions.HookAssertions.assertThat;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.oktahooks.core.HookAuthenticator;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookHeaders;
import io.oktahooks.core.HookHttpRequest;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.core.InvalidResponseException.Rule;
import io.oktahooks.testkit.fixtures.Fixture;
import io.oktahooks.testkit.simulator.OktaSimulator;
import io.oktahooks.testkit.simulator.SimulationReport;
import io.oktahooks.testkit.simulator.SimulatorCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator reports each deliberately broken endpoint, and passes a correct SDK endpoint. */
class OktaSimulatorTest {

    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String serve(String path, int status, String body, long delayMillis) {
        HttpHandler handler = exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                if (delayMillis > 0) {
                    Thread.sleep(delayMillis);
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
                if (bytes.length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        server.createContext(path, handler);
        return base + path;
    }

    private String serveEndpoint(String path, HookEndpoint endpoint, HookType type) {
        server.createContext(path, exchange -> {
            try (exchange) {
                HookHttpResponse reply = endpoint.handle(
                        type,
                        new HookHttpRequest(
                                exchange.getRequestMethod(),
                                HookHeaders.of(exchange.getRequestHeaders()),
                                exchange.getRequestBody()));
                reply.headers().forEach(exchange.getResponseHeaders()::set);
                byte[] bytes = reply.body();
                exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
                if (bytes.length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                }
            }
        });
        return base + path;
    }

    private static SimulationReport token(String url) throws IOException {
        return OktaSimulator.to(url).send(HookType.TOKEN, Fixture.TOKEN_AUTHORIZATION_CODE.bytes());
    }

    @Test
    void aCorrectSdkEndpointPasses() throws IOException {
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(HookAuthenticator.insecureAcceptAll())
                .token(r -> r.respond().addIdTokenClaim("extPatientId", "1235").build())
                .events(d -> {})
                .build();
        assertThat(token(serveEndpoint("/token", endpoint, HookType.TOKEN)).violations())
                .isEmpty();
        String events = serveEndpoint("/events", endpoint, HookType.EVENT);
        assertThat(OktaSimulator.to(events).verify("chal-123").violations()).isEmpty();
        assertThat(OktaSimulator.to(events)
                        .send(HookType.EVENT, Fixture.EVENT_DELIVERY_MANY.bytes())
                        .violations())
                .isEmpty();
    }

    @Test
    void aWrongCommandTypeIsReported() throws IOException {
        SimulationReport report = token(
                serve("/wrong-type", 200, "{\"commands\":[{\"type\":\"com.okta.assertion.patch\",\"value\":[]}]}", 0));
        assertThat(report.violations("command-not-allowed"))
                .singleElement()
                .satisfies(v -> assertThat(v.message())
                        .contains("com.okta.assertion.patch")
                        .contains("token hook"));
    }

    @Test
    void aReservedClaimPatchIsReported() throws IOException {
        SimulationReport report = token(serve(
                "/reserved",
                200,
                "{\"commands\":[{\"type\":\"com.okta.identity.patch\",\"value\":[{\"op\":\"replace\",\"path\":\"/claims/sub\",\"value\":\"x\"}]}]}",
                0));
        assertThat(report.violations("reserved-claim"))
                .singleElement()
                .satisfies(v -> assertThat(v.message()).contains("'sub' is reserved"));
    }

    @Test
    void a500IsReported() throws IOException {
        SimulationReport report = token(serve("/500", 500, "{\"oops\":true}", 0));
        assertThat(report.violations("status"))
                .singleElement()
                .satisfies(v -> assertThat(v.message()).contains("500").contains("issued unmodified"));
    }

    @Test
    void aFourSecondReplyIsATimeout() throws IOException {
        SimulationReport report = token(serve("/slow", 204, "", 4_000));
        assertThat(report.reply()).isNull();
        assertThat(report.violations("timeout")).hasSize(1);
        assertThat(report.elapsed()).isLessThan(Duration.ofMillis(3_900));
    }

    @Test
    void a300KbReplyIsReported() throws IOException {
        String big =
                "{\"commands\":[{\"type\":\"com.okta.identity.patch\",\"value\":[{\"op\":\"add\",\"path\":\"/claims/blob\",\"value\":\""
                        + "x".repeat(300_000) + "\"}]}]}";
        assertThat(token(serve("/big", 200, big, 0)).violations("size")).hasSize(1);
    }

    @Test
    void aWrongVerificationEchoIsReported() throws IOException {
        String url = serve("/verify", 200, "{\"verification\":\"something-else\"}", 0);
        assertThat(OktaSimulator.to(url).verify("chal-123").violations("verification"))
                .hasSize(1);
    }

    @Test
    void malformedErrorsAndActionsAreReported() throws IOException {
        String url = serve("/bad-error", 200, "{\"error\":[{\"errorSummary\":\"x\"}]}", 0);
        assertThat(OktaSimulator.to(url)
                        .send(HookType.TELEPHONY, Fixture.TELEPHONY_ENROLLMENT_SMS.bytes())
                        .violations("error"))
                .hasSize(1);
        String link = serve(
                "/link",
                200,
                "{\"commands\":[{\"type\":\"com.okta.action.update\",\"value\":{\"result\":\"LINK_USER\"}}]}",
                0);
        assertThat(OktaSimulator.to(link)
                        .send(HookType.USER_IMPORT, Fixture.USER_IMPORT_MATCH.bytes())
                        .violations("link-user-without-id"))
                .hasSize(1);
    }

    @Test
    void theSimulatorAppliesTheRulesThatDependOnTheRequestItSent() throws IOException {
        String idPatch = serve(
                "/id-patch",
                200,
                "{\"commands\":[{\"type\":\"com.okta.identity.patch\",\"value\":[{\"op\":\"add\",\"path\":\"/claims/x\",\"value\":1}]}]}",
                0);
        assertThat(OktaSimulator.to(idPatch).send(Fixture.TOKEN_CLIENT_CREDENTIALS.request()))
                .hasViolation(Rule.TOKEN_NOT_MINTED);
        assertThat(OktaSimulator.to(idPatch).send(HookType.TOKEN, Fixture.TOKEN_AUTHORIZATION_CODE.bytes()))
                .meetsContract();
        String progressive = serve(
                "/progressive",
                200,
                "{\"commands\":[{\"type\":\"com.okta.user.progressive.profile.update\",\"value\":{\"mobilePhone\":\"+1555\"}}]}",
                0);
        assertThat(OktaSimulator.to(progressive).send(HookType.REGISTRATION, Fixture.REGISTRATION_SELF_SERVICE.bytes()))
                .hasViolation(Rule.WRONG_REQUEST_KIND);
    }

    @Test
    void theCommandLineReportsRequestDependentViolationsOfADeliberatelyWrongEndpoint() {
        String wrongToken = serve(
                "/cli-wrong-token",
                200,
                "{\"commands\":["
                        + "{\"type\":\"com.okta.identity.patch\",\"value\":[{\"op\":\"add\",\"path\":\"/claims/extPatientId\",\"value\":\"1235\"}]},"
                        + "{\"type\":\"com.okta.access.patch\",\"value\":[{\"op\":\"replace\",\"path\":\"/claims/tier\",\"value\":\"gold\"},"
                        + "{\"op\":\"add\",\"path\":\"/claims/aud/5\",\"value\":\"api://x\"}]}]}",
                0);
        String wrongRegistration = serve(
                "/cli-wrong-registration",
                200,
                "{\"commands\":[{\"type\":\"com.okta.user.progressive.profile.update\",\"value\":{\"mobilePhone\":\"+1555\"}}]}",
                0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertThat(SimulatorCli.run(
                        new String[] {"--type", "token", "--fixture", "token-client-credentials", "--url", wrongToken},
                        print,
                        print,
                        Map.of()))
                .isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("FAILED: 3 contract violation(s)")
                .contains("[token-not-minted] /commands/0/value/0")
                .contains("[claim-not-present] /commands/1/value/0")
                .contains("[wrong-json-type] /commands/1/value/1");
        out.reset();
        assertThat(SimulatorCli.run(
                        new String[] {"--type", "registration", "--url", wrongRegistration}, print, print, Map.of()))
                .isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("[wrong-request-kind] /commands/0");
    }

    @Test
    void theCommandLineExitsZeroOneOrTwo() {
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(HookAuthenticator.insecureAcceptAll())
                .token(r -> r.respond().addIdTokenClaim("extPatientId", "1235").build())
                .build();
        String good = serveEndpoint("/cli-good", endpoint, HookType.TOKEN);
        String bad = serve("/cli-bad", 500, "{}", 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertThat(SimulatorCli.run(
                        new String[] {"--type", "token", "--url", good, "--user", "kim.sato@example.com"},
                        print,
                        print,
                        Map.of()))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("kim.sato@example.com")
                .contains("extPatientId")
                .contains("Authorization: Basic (redacted)")
                .doesNotContain("YWRtaW46c3VwZXJzZWNyZXQ=");
        assertThat(SimulatorCli.run(new String[] {"--type", "token", "--url", bad}, print, print, Map.of()))
                .isEqualTo(1);
        assertThat(SimulatorCli.run(new String[] {"--type", "nope", "--url", bad}, print, print, Map.of()))
                .isEqualTo(2);
        assertThat(SimulatorCli.run(
                        new String[] {"--type", "token", "--url", "http://127.0.0.1:9/x"}, print, print, Map.of()))
                .isEqualTo(2);
    }
}
