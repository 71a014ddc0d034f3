package io.oktahooks.core;

import com.fasterxml.jackson.databind.JsonNode;

/** What the endpoint reads of a call before a handler sees it: the content type and, on a shared path, the hook type. */
final class Envelope {

    private Envelope() {}

    /** The hook type named by a body's {@code eventType}, for a path that serves every type. */
    static HookType typeOf(JsonNode root) {
        JsonNode eventType = root.isObject() ? root.get("eventType") : null;
        if (eventType == null || !eventType.isTextual()) {
            throw new HookParseException(
                    HookParseException.Reason.INVALID_REQUEST,
                    "/eventType",
                    "the body has no eventType string, so the hook type is unknown; mount one path per hook type or send eventType");
        }
        return HookType.fromEventType(eventType.textValue())
                .orElseThrow(() -> new HookParseException(
                        HookParseException.Reason.WRONG_HOOK_TYPE,
                        "/eventType",
                        "the body's eventType is not an Okta hook type this SDK " + "knows"));
    }

    /** Whether a Content-Type header names JSON (parameters such as charset allowed). */
    static boolean isJson(String contentType) {
        int semicolon = contentType.indexOf(';');
        String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        return mediaType.equalsIgnoreCase("application/json");
    }
}
