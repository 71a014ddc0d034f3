package io.oktahooks.admin;

import io.oktahooks.admin.internal.FilterSyntax;
import io.oktahooks.admin.internal.FilterSyntax.AnyTarget;
import io.oktahooks.admin.internal.FilterSyntax.Compare;
import io.oktahooks.admin.internal.FilterSyntax.Condition;
import io.oktahooks.admin.internal.FilterSyntax.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * An event hook filter: an Okta Expression Language condition Okta evaluates on each event of one
 * subscribed event type, delivering the event only when it holds (Okta's {@code eventFilterMap}
 * entry, with filter type {@code EXPRESSION_LANGUAGE}). Attach it with
 * {@link EventHookSpec#withFilter(String, EventFilter)}.
 *
 * <p>Why a subset: Okta evaluates filters in the org, after the hook is saved, and its console
 * preview bypasses them; a filter it cannot read fails late or silently drops events. So only what
 * Okta documents for event hook filters is accepted, and everything else is refused at once with a
 * message naming the position and what is supported:
 * <ul>
 *   <li>fields: {@code event.eventType}, {@code event.outcome.result}, {@code event.outcome.reason},
 *       {@code event.actor.id}, {@code event.actor.type}, {@code event.actor.alternateId},
 *       {@code event.actor.displayName}, {@code event.debugData.changedAttributes};</li>
 *   <li>targets: {@code event.target.?[type eq 'UserGroup' && displayName eq 'Sales'].size() > 0}
 *       (some target meets every comparison), target fields {@code id}, {@code type},
 *       {@code alternateId}, {@code displayName};</li>
 *   <li>operators {@code eq}, {@code ne}, {@code &&}, {@code ||} ({@code &&} binds tighter; no
 *       parentheses); values are single-quoted strings without quotes, backslashes or control
 *       characters (Okta documents no escaping).</li>
 * </ul>
 * The testkit's {@code LocalEventFilter} evaluates the same subset on fixture events, so you can see
 * locally which events a filter lets through.
 *
 * <pre>{@code
 * EventFilter salesGroup = EventFilter.builder()
 *         .anyTarget(t -> t.eq("type", "UserGroup").eq("displayName", "Sales"))
 *         .build();
 * EventFilter same = EventFilter.parse("event.target.?[type eq 'UserGroup' && displayName eq 'Sales'].size() > 0");
 * }</pre>
 * Immutable; equal when their canonical expressions are equal.
 */
public final class EventFilter {

    private final String expression;

    private EventFilter(Expression tree) {
        this.expression = FilterSyntax.render(tree);
    }

    /**
     * Reads an expression of the supported subset (whitespace between tokens is free).
     *
     * @throws IllegalArgumentException naming the character position and what is supported, for
     *     anything outside the subset
     */
    public static EventFilter parse(String expression) {
        return new EventFilter(FilterSyntax.parse(expression));
    }

    /** A builder: comparisons added in a row must all hold; {@link Builder#or()} starts an alternative. */
    public static Builder builder() {
        return new Builder();
    }

    /** The expression Okta receives, in canonical form (e.g. {@code .size() > 0} with spaces). */
    public String expression() {
        return expression;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof EventFilter that && that.expression.equals(expression);
    }

    @Override
    public int hashCode() {
        return expression.hashCode();
    }

    /** The expression. */
    @Override
    public String toString() {
        return expression;
    }

    /** A comparison, recording what is wrong with its field (already checked) or its value. */
    private static Compare compare(
            List<String> problems,
            @Nullable String fieldProblem,
            String label,
            String field,
            boolean equal,
            String value) {
        if (fieldProblem != null) {
            problems.add(fieldProblem);
        }
        String valueProblem = FilterSyntax.literalProblem(value);
        if (valueProblem != null) {
            problems.add("the value for " + label + " " + valueProblem);
        }
        return new Compare(field, equal, value);
    }

    /**
     * Builds a filter. Each call only records; {@link #build()} checks everything and names every
     * problem at once.
     */
    public static final class Builder {
        private final List<List<Condition>> anyOf = new ArrayList<>(List.of(new ArrayList<>()));
        private final List<String> problems = new ArrayList<>();

        private Builder() {}

        /** The event field (e.g. {@code event.actor.alternateId}) must equal the value. */
        public Builder eq(String field, String value) {
            return compare(field, true, value);
        }

        /** The event field must differ from the value (an absent field differs from every value). */
        public Builder ne(String field, String value) {
            return compare(field, false, value);
        }

        /**
         * Some target of the event must meet every comparison made on {@code target}, e.g.
         * {@code t -> t.eq("type", "UserGroup").eq("displayName", "Sales")}.
         */
        public Builder anyTarget(Consumer<TargetBuilder> target) {
            TargetBuilder builder = new TargetBuilder();
            Objects.requireNonNull(target, "target").accept(builder);
            if (builder.allOf.isEmpty()) {
                problems.add("anyTarget needs at least one comparison");
            }
            problems.addAll(builder.problems);
            current().add(new AnyTarget(builder.allOf));
            return this;
        }

        /** What follows is an alternative: the filter holds when the conditions before or after hold. */
        public Builder or() {
            if (current().isEmpty()) {
                problems.add("or() must come between conditions");
            }
            anyOf.add(new ArrayList<>());
            return this;
        }

        /**
         * The filter.
         *
         * @throws IllegalStateException naming every problem: unsupported fields, values that
         *     cannot be written as a literal, an empty filter or a misplaced {@code or()}
         */
        public EventFilter build() {
            List<String> all = new ArrayList<>(problems);
            if (anyOf.size() == 1 && current().isEmpty()) {
                all.add("the filter has no condition");
            } else if (current().isEmpty() && !all.contains("or() must come between conditions")) {
                all.add("or() must come between conditions");
            }
            if (!all.isEmpty()) {
                throw new IllegalStateException("event hook filter is misconfigured: " + String.join("; ", all));
            }
            return new EventFilter(new Expression(anyOf));
        }

        private Builder compare(String field, boolean equal, String value) {
            current().add(EventFilter.compare(problems, FilterSyntax.fieldProblem(field), field, field, equal, value));
            return this;
        }

        private List<Condition> current() {
            return anyOf.get(anyOf.size() - 1);
        }
    }

    /** The comparisons one target must meet, inside {@link Builder#anyTarget(Consumer)}. */
    public static final class TargetBuilder {
        private final List<Compare> allOf = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();

        private TargetBuilder() {}

        /** The target field ({@code id}, {@code type}, {@code alternateId}, {@code displayName}) must equal the value. */
        public TargetBuilder eq(String field, String value) {
            return compare(field, true, value);
        }

        /** The target field must differ from the value. */
        public TargetBuilder ne(String field, String value) {
            return compare(field, false, value);
        }

        private TargetBuilder compare(String field, boolean equal, String value) {
            allOf.add(EventFilter.compare(
                    problems, FilterSyntax.targetFieldProblem(field), "target " + field, field, equal, value));
            return this;
        }
    }
}
