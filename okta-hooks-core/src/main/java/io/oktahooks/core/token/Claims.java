package io.oktahooks.core.token;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.OktaObject;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The claims of a token being minted: claim name to any JSON value. */
public final class Claims extends OktaObject {

    Claims(@Nullable JsonNode node) {
        super(node);
    }

    /** A copy of a claim's value. */
    public Optional<JsonNode> get(String name) {
        return member(name);
    }

    /** Whether the token carries this claim. */
    public boolean contains(String name) {
        return node().has(name);
    }

    /** The claim names, in document order. */
    public Set<String> names() {
        return memberNames();
    }
}
