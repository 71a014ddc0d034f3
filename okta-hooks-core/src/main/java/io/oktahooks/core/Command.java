package io.oktahooks.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a response's {@code commands} array: a reverse-DNS {@code type} and its
 * {@code value}.
 *
 * <p>Only the per-type response builders ({@code TokenResponseBuilder},
 * {@code RegistrationResponseBuilder}, ...) create commands, each checked against Okta's rules as
 * it is added; this type is public so that code and assertions can read a response back. The value
 * is copied out ({@link #value()}), so a command is immutable.
 */
public final class Command {

    private final String type;
    private final JsonNode value;

    private Command(String type, JsonNode value) {
        this.type = Objects.requireNonNull(type, "type");
        this.value = Objects.requireNonNull(value, "value");
    }

    /** A command that takes over a node nobody else will change (the builders' own nodes). */
    static Command owned(String type, JsonNode value) {
        return new Command(type, value);
    }

    /** The command type, e.g. {@code com.okta.identity.patch}. */
    public String type() {
        return type;
    }

    /** A copy of the operand. */
    public JsonNode value() {
        return value.deepCopy();
    }

    JsonNode valueNode() {
        return value;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Command that && that.type.equals(type) && that.value.equals(value);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + value.hashCode();
    }

    /** The type only; values may hold personal data. */
    @Override
    public String toString() {
        return "Command{type=" + type + "}";
    }
}
