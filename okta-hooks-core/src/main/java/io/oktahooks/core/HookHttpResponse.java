package io.oktahooks.core;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * What to send back: a status, headers and body bytes. Copy them into your framework's response
 * as they are.
 *
 * @param status the HTTP status, e.g. 200, 204, 400, 401
 * @param headers header name to value (e.g. {@code Content-Type}, {@code Allow}, {@code WWW-Authenticate})
 * @param body the body; empty for 204 (a copy is returned)
 */
public record HookHttpResponse(int status, Map<String, String> headers, byte[] body) {

    /** Copies the headers and body. */
    public HookHttpResponse {
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
        body = Objects.requireNonNull(body, "body").clone();
    }

    /** A copy of the body. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** A header's value, by exact name as the endpoint sets it (e.g. {@code Content-Type}). */
    public String header(String name) {
        return headers.get(name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HookHttpResponse that && that.status == status && that.headers.equals(headers)
                && java.util.Arrays.equals(that.body, body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers) * 31 + java.util.Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "HookHttpResponse{status=" + status + ", headers=" + headers + ", bodyBytes=" + body.length + "}";
    }
}
