package io.oktahooks.servlet;

import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookHeaders;
import io.oktahooks.core.HookHttpRequest;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookType;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;

/**
 * One call from code that already holds a servlet request and response (a Spring MVC controller,
 * a filter, a servlet of your own) to a {@link HookEndpoint}, and the reply copied back:
 * <pre>{@code
 * @PostMapping("/okta/token")
 * void token(HttpServletRequest request, HttpServletResponse response) throws IOException {
 *     ServletHooks.handle(endpoint, HookType.TOKEN, request, response);
 * }
 * }</pre>
 *
 * <p>The translation is all it does: the method, the headers (looked up case-insensitively, every
 * value of a repeated header) and the body stream go in as they are, unread, so the endpoint
 * authenticates before it reads a byte and never reads past its cap; the status, every header
 * and the body come back unchanged. Everything else (405, 401, 413, 415, 400, fail-safe answers)
 * is the endpoint's.
 */
public final class ServletHooks {

    private ServletHooks() {}

    /**
     * Handles a call on a path that serves one hook type; a body of another type is a 400.
     *
     * @throws IOException when the reply cannot be written (the client went away)
     */
    public static void handle(
            HookEndpoint endpoint, HookType type, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Objects.requireNonNull(
                type, "type (use handle(endpoint, request, response) to dispatch on the body's eventType)");
        write(endpoint.handle(type, toHookRequest(request)), response);
    }

    /**
     * Handles a call on a path that serves every hook type the endpoint has: the type is found
     * from the body's {@code eventType} (a GET is the event hook verification).
     *
     * @throws IOException when the reply cannot be written (the client went away)
     */
    public static void handle(HookEndpoint endpoint, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        write(endpoint.handle(toHookRequest(request)), response);
    }

    static HookHttpRequest toHookRequest(HttpServletRequest request) throws IOException {
        return new HookHttpRequest(
                request.getMethod(),
                HookHeaders.of(name -> values(request.getHeaders(name))),
                request.getInputStream());
    }

    private static List<String> values(Enumeration<String> headers) {
        return headers == null ? List.of() : Collections.list(headers);
    }

    static void write(HookHttpResponse reply, HttpServletResponse response) throws IOException {
        response.setStatus(reply.status());
        reply.headers().forEach(response::setHeader);
        byte[] body = reply.body();
        if (body.length > 0) {
            response.setContentLength(body.length);
            ServletOutputStream out = response.getOutputStream();
            out.write(body);
            out.flush();
        }
    }
}
