package io.oktahooks.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.internal.Nodes;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A read-only, typed view of one JSON object that Okta sent.
 *
 * <p>Why a view and not a data-bound record: Okta adds members over time, sends {@code "1.0"} in
 * one payload and {@code 1} in another, and distinguishes {@code null} from absent. A view over the
 * exact tree keeps every member, so nothing is ever lost and writing a request back yields the same
 * JSON; the typed accessors of each subclass are lenient (a number where a string is expected is
 * read as text; a member of the wrong kind reads as absent) and never throw.
 *
 * <p>Instances are immutable: the tree is owned by the view and never handed out; {@link #json()}
 * and {@link #member(String)} return copies. Equality is JSON tree equality. {@code toString()}
 * names the members present but never their values, because payloads carry passwords, OTPs and
 * personal data.
 */
public abstract class OktaObject {

    static {
        Nodes.register(view -> view.node);
    }

    private final ObjectNode node;

    /**
     * @param node the JSON this view reads; subclasses pass a tree they own (never one a caller
     *     can still change). A non-object reads as an empty object.
     */
    protected OktaObject(@Nullable JsonNode node) {
        this.node = node instanceof ObjectNode object ? object : HookJson.newObject();
    }

    /** A copy of the whole JSON object, unknown members included. */
    public final ObjectNode json() {
        return node.deepCopy();
    }

    /** A copy of one member's value, if the member is present (it may be JSON {@code null}). */
    public final Optional<JsonNode> member(String name) {
        JsonNode value = node.get(name);
        return value == null ? Optional.empty() : Optional.of(value.deepCopy());
    }

    /** The member's value as text when it is a string, number or boolean; empty otherwise. */
    public final Optional<String> string(String name) {
        return textOf(node.get(name));
    }

    /** The names of the members present, in document order. */
    public final Set<String> memberNames() {
        Set<String> names = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return Collections.unmodifiableSet(names);
    }

    /** The tree this view reads, for subclasses; never expose it. */
    protected final ObjectNode node() {
        return node;
    }

    /** The value at a JSON Pointer below this object, as text. */
    protected final Optional<String> stringAt(String pointer) {
        return textOf(node.at(pointer));
    }

    /** A nested object as a view, when the member is a JSON object. */
    protected final <T> Optional<T> object(String name, Function<JsonNode, T> view) {
        JsonNode value = node.get(name);
        return value != null && value.isObject() ? Optional.of(view.apply(value)) : Optional.empty();
    }

    /** The objects of an array member as views; non-object elements are skipped. */
    protected final <T> List<T> objects(String name, Function<JsonNode, T> view) {
        JsonNode value = node.get(name);
        if (value == null || !value.isArray()) {
            return List.of();
        }
        List<T> views = new ArrayList<>(value.size());
        for (JsonNode element : value) {
            if (element.isObject()) {
                views.add(view.apply(element));
            }
        }
        return Collections.unmodifiableList(views);
    }

    /** The elements of an array member as text; a single string reads as a one-element list. */
    protected final List<String> strings(String name) {
        return texts(node.get(name));
    }

    /** The elements of the array at a JSON Pointer below this object, as {@link #strings(String)} reads them. */
    protected final List<String> stringsAt(String pointer) {
        return texts(node.at(pointer));
    }

    private static List<String> texts(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return List.of();
        }
        if (!value.isArray()) {
            return textOf(value).map(List::of).orElse(List.of());
        }
        List<String> texts = new ArrayList<>(value.size());
        for (JsonNode element : value) {
            textOf(element).ifPresent(texts::add);
        }
        return Collections.unmodifiableList(texts);
    }

    /** An ISO-8601 instant; empty when absent or not a parseable instant. */
    protected final Optional<Instant> instant(String name) {
        return string(name).flatMap(text -> {
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    /** A whole number, given as a JSON number or a numeric string; empty otherwise. */
    protected final OptionalLong longValue(String name) {
        JsonNode value = node.get(name);
        if (value == null) {
            return OptionalLong.empty();
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return OptionalLong.of(value.longValue());
        }
        if (value.isTextual()) {
            try {
                return OptionalLong.of(Long.parseLong(value.textValue().trim()));
            } catch (NumberFormatException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }

    /** A boolean, given as a JSON boolean or the string "true"/"false"; empty otherwise. */
    protected final Optional<Boolean> bool(String name) {
        JsonNode value = node.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isBoolean()) {
            return Optional.of(value.booleanValue());
        }
        if (value.isTextual() && ("true".equals(value.textValue()) || "false".equals(value.textValue()))) {
            return Optional.of(Boolean.parseBoolean(value.textValue()));
        }
        return Optional.empty();
    }

    static Optional<String> textOf(JsonNode value) {
        if (value == null || !value.isValueNode() || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    @Override
    @SuppressWarnings("EqualsGetClass") // a view equals only a view of the same class: a User never equals a Profile
    public final boolean equals(@Nullable Object other) {
        return other != null && other.getClass() == getClass() && ((OktaObject) other).node.equals(node);
    }

    @Override
    public final int hashCode() {
        return node.hashCode();
    }

    /** The type and member names; values are never shown (they may be secrets or personal data). */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(getClass().getSimpleName()).append("{members=[");
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            text.append(names.next());
            if (names.hasNext()) {
                text.append(", ");
            }
        }
        return text.append("]}").toString();
    }
}
