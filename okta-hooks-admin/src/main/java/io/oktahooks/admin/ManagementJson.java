package io.oktahooks.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.HookParseException;
import io.oktahooks.core.HookType;
import io.oktahooks.core.internal.HookJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of Okta's hook management calls, per the Management API specification (2026.06.3):
 * request bodies from the specs, and the typed records from Okta's replies. Read with the SDK's
 * hardened Jackson configuration ({@link HookJson}).
 */
final class ManagementJson {

    /** The one channel version and inline hook version Okta supports. */
    static final String VERSION = "1.0.0";

    private ManagementJson() {}

    /** {@code InlineHookCreate} (with {@code type}) or {@code InlineHookReplace} (without). */
    static byte[] inlineHookBody(InlineHookSpec spec, boolean create) {
        ObjectNode body = HookJson.newObject();
        body.put("name", spec.name());
        if (create) {
            body.put("type", spec.type().eventType());
        }
        body.put("version", VERSION);
        ObjectNode channel = body.putObject("channel");
        ChannelAuth auth = spec.auth();
        channel.put("type", auth.isOAuth() ? "OAUTH" : "HTTP");
        channel.put("version", VERSION);
        ObjectNode config = channel.putObject("config");
        config.put("uri", spec.uri().toString());
        config.putArray("headers");
        config.put("method", "POST");
        switch (auth.kind()) {
            case HEADER -> headerScheme(config, auth);
            case OAUTH_CLIENT_SECRET -> {
                oauth(config, auth, "client_secret_post");
                config.put("clientSecret", auth.secret());
            }
            case OAUTH_PRIVATE_KEY -> {
                oauth(config, auth, "private_key_jwt");
                config.put("hookKeyId", auth.hookKeyId());
            }
        }
        return HookJson.toBytes(body);
    }

    private static void headerScheme(ObjectNode config, ChannelAuth auth) {
        ObjectNode scheme = config.putObject("authScheme");
        scheme.put("type", "HEADER");
        scheme.put("key", auth.key());
        scheme.put("value", auth.secret());
    }

    private static void oauth(ObjectNode config, ChannelAuth auth, String authType) {
        config.put("authType", authType);
        config.put("clientId", auth.clientId());
        config.put("tokenUrl", String.valueOf(auth.tokenUrl()));
        if (auth.scope() != null) {
            config.put("scope", auth.scope());
        }
    }

    /**
     * {@code EventHook} for create or replace; a replace without filters sends {@code filter: null}
     * so filters set before are removed.
     */
    static byte[] eventHookBody(EventHookSpec spec, boolean create) {
        ObjectNode body = HookJson.newObject();
        body.put("name", spec.name());
        ObjectNode events = body.putObject("events");
        events.put("type", "EVENT_TYPE");
        ArrayNode items = events.putArray("items");
        spec.events().forEach(items::add);
        if (!spec.filters().isEmpty()) {
            ObjectNode filter = events.putObject("filter");
            filter.put("type", "EXPRESSION_LANGUAGE");
            ArrayNode map = filter.putArray("eventFilterMap");
            spec.filters().forEach((event, expression) -> {
                ObjectNode entry = map.addObject();
                entry.put("event", event);
                entry.putObject("condition").put("expression", expression.expression());
            });
        } else if (!create) {
            events.putNull("filter");
        }
        ObjectNode channel = body.putObject("channel");
        channel.put("type", "HTTP");
        channel.put("version", VERSION);
        ObjectNode config = channel.putObject("config");
        config.put("uri", spec.uri().toString());
        config.putArray("headers");
        headerScheme(config, spec.auth());
        return HookJson.toBytes(body);
    }

    /** Okta's reply as JSON. */
    static JsonNode read(byte[] reply, String call) throws IOException {
        try {
            return HookJson.readTree(reply);
        } catch (HookParseException e) {
            throw new IOException(
                    call + ": Okta's reply is not JSON (" + e.reason().wireValue() + ")");
        }
    }

    /** One inline hook, or empty when its type is not one the SDK knows (a type Okta added later). */
    static Optional<InlineHook> inlineHook(JsonNode json) {
        Optional<HookType> type = HookType.fromEventType(json.path("type").asText(""));
        if (type.isEmpty() || type.get() == HookType.EVENT || !json.path("id").isTextual()) {
            return Optional.empty();
        }
        JsonNode channel = json.path("channel");
        return Optional.of(new InlineHook(
                json.path("id").asText(),
                json.path("name").asText(""),
                type.get(),
                json.path("status").asText(null),
                channel.path("type").asText(null),
                channel.path("config").path("uri").asText(null)));
    }

    static InlineHook requireInlineHook(JsonNode json, String call) throws IOException {
        Optional<InlineHook> hook = inlineHook(json);
        if (hook.isEmpty()) {
            throw new IOException(call + ": Okta's reply is not an inline hook of a known type");
        }
        return hook.get();
    }

    static List<InlineHook> inlineHooks(JsonNode json, String call) throws IOException {
        List<InlineHook> hooks = new ArrayList<>();
        for (JsonNode item : array(json, call)) {
            inlineHook(item).ifPresent(hooks::add);
        }
        return hooks;
    }

    static EventHook eventHook(JsonNode json, String call) throws IOException {
        if (!json.path("id").isTextual()) {
            throw new IOException(call + ": Okta's reply is not an event hook");
        }
        List<String> events = new ArrayList<>();
        json.path("events").path("items").forEach(item -> events.add(item.asText()));
        Map<String, String> filters = new LinkedHashMap<>();
        json.path("events")
                .path("filter")
                .path("eventFilterMap")
                .forEach(entry -> filters.put(
                        entry.path("event").asText(""),
                        entry.path("condition").path("expression").asText("")));
        return new EventHook(
                json.path("id").asText(),
                json.path("name").asText(""),
                json.path("status").asText(null),
                json.path("verificationStatus").asText(null),
                json.path("channel").path("config").path("uri").asText(null),
                events,
                filters);
    }

    static List<EventHook> eventHooks(JsonNode json, String call) throws IOException {
        List<EventHook> hooks = new ArrayList<>();
        for (JsonNode item : array(json, call)) {
            hooks.add(eventHook(item, call));
        }
        return hooks;
    }

    private static JsonNode array(JsonNode json, String call) throws IOException {
        if (!json.isArray()) {
            throw new IOException(call + ": Okta's reply is not a JSON array");
        }
        return json;
    }

    /** Okta's error object (or OAuth's error) from an error reply, as an exception. */
    static OktaApiException error(String call, int status, byte[] reply) {
        JsonNode json;
        try {
            json = reply.length == 0 ? HookJson.newObject() : HookJson.readTree(reply);
        } catch (HookParseException e) {
            json = HookJson.newObject();
        }
        List<String> causes = new ArrayList<>();
        json.path("errorCauses").forEach(cause -> {
            if (cause.path("errorSummary").isTextual()) {
                causes.add(cause.path("errorSummary").asText());
            }
        });
        String code = text(json, "errorCode", "error");
        String summary = text(json, "errorSummary", "error_description");
        return new OktaApiException(call, status, code, summary, text(json, "errorId", "errorId"), causes);
    }

    private static @Nullable String text(JsonNode json, String name, String oauthName) {
        JsonNode value = json.path(name).isTextual() ? json.path(name) : json.path(oauthName);
        return value.isTextual() ? value.asText() : null;
    }
}
