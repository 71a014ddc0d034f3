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

    /** OK serves the keys; DOWN answers 503; SLOW answers after 10 s; DRIP sends the keys a byte every 400 ms; REDIRECT a 302. */
    enum Mode {
        OK,
        DOWN,
        SLOW,
        DRIP,
        REDIRECT
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "jwks-stub");
        t.setDaemon(true);
        return t;
    });
    final AtomicInteger requests = new AtomicInteger();
    final AtomicReference<String> body = new AtomicReference<>("{\"keys\":[]}");
    final AtomicReference<Mode> mode = new AtomicReference<>(Mode.OK);
    final AtomicReference<String> redirectTo = new AtomicReference<>();

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
                    case REDIRECT -> {
                        exchange.getResponseHeaders().set("Location", redirectTo.get());
                        exchange.sendResponseHeaders(302, -1);
                    }
                    case DRIP -> {
                        byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
                        exchange.getResponseHeaders().set("Content-Type", "application/json");
                        exchange.sendResponseHeaders(200, bytes.length);
                        try (OutputStream out = exchange.getResponseBody()) {
                            for (byte b : bytes) {
                                out.write(b);
                                out.flush();
                                Thread.sleep(400);
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
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
