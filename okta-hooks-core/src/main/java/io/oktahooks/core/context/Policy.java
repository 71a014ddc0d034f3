package io.oktahooks.core.context;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.OktaObject;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@code data.context.policy}: the access policy and rule that triggered a token hook. */
public final class Policy extends OktaObject {

    /** A view of a copy of the given {@code policy} object (later changes to {@code node} do not show). */
    public Policy(@Nullable JsonNode node) {
        super(node == null ? null : node.deepCopy());
    }

    /** The policy id. */
    public Optional<String> id() {
        return string("id");
    }

    /** {@code rule.id}: the rule within the policy. */
    public Optional<String> ruleId() {
        return stringAt("/rule/id");
    }
}
