package io.oktahooks.servlet;

import static io.oktahooks.testkit.assertions.HookAssertions.assertThat;

import io.oktahooks.auth.HookAuth;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.core.context.User;
import io.oktahooks.core.event.EventDelivery;
import io.oktahooks.testkit.fixtures.Fixture;
import io.oktahooks.testkit.simulator.OktaSimulator;
import io.oktahooks.testkit.simulator.SimulationReport;
import io.oktahooks.testkit.tokens.BasicAuth;
import io.oktahooks.testkit.tokens.LocalAuthorizationServer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What a servlet container must carry unchanged between Okta and the endpoint, run against each
 * real container by a subclass: every status with its headers, bodies streamed both ways, header
 * names in any case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContainerContract {

    static final String USER = "servlet-hooks";
    static final String PASSWORD = "a-long-enough-servlet-password";
    static final String BASIC = BasicAuth.header(USER, PASSWORD);

    private final List<EventDelivery> deliveries = new CopyOnWriteArrayList<>();
    private HookEndpoint endpoint;
    private String base;
    private final HttpClient http = HttpClient.newHttpClient();

    /** Starts the container on a loopback port with these servlets (path mapping to servlet); returns the port. */
    abstract int start(Map<String, HttpServlet> servlets) throws Exception;

    abstract void stop() throws Exception;

    @BeforeAll
    void startContainer() throws Exception {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort(); // nothing listens here once closed: the signing keys are unreachable
        }
        endpoint = HookEndpoint.builder()
                .authenticator(HookAuth.anyOf(
                        HookAuth.basic(USER, PASSWORD),
                        HookAuth.jwt()
                                .issuer("http://127.0.0.1:" + deadPort)
                                .audience(LocalAuthorizationServer.DEFAULT_AUDIENCE)
                                .clientIds(LocalAuthorizationServer.DEFAULT_CLIENT_ID)
                                .build()))
                .token(request -> request.user()
                        .flatMap(User::login)
                        .filter(login -> login.startsWith("jessie"))
                        .map(login -> request.respond()
                                .addIdTokenClaim("extPatientId", "1235")
                                .build())
                        .orElse(HookResponse.empty(HookType.TOKEN)))
                .events(deliveries::add)
                .build();
        HttpServlet bridge = new HttpServlet() {
            @Override
            protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
                if (request.getRequestURI().endsWith("/token")) {
                    ServletHooks.handle(endpoint, HookType.TOKEN, request, response);
                } else {
                    ServletHooks.handle(endpoint, request, response);
                }
            }
        };
        base = "http://127.0.0.1:" + start(Map.of("/hooks/*", new HookServlet(endpoint), "/custom/*", bridge));
    }

    @AfterAll
    void stopContainer() throws Exception {
        stop();
        endpoint.close();
    }

    private SimulationReport simulate(String path, HookType type, byte[] body) throws IOException {
        SimulationReport report =
                OktaSimulator.to(base + path).header("Authorization", BASIC).send(type, body);
        assertThat(report.violations()).as(report.toString()).isEmpty();
        return report;
    }

    private HttpResponse<byte[]> call(String method, String path, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String token() {
        return new String(
                Fixture.TOKEN_AUTHORIZATION_CODE
                        .builder()
                        .user("jessie.smith@example.com")
                        .bytes(),
                StandardCharsets.UTF_8);
    }

    @Test
    void theTokenRouteAnswersOktaWithTheHandlersPatch() throws IOException {
        SimulationReport report = simulate(
                "/hooks/token",
                HookType.TOKEN,
                Fixture.TOKEN_AUTHORIZATION_CODE
                        .builder()
                        .user("jessie.smith@example.com")
                        .bytes());
        assertThat(report.reply()).hasStatus(200).body().addsIdTokenClaim("extPatientId", "1235");
        assertThat(report.reply().header("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(report.reply().header("Cache-Control")).contains("no-store");
        assertThat(report.reply().header("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void anEmptyResponseIs204WithNoBody() throws Exception {
        SimulationReport report = simulate(
                "/hooks/token",
                HookType.TOKEN,
                Fixture.TOKEN_AUTHORIZATION_CODE
                        .builder()
                        .user("someone@example.org")
                        .bytes());
        assertThat(report.reply().status()).isEqualTo(204);
        assertThat(report.reply().body()).isEmpty();
        try (RawHttp raw = new RawHttp(port())) {
            byte[] body = Fixture.TOKEN_AUTHORIZATION_CODE
                    .builder()
                    .user("someone@example.org")
                    .bytes();
            RawHttp.Head head = raw.send(
                            "POST /hooks/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                    + "Authorization: " + BASIC + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .send(body)
                    .head();
            assertThat(head.status()).isEqualTo(204);
            assertThat(head.header("Transfer-Encoding")).isEmpty();
            assertThat(head.header("Content-Length")).allMatch("0"::equals);
            assertThat(head.header("Content-Type")).isEmpty();
        }
    }

    @Test
    void theBarePrefixDispatchesOnEventType() throws Exception {
        for (String path : List.of("/hooks", "/hooks/")) {
            SimulationReport report = simulate(
                    path,
                    HookType.TOKEN,
                    Fixture.TOKEN_AUTHORIZATION_CODE
                            .builder()
                            .user("jessie.smith@example.com")
                            .bytes());
            assertThat(report.reply()).body().addsIdTokenClaim("extPatientId", "1235");
        }
        HttpResponse<byte[]> saml = call(
                "POST",
                "/hooks",
                "application/json",
                new String(Fixture.SAML.bytes(), StandardCharsets.UTF_8),
                "Authorization",
                BASIC);
        assertThat(saml.statusCode())
                .as("a type without a handler, found from the body")
                .isEqualTo(400);
        assertThat(new String(saml.body(), StandardCharsets.UTF_8)).contains("no_handler");
    }

    @Test
    void eventHooksAreVerifiedAndDelivered() throws IOException {
        SimulationReport verification = OktaSimulator.to(base + "/hooks/events")
                .header("Authorization", BASIC)
                .verify("servlet-challenge");
        assertThat(verification.violations()).isEmpty();
        int before = deliveries.size();
        SimulationReport delivery = simulate("/hooks/events", HookType.EVENT, Fixture.EVENT_DELIVERY_MANY.bytes());
        assertThat(delivery.reply().status()).isEqualTo(200);
        assertThat(deliveries).hasSize(before + 1);
    }

    @Test
    void aPathThatNamesNoServedTypeIs404WithNoBody() throws Exception {
        for (String path : List.of(
                "/hooks/saml", "/hooks/nope", "/hooks/TOKEN", "/hooks/token/", "/hooks/token/extra", "/hooks/event")) {
            HttpResponse<byte[]> response = call("POST", path, "application/json", token(), "Authorization", BASIC);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).isEmpty();
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        }
    }

    @Test
    void otherMethodsAre405WithAllow() throws Exception {
        HttpResponse<byte[]> get = call("GET", "/hooks/token", null, null, "Authorization", BASIC);
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().allValues("Allow")).containsExactly("POST");
        HttpResponse<byte[]> put = call("PUT", "/hooks/events", "application/json", "{}", "Authorization", BASIC);
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().allValues("Allow")).containsExactly("GET, POST");
        assertThat(call("DELETE", "/hooks/token", null, null).statusCode()).isEqualTo(405);
    }

    @Test
    void rejectedCredentialsAre401WithTheChallenge() throws Exception {
        HttpResponse<byte[]> missing = call("POST", "/hooks/token", "application/json", token());
        assertThat(missing.statusCode()).isEqualTo(401);
        // Basic or JWT: anyOf answers with the last rejection, the JWT verifier's
        assertThat(missing.headers().allValues("WWW-Authenticate")).containsExactly("Bearer error=\"invalid_token\"");
        assertThat(new String(missing.body(), StandardCharsets.UTF_8)).contains("missing_credentials");
        HttpResponse<byte[]> wrong = call(
                "POST",
                "/hooks/token",
                "application/json",
                token(),
                "Authorization",
                BasicAuth.header(USER, "not-the-password-at-all"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().allValues("WWW-Authenticate")).hasSize(1);
    }

    @Test
    void unreachableSigningKeysAre503WithRetryAfter() throws Exception {
        HttpResponse<byte[]> response = call(
                "POST",
                "/hooks/token",
                "application/json",
                token(),
                "Authorization",
                "Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJ4In0.c2ln");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).contains("1");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("keys_unavailable");
    }

    @Test
    void aBodyThatIsNotJsonIs415Or400() throws Exception {
        assertThat(call("POST", "/hooks/token", "text/plain", token(), "Authorization", BASIC)
                        .statusCode())
                .isEqualTo(415);
        assertThat(call("POST", "/hooks/token", null, token(), "Authorization", BASIC)
                        .statusCode())
                .isEqualTo(415);
        HttpResponse<byte[]> bad =
                call("POST", "/hooks/token", "application/json", "{not json", "Authorization", BASIC);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    }

    @Test
    void aDeclaredOversizedBodyIs413BeforeItIsSent() throws Exception {
        try (RawHttp raw = new RawHttp(port())) {
            RawHttp.Head head = raw.send(
                            "POST /hooks/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                    + "Authorization: " + BASIC + "\r\nContent-Length: 104857600\r\n\r\n{\"data\":")
                    .head();
            assertThat(head.status())
                    .as("answered with 100 MB declared and 8 bytes sent: nothing waited for the body")
                    .isEqualTo(413);
            assertThat(head.header("Connection")).contains("close");
        }
    }

    @Test
    void anOversizedStreamedBodyIs413WhileItIsStillArriving() throws Exception {
        try (RawHttp raw = new RawHttp(port())) {
            raw.send("POST /hooks/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: " + BASIC + "\r\nTransfer-Encoding: chunked\r\n\r\n");
            byte[] chunk = ("4000\r\n" + "x".repeat(0x4000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 66; i++) { // 1,081,344 bytes: just over the 1 MiB cap; the last chunk is never sent
                raw.send(chunk);
            }
            RawHttp.Head head = raw.head();
            assertThat(head.status()).isEqualTo(413);
            assertThat(head.header("Connection")).contains("close");
        }
    }

    @Test
    void credentialsAreCheckedBeforeTheBodyIsRead() throws Exception {
        try (RawHttp raw = new RawHttp(port())) {
            RawHttp.Head head = raw.send(
                            "POST /hooks/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                    + "Content-Length: 500000\r\n\r\n")
                    .head();
            assertThat(head.status()).as("answered with no body byte sent").isEqualTo(401);
        }
    }

    @Test
    void headerNamesMatchInAnyCaseAndARepeatedCredentialIsRefused() throws Exception {
        byte[] body = token().getBytes(StandardCharsets.UTF_8);
        try (RawHttp raw = new RawHttp(port())) {
            RawHttp.Head head = raw.send(
                            "POST /hooks/token HTTP/1.1\r\nhost: localhost\r\ncontent-type: APPLICATION/JSON; charset=utf-8\r\n"
                                    + "AUTHORIZATION: " + BASIC + "\r\ncontent-length: " + body.length + "\r\n\r\n")
                    .send(body)
                    .head();
            assertThat(head.status()).isEqualTo(200);
            assertThat(head.header("x-content-type-options")).containsExactly("nosniff");
        }
        try (RawHttp raw = new RawHttp(port())) {
            RawHttp.Head head = raw.send(
                            "POST /hooks/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                    + "Authorization: " + BASIC + "\r\nauthorization: " + BASIC + "\r\nContent-Length: "
                                    + body.length + "\r\n\r\n")
                    .send(body)
                    .head();
            assertThat(head.status()).isEqualTo(401);
            assertThat(raw.body(head))
                    .as("two Authorization headers reach the endpoint as two")
                    .contains("ambiguous_credentials");
        }
    }

    @Test
    void theStaticBridgeServesAnyServletMapping() throws IOException {
        SimulationReport typed = simulate(
                "/custom/token",
                HookType.TOKEN,
                Fixture.TOKEN_AUTHORIZATION_CODE
                        .builder()
                        .user("jessie.smith@example.com")
                        .bytes());
        assertThat(typed.reply()).body().addsIdTokenClaim("extPatientId", "1235");
        SimulationReport dispatched = simulate("/custom/anything", HookType.EVENT, Fixture.EVENT_DELIVERY_ONE.bytes());
        assertThat(dispatched.reply().status()).isEqualTo(200);
    }

    private int port() {
        return URI.create(base).getPort();
    }
}
