package io.oktahooks.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One entry of a response's {@code commands} array: a reverse-DNS {@code type} and its
 * {@code value}.
 *
 * <p>Users normally never construct these: the per-type response builders
 * ({@code TokenResponseBuilder}, {@code RegistrationResponseBuilder}, ...) emit valid commands. It
 * is public so that assertions and the testkit can read responses back. The value is copied in and
 * out, so a command is immutable.
 *
 * @param type the command type, e.g. {@code com.okta.identity.patch}
 * @param value the operand (a copy is returned)
 */
public record Command(String type, JsonNode value) {

    /** Copies the value. */
    public Command {
        Objects.requireNonNull(type, "type");
        value = Objects.requireNonNull(value, "value").deepCopy();
    }

    /** A copy of the operand. */
    @Override
    public JsonNode value() {
        return value.deepCopy();
    }

    JsonNode valueNode() {
        return value;
    }
}
