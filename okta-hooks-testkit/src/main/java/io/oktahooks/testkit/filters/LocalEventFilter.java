package io.oktahooks.testkit.filters;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.admin.EventFilter;
import io.oktahooks.admin.EventHookSpec;
import io.oktahooks.admin.internal.FilterSyntax;
import io.oktahooks.admin.internal.FilterSyntax.AnyTarget;
import io.oktahooks.admin.internal.FilterSyntax.Compare;
import io.oktahooks.admin.internal.FilterSyntax.Condition;
import io.oktahooks.admin.internal.FilterSyntax.Expression;
import io.oktahooks.core.event.EventDelivery;
import io.oktahooks.core.event.LogEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates event hook filters locally, on the testkit's fixture events or your own recorded
 * ones, so you can see which events a filter lets through before Okta does (Okta's console
 * preview bypasses filters).
 *
 * <pre>{@code
 * LocalEventFilter salesOnly = LocalEventFilter.of(EventFilter.parse(
 *         "event.target.?[type eq 'UserGroup' && displayName eq 'Sales'].size() > 0"));
 * List<LogEvent> delivered = salesOnly.select(Fixture.EVENT_DELIVERY_MANY.builder().eventDelivery());
 * }</pre>
 *
 * <p>It evaluates exactly the subset {@link EventFilter} accepts, with the Expression Language's
 * semantics for it: {@code eq} compares strings exactly (case matters); an absent or non-string
 * field equals no value, so {@code ne} holds for it; {@code &&} binds tighter than {@code ||};
 * a target selection holds when some element of the event's {@code target} array meets every
 * comparison (an event without targets has none). {@code event.debugData.changedAttributes} is
 * read from the event's {@code debugContext.debugData.changedAttributes}. Okta's evaluator is the
 * authority; this one is for fast feedback.
 */
public final class LocalEventFilter implements Predicate<LogEvent> {

    private final @Nullable Expression everyEvent;
    private final @Nullable Set<String> subscribed;
    private final Map<String, Expression> byEventType;

    private LocalEventFilter(
            @Nullable Expression everyEvent, @Nullable Set<String> subscribed, Map<String, Expression> byEventType) {
        this.everyEvent = everyEvent;
        this.subscribed = subscribed;
        this.byEventType = byEventType;
    }

    /** One filter applied to every event, whatever its type. */
    public static LocalEventFilter of(EventFilter filter) {
        return new LocalEventFilter(
                FilterSyntax.parse(Objects.requireNonNull(filter, "filter").expression()), null, Map.of());
    }

    /**
     * What an event hook would receive: events of the subscribed types, each passing the filter of
     * its type when it has one.
     */
    public static LocalEventFilter of(EventHookSpec hook) {
        Map<String, Expression> filters = new HashMap<>();
        hook.filters().forEach((type, filter) -> filters.put(type, FilterSyntax.parse(filter.expression())));
        return new LocalEventFilter(null, Set.copyOf(hook.events()), filters);
    }

    /** Whether Okta would deliver this event. */
    @Override
    public boolean test(LogEvent event) {
        String type = event.eventType().orElse("");
        if (subscribed != null && !subscribed.contains(type)) {
            return false;
        }
        Expression filter = everyEvent != null ? everyEvent : byEventType.get(type);
        return filter == null || holds(filter, event.json());
    }

    /** The events of a delivery Okta would deliver, in order. */
    public List<LogEvent> select(EventDelivery delivery) {
        return delivery.events().stream().filter(this).toList();
    }

    private static boolean holds(Expression expression, JsonNode event) {
        return expression.anyOf().stream().anyMatch(all -> all.stream().allMatch(condition -> holds(condition, event)));
    }

    private static boolean holds(Condition condition, JsonNode event) {
        if (condition instanceof Compare compare) {
            return compare(compare, event.at(FilterSyntax.FIELDS.get(compare.field())));
        }
        JsonNode targets = event.path("target");
        if (!targets.isArray()) {
            return false;
        }
        for (JsonNode target : targets) {
            if (((AnyTarget) condition).allOf().stream().allMatch(c -> compare(c, target.path(c.field())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean compare(Compare compare, JsonNode actual) {
        boolean equal = actual.isTextual() && actual.asText().equals(compare.value());
        return compare.equal() == equal;
    }
}
