package io.oktahooks.core.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.HookParseException;
import io.oktahooks.core.HookRequest;
import io.oktahooks.core.HookType;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.internal.RequestNodes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One event hook delivery ({@code com.okta.event_hook}): a batch of System Log events.
 *
 * <p>Delivery is at least once, possibly late, out of order and duplicated: sort by
 * {@link LogEvent#published()} and drop duplicates by {@link LogEvent#uuid()}. Acknowledge at once
 * and do slow work afterwards; Okta waits 3 seconds.
 */
public final class EventDelivery extends HookRequest {

    private EventDelivery(@Nullable JsonNode root) {
        super(root, HookType.EVENT);
        JsonNode events = RequestNodes.data(node()).get("events");
        if (events != null && !events.isArray()) {
            throw new HookParseException(
                    HookParseException.Reason.INVALID_REQUEST,
                    "/data/events",
                    "data.events of an event hook delivery must be an array");
        }
    }

    /**
     * Parses a delivery body.
     *
     * @throws HookParseException when the bytes are not an event hook delivery
     */
    public static EventDelivery parse(byte[] json) {
        return new EventDelivery(HookJson.readTree(json));
    }

    /** A delivery from a JSON tree (copied). */
    public static EventDelivery of(@Nullable JsonNode json) {
        return new EventDelivery(json == null ? null : json.deepCopy());
    }

    /** {@code data.events}: the System Log events, in the order Okta sent them. */
    public List<LogEvent> events() {
        JsonNode events = RequestNodes.data(node()).get("events");
        if (events == null) {
            return List.of();
        }
        List<LogEvent> list = new ArrayList<>(events.size());
        for (JsonNode event : events) {
            if (event.isObject()) {
                list.add(new LogEvent(event));
            }
        }
        return Collections.unmodifiableList(list);
    }
}
