package io.oktahooks.auth;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A JWKS endpoint on loopback whose keys and behaviour tests change while it runs. */
final class JwksServer implements AutoCloseable {

    enum Mode { OK, DOWN, SLOW }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "jwks-stub");
        t.setDaemon(true);
        return t;
    });
    final AtomicInteger requests = new AtomicInteger();
    final AtomicReference<String> body = new AtomicReference<>("{\"keys\":[]}");
    final AtomicReference<Mode> mode = new AtomicReference<>(Mode.OK);

    JwksServer(JWKSet keys) throws IOException {
        keys(keys);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            try (exchange) {
                switch (mode.get()) {
                    case DOWN -> exchange.sendResponseHeaders(503, -1);
                    case SLOW -> {
                        try {
                            Thread.sleep(10_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        exchange.sendResponseHeaders(503, -1);
                    }
                    case OK -> {
                        byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
                        exchange.getResponseHeaders().set("Content-Type", "application/json");
                        exchange.sendResponseHeaders(200, bytes.length);
                        try (OutputStream out = exchange.getResponseBody()) {
                            out.write(bytes);
                        }
                    }
                }
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    void keys(JWKSet keys) {
        body.set(keys.toPublicJWKSet().toString());
    }

    /** The issuer URL served by this stub; its keys are at {@code issuer + "/v1/keys"}. */
    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/aushooks";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
