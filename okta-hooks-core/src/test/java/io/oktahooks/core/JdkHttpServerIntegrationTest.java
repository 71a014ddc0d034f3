package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.oktahooks.core.internal.HookJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The README's JDK HttpServer wiring, served on loopback and called over real HTTP. */
class JdkHttpServerIntegrationTest {

    private HttpServer server;
    private URI base;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeEach
    void start() throws IOException {
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .token(request -> request.respond()
                        .addIdTokenClaim("extPatientId", "1235")
                        .build())
                .build();

        // --- the README snippet ---
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hooks/token", exchange -> {
            try (exchange;
                    InputStream body = exchange.getRequestBody()) {
                HookHttpResponse response = endpoint.handle(
                        HookType.TOKEN,
                        new HookHttpRequest(
                                exchange.getRequestMethod(), HookHeaders.of(exchange.getRequestHeaders()), body));
                response.headers().forEach(exchange.getResponseHeaders()::set);
                byte[] bytes = response.body();
                exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
                if (bytes.length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                }
            }
        });
        // --- end of snippet ---
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpResponse<String> post(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/hooks/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Payloads.TOKEN));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRealHttpCallGetsThePatch() throws Exception {
        HttpResponse<String> response = post(EndpointFixtures.SECRET);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(HookJson.readTree(response.body().getBytes())
                        .at("/commands/0/value/0/value")
                        .asText())
                .isEqualTo("1235");
    }

    @Test
    void aRealHttpCallWithoutCredentialsGets401() throws Exception {
        HttpResponse<String> response = post(null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
    }
}
