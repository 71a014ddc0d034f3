package io.oktahooks.core;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Objects;

/**
 * One HTTP request as the framework-neutral {@link HookEndpoint} takes it: the method, the
 * headers and the raw body. The body is read only after authentication, and never more than the
 * endpoint's cap.
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param headers case-insensitive header lookup
 * @param body the raw body; an empty stream when there is none
 */
public record HookHttpRequest(String method, HookHeaders headers, InputStream body) {

    /** Requires every part. */
    public HookHttpRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }

    /** A request with a body held in memory. */
    public static HookHttpRequest of(String method, HookHeaders headers, byte[] body) {
        return new HookHttpRequest(method, headers, new ByteArrayInputStream(body == null ? new byte[0] : body));
    }

    /** A POST of JSON bytes with the given extra headers (name/value pairs) and {@code Content-Type: application/json}. */
    public static HookHttpRequest postJson(byte[] body, String... extraHeaders) {
        String[] all = new String[extraHeaders.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(extraHeaders, 0, all, 2, extraHeaders.length);
        return of("POST", HookHeaders.of(all), body);
    }
}
