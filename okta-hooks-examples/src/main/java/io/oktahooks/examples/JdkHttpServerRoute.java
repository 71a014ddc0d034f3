package io.oktahooks.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookHeaders;
import io.oktahooks.core.HookHttpRequest;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Wires one hook type's path of a JDK {@code HttpServer} to the SDK's endpoint: the README's few lines. */
public final class JdkHttpServerRoute implements HttpHandler {

    private final HookEndpoint endpoint;
    private final HookType type;

    /** @param type the hook type served on this path */
    public JdkHttpServerRoute(HookEndpoint endpoint, HookType type) {
        this.endpoint = endpoint;
        this.type = type;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange;
                InputStream body = exchange.getRequestBody()) {
            HookHttpResponse response = endpoint.handle(
                    type,
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
    }
}
