package io.oktahooks.core;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.internal.HookJson;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every reply the endpoint sends, by name. All of them carry the same base headers
 * ({@code Cache-Control: no-store}, {@code X-Content-Type-Options: nosniff}, and
 * {@code Content-Type: application/json} when there is a body); refusals carry an Okta-style
 * {@code error} whose one cause names the reason and, where it helps, the location.
 */
final class Replies {

    private Replies() {}

    /** 200 with a JSON body. */
    static HookHttpResponse ok(byte[] json) {
        return reply(200, json, Map.of());
    }

    /** 204: no change (inline hooks whose type allows it). */
    static HookHttpResponse noContent() {
        return reply(204, new byte[0], Map.of());
    }

    /** 200 with no body: an event delivery acknowledged. */
    static HookHttpResponse acknowledged() {
        return reply(200, new byte[0], Map.of());
    }

    /** 405 naming the methods the path takes. */
    static HookHttpResponse methodNotAllowed(String allow) {
        return refusal(
                405,
                "Method Not Allowed",
                "method_not_allowed",
                "Okta calls hooks with " + allow,
                null,
                null,
                Map.of("Allow", allow));
    }

    /** 401 with the authenticator's challenge, if it gave one. */
    static HookHttpResponse unauthorized(String reason, String challenge) {
        return refusal(
                401,
                "Unauthorized",
                reason,
                "the call is not authenticated",
                "header",
                "Authorization",
                challenge == null ? Map.of() : Map.of("WWW-Authenticate", challenge));
    }

    /** 503: the credentials cannot be checked now (Okta retries once, except token and telephony hooks, never). */
    static HookHttpResponse unavailable(String reason) {
        return refusal(
                503,
                "Service Unavailable",
                reason,
                "the call cannot be authenticated right now",
                "header",
                "Authorization",
                Map.of("Retry-After", "1"));
    }

    /** 415: not {@code application/json}. */
    static HookHttpResponse unsupportedMediaType() {
        return refusal(
                415,
                "Unsupported Media Type",
                "unsupported_media_type",
                "Okta sends Content-Type: application/json",
                "header",
                "Content-Type",
                Map.of());
    }

    /** 413: the body is over the cap; the rest is never read, so the connection cannot be reused. */
    static HookHttpResponse payloadTooLarge(int maxBodyBytes) {
        return refusal(
                413,
                "Payload Too Large",
                "body_too_large",
                "the body is larger than " + maxBodyBytes + " bytes",
                "body",
                "",
                Map.of("Connection", "close"));
    }

    /** 400 for a body that is not a request the endpoint can serve. */
    static HookHttpResponse badRequest(
            String reason, @Nullable String detail, @Nullable String locationType, @Nullable String location) {
        return refusal(400, "Bad Request", reason, detail, locationType, location, Map.of());
    }

    /** 400: a body of a hook type this endpoint has no handler for. */
    static HookHttpResponse noHandler(HookType type) {
        return badRequest(
                "no_handler", "this endpoint has no handler for eventType " + type.eventType(), "body", "/eventType");
    }

    /** 500: the endpoint itself failed; never a stack trace. */
    static HookHttpResponse internalError() {
        return refusal(
                500,
                "Internal Server Error",
                "internal_error",
                "The hook service failed to process the call",
                null,
                null,
                Map.of());
    }

    private static HookHttpResponse refusal(
            int status,
            String summary,
            String reason,
            @Nullable String detail,
            @Nullable String locationType,
            @Nullable String location,
            Map<String, String> extra) {
        ObjectNode root = HookJson.newObject();
        ObjectNode error = root.putObject("error");
        error.put("errorSummary", summary);
        ObjectNode cause = error.putArray("errorCauses").addObject();
        cause.put("errorSummary", detail);
        cause.put("reason", reason);
        if (locationType != null) {
            cause.put("locationType", locationType);
        }
        if (location != null && !location.isEmpty()) {
            cause.put("location", location);
        }
        cause.put("domain", "okta-hooks");
        return reply(status, HookJson.toBytes(root), extra);
    }

    private static HookHttpResponse reply(int status, byte[] body, Map<String, String> extra) {
        Map<String, String> base = body.length > 0 ? HookHttpResponse.BASE_JSON_HEADERS : HookHttpResponse.BASE_HEADERS;
        if (extra.isEmpty()) {
            return new HookHttpResponse(status, base, body); // the shared headers, not copied again
        }
        Map<String, String> headers = new HashMap<>(base);
        headers.putAll(extra);
        return new HookHttpResponse(status, headers, body);
    }
}
