package io.oktahooks.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.event.EventDelivery;
import io.oktahooks.core.event.LogEvent;
import io.oktahooks.core.internal.ResponseRules;
import io.oktahooks.core.internal.Sanitize;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a parsed request to its handler and turns what comes back into a reply: the handler's
 * response, or the hook type's fail-safe answer when the handler throws, returns nothing usable or
 * builds a response Okta would refuse. Every response is checked against the request it answers
 * ({@link ResponseRules}) before anything is sent, because Okta drops a whole patch, or fails the
 * flow, for one broken rule: a response built with a free-standing builder may patch a token the
 * request does not mint, replace a claim the token lacks or send a self-service command to a
 * progressive-profile request. Event deliveries go through the deduplicator first.
 */
final class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(HookEndpoint.class);

    /** Longest rule or deduplicator failure message logged (it may quote claim names and paths from the handler's code). */
    private static final int MAX_MESSAGE_LOGGED = 1000;

    /** A handler together with the request class it takes, so no cast is unchecked. */
    record Route<R extends HookRequest>(Class<R> requestClass, HookHandler<R> handler) {
        HookResponse handle(HookRequest request) throws Exception {
            return handler.handle(requestClass.cast(request));
        }
    }

    private final Map<HookType, Route<?>> routes;
    private final @Nullable EventHandler eventHandler;
    private final @Nullable EventDeduplicator deduplicator;
    private final Map<HookType, FailurePolicy> failurePolicies;

    Dispatcher(
            Map<HookType, Route<?>> routes,
            @Nullable EventHandler eventHandler,
            @Nullable EventDeduplicator deduplicator,
            Map<HookType, FailurePolicy> failurePolicies) {
        this.routes = Map.copyOf(routes);
        this.eventHandler = eventHandler;
        this.deduplicator = deduplicator;
        this.failurePolicies = Map.copyOf(failurePolicies);
    }

    boolean serves(HookType type) {
        return type == HookType.EVENT ? eventHandler != null : routes.containsKey(type);
    }

    /** The hook types with a handler. */
    Set<HookType> hookTypes() {
        Set<HookType> types = EnumSet.noneOf(HookType.class);
        types.addAll(routes.keySet());
        if (eventHandler != null) {
            types.add(HookType.EVENT);
        }
        return Collections.unmodifiableSet(types);
    }

    boolean servesEvents() {
        return eventHandler != null;
    }

    /** The reply to an inline hook call. */
    HookHttpResponse respond(HookType type, HookRequest request, @Nullable String eventId) {
        HookResponse response;
        byte[] bytes;
        try {
            response = Objects.requireNonNull(routes.get(type), "route").handle(request);
            if (response == null) {
                throw new IllegalStateException("the handler returned null; return HookResponse.empty(HookType."
                        + type.name() + ") for no change");
            }
            if (response.type() != type) {
                throw new IllegalStateException("the handler returned a "
                        + response.type().displayName() + " response to a " + type.displayName());
            }
            // A response from a builder bound to this very request was checked as it was built.
            List<ResponseRules.Violation> violations =
                    response.checkedAgainst(request) ? List.of() : ResponseRules.check(type, response.tree(), request);
            if (!violations.isEmpty()) {
                ResponseRules.Violation first = violations.get(0);
                LOG.error(
                        "okta hook: the {} handler's response for eventId={} breaks Okta's rule {} at {}: {}{}; answering "
                                + "with the fail-safe response",
                        type.displayName(),
                        eventId == null ? "-" : eventId,
                        first.rule(),
                        first.where(),
                        Sanitize.forLog(first.message(), MAX_MESSAGE_LOGGED),
                        violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "");
                response = safeFallback(type, request, new InvalidResponseException(first.rule(), first.message()));
            }
            bytes = response.isEmpty() && type.allowsEmptyResponse() ? null : response.toBytes();
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Exception | Error e) {
            LOG.error(
                    "okta hook: {} handler failed for eventId={}; answering with the fail-safe response",
                    type.displayName(),
                    eventId == null ? "-" : eventId,
                    e);
            response = safeFallback(type, request, e);
            bytes = response.isEmpty() && type.allowsEmptyResponse() ? null : response.toBytes();
        }
        return bytes == null ? Replies.noContent() : Replies.ok(bytes);
    }

    /** The reply to an event delivery: acknowledged, whatever the handler does. */
    HookHttpResponse deliver(EventDelivery delivery) {
        EventDelivery toHandle = delivery;
        if (deduplicator != null) {
            toHandle = withoutDuplicates(delivery);
            if (toHandle == null) {
                return Replies.acknowledged();
            }
        }
        try {
            Objects.requireNonNull(eventHandler, "event handler").handle(toHandle);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Exception | Error e) {
            LOG.error(
                    "okta hook: event hook handler failed for delivery eventId={} with {} events; the delivery is acknowledged",
                    Sanitize.forLog(delivery.eventId().orElse(null)),
                    toHandle.events().size(),
                    e);
            HookResponse fallback = safeFallback(HookType.EVENT, delivery, e);
            if (!fallback.isEmpty()) {
                return Replies.ok(fallback.toBytes());
            }
        }
        return Replies.acknowledged();
    }

    /**
     * The delivery without the events seen before, or null when every event was a duplicate. The
     * deduplicator is asked once for the whole delivery; when it fails, every event is kept.
     */
    private @Nullable EventDelivery withoutDuplicates(EventDelivery delivery) {
        ObjectNode json = delivery.json();
        JsonNode events = json.at("/data/events");
        if (!events.isArray()) {
            return delivery;
        }
        List<String> uuids = uuidsOf(events, delivery.events());
        Set<String> asked = new LinkedHashSet<>();
        for (String uuid : uuids) {
            if (uuid != null && uuid.length() <= EventDeduplicator.MAX_UUID_LENGTH) {
                asked.add(uuid);
            }
        }
        Set<String> fresh;
        try {
            fresh = asked.isEmpty()
                    ? Set.of()
                    : Objects.requireNonNull(
                            Objects.requireNonNull(deduplicator, "deduplicator")
                                    .firstSeen(Collections.unmodifiableSet(asked)),
                            "the deduplicator returned null");
        } catch (RuntimeException e) {
            LOG.warn(
                    "okta hook: event deduplication was skipped for delivery eventId={} ({} events), which is handled "
                            + "without it (at least once): {}: {}",
                    Sanitize.forLog(delivery.eventId().orElse(null)),
                    events.size(),
                    e.getClass().getName(),
                    Sanitize.forLog(e.getMessage(), MAX_MESSAGE_LOGGED));
            LOG.debug("okta hook: the deduplicator's failure", e);
            return delivery;
        }
        ArrayNode kept = json.arrayNode();
        Set<String> handedOver = new HashSet<>();
        int index = 0;
        for (JsonNode event : events) {
            String uuid = uuids.get(index++);
            if (uuid != null && uuid.length() > EventDeduplicator.MAX_UUID_LENGTH) {
                LOG.warn(
                        "okta hook: an event uuid of {} characters is over the {}-character limit; the event is handled "
                                + "without deduplication",
                        uuid.length(),
                        EventDeduplicator.MAX_UUID_LENGTH);
                kept.add(event);
            } else if (uuid == null || (fresh.contains(uuid) && handedOver.add(uuid))) {
                kept.add(event);
            } else {
                LOG.debug("okta hook: dropped duplicate event uuid={}", Sanitize.forLog(uuid));
            }
        }
        if (kept.isEmpty() && !events.isEmpty()) {
            return null;
        }
        ((ObjectNode) json.get("data")).set("events", kept);
        return EventDelivery.of(json);
    }

    /** Each event's uuid, in order; null for an event that is not an object or has none. */
    private static List<String> uuidsOf(JsonNode events, List<LogEvent> typed) {
        List<String> uuids = new ArrayList<>(events.size());
        int index = 0;
        for (JsonNode event : events) {
            uuids.add(event.isObject() ? typed.get(index++).uuid().orElse(null) : null);
        }
        return uuids;
    }

    /** The fail-safe reply to {@code request}, as when its handler fails with {@code failure}. */
    HookHttpResponse failSafeReply(HookType type, HookRequest request, Throwable failure) {
        HookResponse response = safeFallback(type, request, failure);
        if (type == HookType.EVENT) {
            return response.isEmpty() ? Replies.acknowledged() : Replies.ok(response.toBytes());
        }
        return response.isEmpty() && type.allowsEmptyResponse() ? Replies.noContent() : Replies.ok(response.toBytes());
    }

    /** The failure policy's answer when it is usable (right type, within the rules for this request), else the SDK default. */
    private HookResponse safeFallback(HookType type, HookRequest request, Throwable failure) {
        try {
            HookResponse fallback = Objects.requireNonNull(failurePolicies.get(type), "failure policy")
                    .respond(type, failure);
            if (fallback != null
                    && fallback.type() == type
                    && ResponseRules.check(type, fallback.tree(), request).isEmpty()) {
                fallback.toBytes();
                return fallback;
            }
            LOG.error(
                    "okta hook: the {} failure policy returned an unusable response; using the SDK default",
                    type.displayName());
        } catch (RuntimeException e) {
            LOG.error("okta hook: the {} failure policy threw; using the SDK default", type.displayName(), e);
        }
        return FailurePolicy.failSafe(type).respond(type, failure);
    }
}
