package io.oktahooks.core.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.OktaObject;
import java.util.Optional;

/** An {@code actor} or {@code target} of a System Log event: a user, app, group, ... */
public final class LogEntity extends OktaObject {

    LogEntity(JsonNode node) {
        super(node);
    }

    /** {@code id}. */
    public Optional<String> id() {
        return string("id");
    }

    /** {@code type}, e.g. {@code User} or {@code AppInstance}. */
    public Optional<String> type() {
        return string("type");
    }

    /** {@code alternateId}, e.g. the login. */
    public Optional<String> alternateId() {
        return string("alternateId");
    }

    /** {@code displayName}. */
    public Optional<String> displayName() {
        return string("displayName");
    }

    /** {@code changeDetails}: what changed on this target (targets of update events). */
    public Optional<LogChangeDetails> changeDetails() {
        return object("changeDetails", LogChangeDetails::new);
    }

    /** {@code detailEntry}: free-form details of this entity, as a copy. */
    public Optional<JsonNode> detailEntry() {
        return member("detailEntry").filter(JsonNode::isObject);
    }
}
