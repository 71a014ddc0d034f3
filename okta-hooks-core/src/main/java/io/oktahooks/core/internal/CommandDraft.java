package io.oktahooks.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.HookType;
import io.oktahooks.core.InvalidResponseException;
import io.oktahooks.core.error.HookError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The response a per-type builder is assembling: its commands, {@code error} and
 * {@code debugContext}. Each builder owns one and hands it to {@code ResponseBuilder}; not API.
 *
 * <p>Single-threaded, like the builder. After {@link #share()} the built response shares the
 * nodes, so the next change takes private copies first (copy on write).
 */
public final class CommandDraft {

    private final HookType type;
    private final List<String> commandTypes = new ArrayList<>();
    private final List<JsonNode> commandValues = new ArrayList<>();
    private @Nullable HookError error;
    private @Nullable ObjectNode debugContext;
    private boolean shared;
    private @Nullable Object checkedAgainst;

    /** An empty draft of a response to {@code type}. */
    public CommandDraft(HookType type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    /** The hook type whose response this is. */
    public HookType type() {
        return type;
    }

    /**
     * Appends a command and returns its value node, which the builder may keep extending (for
     * example appending patch operations) until it builds.
     */
    public <T extends JsonNode> T add(String commandType, T value) {
        detach();
        if (!type.commandTypes().contains(commandType)) {
            throw new InvalidResponseException(
                    InvalidResponseException.Rule.COMMAND_NOT_ALLOWED,
                    "command type " + Sanitize.quote(commandType) + " does not belong to a " + type.displayName());
        }
        commandTypes.add(commandType);
        commandValues.add(value);
        return value;
    }

    /** The value of the most recent command of this type, or null when there is none. */
    public @Nullable JsonNode last(String commandType) {
        detach();
        for (int i = commandTypes.size() - 1; i >= 0; i--) {
            if (commandTypes.get(i).equals(commandType)) {
                return commandValues.get(i);
            }
        }
        return null;
    }

    /** Sets the {@code error}. */
    public void error(HookError error) {
        this.error = Objects.requireNonNull(error, "error");
    }

    /** Adds one {@code debugContext} entry. */
    public void debugContext(String key, Object value) {
        Objects.requireNonNull(key, "key");
        detach();
        if (debugContext == null) {
            debugContext = HookJson.newObject();
        }
        debugContext.set(key, value == null ? debugContext.nullNode() : HookJson.toNode(value));
    }

    /**
     * An attribute-update command value ({@code {name: value, ...}}, in the map's order), checked
     * by {@link ResponseRules#checkAttributes}: at least one attribute, no empty names, and none the
     * hook type may never set.
     */
    public ObjectNode attributes(String commandType, Map<String, ?> attributes) {
        Objects.requireNonNull(attributes, "attributes");
        ObjectNode value = HookJson.newObject();
        attributes.forEach((name, attributeValue) -> {
            if (name == null) {
                throw new InvalidResponseException(
                        InvalidResponseException.Rule.INVALID_ATTRIBUTE,
                        commandType + " attribute names must not be empty");
            }
            value.set(name, attributeValue == null ? value.nullNode() : HookJson.toNode(attributeValue));
        });
        ResponseRules.checkAttributes(type, commandType, value);
        return value;
    }

    /** A one-entry map that keeps a null value (which {@code Map.of} refuses). */
    public static Map<String, Object> attribute(String name, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(Objects.requireNonNull(name, "attribute"), value);
        return map;
    }

    /** The command types so far, in order. */
    public List<String> commandTypes() {
        return Collections.unmodifiableList(commandTypes);
    }

    /** The command values so far, in order; after {@link #share()} they belong to the built response too. */
    public List<JsonNode> commandValues() {
        return Collections.unmodifiableList(commandValues);
    }

    /** The {@code error}, or null. */
    public @Nullable HookError error() {
        return error;
    }

    /** The {@code debugContext}, or null. */
    public @Nullable ObjectNode debugContext() {
        return debugContext;
    }

    /**
     * Records that every command this draft will hold is checked, as it is added, against every
     * rule {@link ResponseRules#check} applies for {@code request} (a request-bound token builder):
     * the endpoint then need not check the built response against that same request again.
     */
    public void checkedAgainst(@Nullable Object request) {
        this.checkedAgainst = request;
    }

    /** The request every command was checked against as it was added, or null. */
    public @Nullable Object checkedAgainst() {
        return checkedAgainst;
    }

    /** Marks the nodes as shared with a built response: the next change copies them first. */
    public void share() {
        shared = true;
    }

    private void detach() {
        if (shared) {
            commandValues.replaceAll(JsonNode::deepCopy);
            debugContext = debugContext == null ? null : debugContext.deepCopy();
            shared = false;
        }
    }
}
