package io.oktahooks.admin;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an event hook should be: its name, URL, secret header, the System Log event types it
 * subscribes to, and optional filters per event type. The request body of Okta's create and
 * replace calls ({@code EventHook}: {@code events} of type {@code EVENT_TYPE}, an {@code HTTP}
 * channel version {@code 1.0.0} with a {@code HEADER} auth scheme, and {@code events.filter} of
 * type {@code EXPRESSION_LANGUAGE} when there are filters).
 *
 * <p>Event hook filters are an Early Access feature Okta lets an org enable itself; Okta refuses
 * filters in an org where it is off.
 *
 * @param name the display name; {@link OktaAdminClient#registerEventHook} finds an existing hook by it
 * @param uri the hook's {@code https://} URL
 * @param auth the secret header Okta sends (event hooks support only header authentication)
 * @param events the subscribed event types (e.g. {@code user.lifecycle.deactivate}), at least one
 * @param filters event type to filter; each event type must be subscribed
 */
public record EventHookSpec(
        String name, URI uri, ChannelAuth auth, List<String> events, Map<String, EventFilter> filters) {

    /**
     * Checks the fields as Okta would and copies the collections.
     *
     * @throws IllegalArgumentException naming the rule a field breaks
     */
    public EventHookSpec {
        name = InlineHookSpec.checkName(name);
        uri = HookUrls.hookUri(uri);
        Objects.requireNonNull(auth, "auth");
        if (auth.isOAuth()) {
            throw new IllegalArgumentException(
                    "event hooks support only header authentication (ChannelAuth.basic or header)");
        }
        events = List.copyOf(Objects.requireNonNull(events, "events"));
        if (events.isEmpty()) {
            throw new IllegalArgumentException("an event hook subscribes to at least one event type");
        }
        for (String event : events) {
            if (event.isBlank()
                    || event.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
                throw new IllegalArgumentException(
                        "an event type is a name like user.lifecycle.deactivate, without white space");
            }
        }
        if (events.stream().distinct().count() != events.size()) {
            throw new IllegalArgumentException("an event type is listed twice");
        }
        Map<String, EventFilter> copy = new LinkedHashMap<>(Objects.requireNonNull(filters, "filters"));
        for (Map.Entry<String, EventFilter> filter : copy.entrySet()) {
            Objects.requireNonNull(filter.getValue(), "filter");
            if (!events.contains(filter.getKey())) {
                throw new IllegalArgumentException(
                        "a filter is given for " + filter.getKey() + ", which the hook does not subscribe to");
            }
        }
        filters = Collections.unmodifiableMap(copy);
    }

    /** An event hook without filters. */
    public static EventHookSpec of(String name, URI uri, ChannelAuth auth, List<String> events) {
        return new EventHookSpec(name, uri, auth, events, Map.of());
    }

    /**
     * This hook with a filter on one subscribed event type (replacing any filter it had): Okta
     * delivers events of that type only when the filter holds; other types are not filtered.
     */
    public EventHookSpec withFilter(String eventType, EventFilter filter) {
        Map<String, EventFilter> more = new LinkedHashMap<>(filters);
        more.put(Objects.requireNonNull(eventType, "eventType"), Objects.requireNonNull(filter, "filter"));
        return new EventHookSpec(name, uri, auth, events, more);
    }
}
