package io.oktahooks.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.error.ErrorCause;
import io.oktahooks.core.error.HookError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What every per-type response builder shares: the {@code error} and {@code debugContext} parts,
 * and the list of commands being assembled.
 *
 * <p>A builder is a short-lived, single-threaded object; the {@link HookResponse} it builds is
 * immutable. Each per-type subclass adds the commands named after Okta's actions and checks
 * Okta's documented rules as each one is added, throwing {@link InvalidResponseException}.
 *
 * @param <B> the concrete builder, returned by every method for chaining
 */
public abstract class ResponseBuilder<B extends ResponseBuilder<B>> {

    private final HookType type;
    private final List<String> commandTypes = new ArrayList<>();
    private final List<JsonNode> commandValues = new ArrayList<>();
    private HookError error;
    private ObjectNode debugContext;
    /** True after build(): the built response shares the nodes, so the next change copies them first. */
    private boolean shared;

    /** @param type the hook type whose response this builds */
    protected ResponseBuilder(HookType type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    /** This builder, typed as the subclass. */
    @SuppressWarnings("unchecked")
    protected final B self() {
        return (B) this;
    }

    /** The hook type whose response this builds. */
    protected final HookType type() {
        return type;
    }

    /**
     * Appends a command and returns its value node, which the subclass may keep extending (for
     * example appending patch operations) until {@link #build()}.
     */
    protected final <T extends JsonNode> T addCommand(String commandType, T value) {
        detach();
        if (!type.commandTypes().contains(commandType)) {
            throw new InvalidResponseException("command type " + Sanitize.quote(commandType)
                    + " does not belong to a " + type.displayName() + " hook");
        }
        commandTypes.add(commandType);
        commandValues.add(value);
        return value;
    }

    /** The value of the most recent command of this type, or null when there is none. */
    protected final JsonNode lastCommand(String commandType) {
        detach();
        for (int i = commandTypes.size() - 1; i >= 0; i--) {
            if (commandTypes.get(i).equals(commandType)) {
                return commandValues.get(i);
            }
        }
        return null;
    }

    /**
     * An attribute-update command value ({@code {name: value, ...}}, in the map's order), checked:
     * at least one attribute, no empty names, and none of {@code forbidden}.
     */
    protected final ObjectNode attributes(String commandType, Map<String, ?> attributes, Set<String> forbidden) {
        Objects.requireNonNull(attributes, "attributes");
        if (attributes.isEmpty()) {
            throw new InvalidResponseException(commandType + " needs at least one attribute");
        }
        ObjectNode value = HookJson.newObject();
        attributes.forEach((name, attributeValue) -> {
            if (name == null || name.isEmpty()) {
                throw new InvalidResponseException(commandType + " attribute names must not be empty");
            }
            if (forbidden.contains(name)) {
                throw new InvalidResponseException("a " + type.displayName() + " hook can never set '" + name + "' (" + commandType + ")");
            }
            value.set(name, attributeValue == null ? value.nullNode() : HookJson.toNode(attributeValue));
        });
        return value;
    }

    /** A one-entry map that keeps a null value (which {@code Map.of} refuses). */
    protected static Map<String, Object> attribute(String name, Object value) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put(Objects.requireNonNull(name, "attribute"), value);
        return map;
    }

    /** The number of commands added so far. */
    protected final int commandCount() {
        return commandTypes.size();
    }

    /** Sets the {@code error}; what Okta does with it depends on the hook type. */
    public final B error(HookError error) {
        this.error = Objects.requireNonNull(error, "error");
        return self();
    }

    /** Sets the {@code error} from a summary and causes. */
    public final B error(String errorSummary, ErrorCause... causes) {
        return error(HookError.of(errorSummary, causes));
    }

    /**
     * Adds one {@code debugContext} entry. Okta copies debugContext into its System Log event
     * {@code inline_hook.response.processed}: never put secrets or personal data in it.
     */
    public final B debugContext(String key, Object value) {
        Objects.requireNonNull(key, "key");
        detach();
        if (debugContext == null) {
            debugContext = HookJson.newObject();
        }
        debugContext.set(key, value == null ? debugContext.nullNode() : HookJson.toNode(value));
        return self();
    }

    /** Adds every entry of the map to {@code debugContext} (see {@link #debugContext(String, Object)}). */
    public final B debugContext(Map<String, ?> entries) {
        entries.forEach(this::debugContext);
        return self();
    }

    /**
     * The immutable response. The builder may be discarded afterwards, or changed further without
     * affecting responses already built.
     */
    public HookResponse build() {
        List<Command> commands = new ArrayList<>(commandTypes.size());
        for (int i = 0; i < commandTypes.size(); i++) {
            commands.add(Command.owned(commandTypes.get(i), commandValues.get(i)));
        }
        shared = true;
        return HookResponse.fromBuilder(type, commands, error, debugContext);
    }

    /** Before changing nodes a built response shares, take private copies of them. */
    private void detach() {
        if (shared) {
            commandValues.replaceAll(JsonNode::deepCopy);
            debugContext = debugContext == null ? null : debugContext.deepCopy();
            shared = false;
        }
    }
}
