package io.oktahooks.core.context;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.OktaObject;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@code data.context.user}: the Okta user the hook call is about. */
public final class User extends OktaObject {

    /** A view of a copy of the given {@code user} object (later changes to {@code node} do not show). */
    public User(@Nullable JsonNode node) {
        super(node == null ? null : node.deepCopy());
    }

    /** The Okta user id, e.g. {@code 00uq8tMo3zV0OfJON0g3}. */
    public Optional<String> id() {
        return string("id");
    }

    /** When the password last changed. */
    public Optional<Instant> passwordChanged() {
        return instant("passwordChanged");
    }

    /** The user's profile (empty profile when absent). */
    public Profile profile() {
        return object("profile", Profile::new).orElseGet(() -> new Profile(null));
    }

    /** {@code profile.login}, the most common thing a handler needs. */
    public Optional<String> login() {
        return profile().login();
    }

    /** {@code _links.groups.href}. */
    public Optional<String> groupsLink() {
        return stringAt("/_links/groups/href");
    }

    /** {@code _links.factors.href}. */
    public Optional<String> factorsLink() {
        return stringAt("/_links/factors/href");
    }
}
