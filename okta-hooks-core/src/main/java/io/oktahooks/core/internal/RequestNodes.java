package io.oktahooks.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.function.Function;

/** Reads the parts every hook request shares ({@code data}, {@code data.context}) for the request views; not API. */
public final class RequestNodes {

    private RequestNodes() {}

    /** The {@code data} object of a request the envelope check has accepted. */
    public static JsonNode data(ObjectNode root) {
        return root.get("data");
    }

    /** The {@code data.context} object, or an empty object when absent. */
    public static JsonNode context(ObjectNode root) {
        JsonNode context = data(root).get("context");
        return context != null && context.isObject() ? context : HookJson.newObject();
    }

    /** A view of the {@code data.context} member {@code name}, when it is a JSON object. */
    public static <T> Optional<T> contextObject(ObjectNode root, String name, Function<JsonNode, T> view) {
        return objectIn(context(root), name, view);
    }

    /** A view of the {@code data} member {@code name}, when it is a JSON object. */
    public static <T> Optional<T> dataObject(ObjectNode root, String name, Function<JsonNode, T> view) {
        return objectIn(data(root), name, view);
    }

    private static <T> Optional<T> objectIn(JsonNode parent, String name, Function<JsonNode, T> view) {
        JsonNode member = parent.get(name);
        return member != null && member.isObject() ? Optional.of(view.apply(member)) : Optional.empty();
    }
}
