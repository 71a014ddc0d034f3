package io.oktahooks.core;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What to send back: a status, headers and body bytes. Copy them into your framework's response
 * as they are.
 *
 * @param status the HTTP status, e.g. 200, 204, 400, 401
 * @param headers header name to value (e.g. {@code Content-Type}, {@code Allow}, {@code WWW-Authenticate});
 *     an unmodifiable map whose keys are compared without regard to case, as HTTP header names are
 * @param body the body; empty for 204 (a copy is returned)
 */
@SuppressWarnings("ArrayRecordComponent") // body() returns a copy; equals and hashCode compare the bytes
public record HookHttpResponse(int status, Map<String, String> headers, byte[] body) {

    /** The headers every endpoint reply carries (see {@code Replies}), already in their final form. */
    static final Map<String, String> BASE_HEADERS =
            caseInsensitiveCopy(Map.of("Cache-Control", "no-store", "X-Content-Type-Options", "nosniff"));
    /** {@link #BASE_HEADERS} and {@code Content-Type: application/json}: an endpoint reply with a body. */
    static final Map<String, String> BASE_JSON_HEADERS = caseInsensitiveCopy(Map.of(
            "Cache-Control", "no-store", "X-Content-Type-Options", "nosniff", "Content-Type", "application/json"));

    /** Copies the headers (refusing two names that differ only in case) and the body. */
    public HookHttpResponse {
        Objects.requireNonNull(headers, "headers");
        if (headers != BASE_HEADERS && headers != BASE_JSON_HEADERS) { // those two are unmodifiable copies already
            headers = caseInsensitiveCopy(headers);
        }
        body = Objects.requireNonNull(body, "body").clone();
    }

    private static Map<String, String> caseInsensitiveCopy(Map<String, String> headers) {
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, value) -> {
            if (copy.put(Objects.requireNonNull(name, "header name"), Objects.requireNonNull(value, "header value"))
                    != null) {
                throw new IllegalArgumentException("header " + name + " is given twice (names ignore case)");
            }
        });
        return Collections.unmodifiableSortedMap(copy);
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

    /** A header's value, looked up without regard to case ({@code www-authenticate} finds {@code WWW-Authenticate}). */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(Objects.requireNonNull(name, "name")));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof HookHttpResponse that
                && that.status == status
                && that.headers.equals(headers)
                && java.util.Arrays.equals(that.body, body);
    }

    /** Consistent with {@link #equals(Object)}: header names are hashed without regard to case. */
    @Override
    public int hashCode() {
        int names = 0;
        for (Map.Entry<String, String> header : headers.entrySet()) {
            names += header.getKey().toLowerCase(java.util.Locale.ROOT).hashCode()
                    ^ header.getValue().hashCode();
        }
        return (status * 31 + names) * 31 + java.util.Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "HookHttpResponse{status=" + status + ", headers=" + headers + ", bodyBytes=" + body.length + "}";
    }
}
