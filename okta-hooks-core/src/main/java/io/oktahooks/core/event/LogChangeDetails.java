package io.oktahooks.core.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.OktaObject;
import java.util.Optional;

/**
 * {@code changeDetails} of an event target: the target's attributes before ({@code from}) and after
 * ({@code to}) the change, for example a profile update. Both are free-form objects whose members
 * depend on the event type; they are handed out as copies.
 */
public final class LogChangeDetails extends OktaObject {

    LogChangeDetails(JsonNode node) {
        super(node);
    }

    /** {@code from}: the attributes before the change, if given. */
    public Optional<JsonNode> from() {
        return member("from").filter(JsonNode::isObject);
    }

    /** {@code to}: the attributes after the change, if given. */
    public Optional<JsonNode> to() {
        return member("to").filter(JsonNode::isObject);
    }
}
