package io.oktahooks.core.context;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.OktaObject;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A user profile: Okta's base attributes as typed accessors and every other (custom) attribute
 * through {@link #attribute(String)} and {@link #string(String)}. Attribute values may be any
 * JSON: strings, numbers, arrays, or {@code null}.
 */
public final class Profile extends OktaObject {

    /** A view of a copy of the given profile object (later changes to {@code node} do not show). */
    public Profile(@Nullable JsonNode node) {
        super(node == null ? null : node.deepCopy());
    }

    /** {@code login}, usually an email address. */
    public Optional<String> login() {
        return string("login");
    }

    /** {@code email}. */
    public Optional<String> email() {
        return string("email");
    }

    /** {@code firstName}. */
    public Optional<String> firstName() {
        return string("firstName");
    }

    /** {@code lastName}. */
    public Optional<String> lastName() {
        return string("lastName");
    }

    /** {@code locale}, e.g. {@code en}. */
    public Optional<String> locale() {
        return string("locale");
    }

    /** {@code timeZone}, e.g. {@code America/Los_Angeles}. */
    public Optional<String> timeZone() {
        return string("timeZone");
    }

    /** A copy of any attribute's value (present as JSON {@code null} when Okta sent null). */
    public Optional<JsonNode> attribute(String name) {
        return member(name);
    }
}
