package io.oktahooks.admin.internal;

import io.oktahooks.core.internal.Sanitize;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The one grammar of the event hook filter subset the SDK supports: parsed here for
 * {@code EventFilter.parse}, checked here for {@code EventFilter.builder()}, rendered here, and
 * evaluated from this tree by the testkit.
 *
 * <p>The subset is what Okta documents for event hook filters (the Management API specification's
 * {@code EventHookFilterMapObjectCondition} example and Okta's "Okta Expression Language and event
 * hooks" page): the fields of its "Supported Filter Fields" table, the operators {@code eq},
 * {@code ne}, {@code &&} and {@code ||}, single-quoted string literals, and the target selection
 * {@code event.target.?[...].size() > 0}. No parentheses: {@code &&} binds tighter than
 * {@code ||}, as in the Expression Language, so every filter is an or of ands.
 *
 * <pre>
 * expression  := conjunction ( "||" conjunction )*
 * conjunction := condition ( "&amp;&amp;" condition )*
 * condition   := FIELD ("eq" | "ne") STRING
 *              | "event.target.?[" TARGET_FIELD ("eq" | "ne") STRING ( "&amp;&amp;" TARGET_FIELD ("eq" | "ne") STRING )* "]"
 *                ".size()" "&gt;" "0"
 * STRING      := "'" any characters but "'", "\" and control characters "'"
 * </pre>
 *
 * <p>Internal: not part of the SDK's API.
 */
public final class FilterSyntax {

    /** The event fields a filter may compare, each with where it sits in a System Log event (a JSON Pointer). */
    public static final Map<String, String> FIELDS = fields();

    /** The target fields a target selection may compare. */
    public static final List<String> TARGET_FIELDS = List.of("id", "type", "alternateId", "displayName");

    private static final String TARGET_OPEN = "event.target.?[";

    private FilterSyntax() {}

    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("event.eventType", "/eventType");
        fields.put("event.outcome.result", "/outcome/result");
        fields.put("event.outcome.reason", "/outcome/reason");
        fields.put("event.actor.id", "/actor/id");
        fields.put("event.actor.type", "/actor/type");
        fields.put("event.actor.alternateId", "/actor/alternateId");
        fields.put("event.actor.displayName", "/actor/displayName");
        fields.put("event.debugData.changedAttributes", "/debugContext/debugData/changedAttributes");
        return java.util.Collections.unmodifiableMap(fields);
    }

    /** A parsed filter: true when any of its conjunctions holds. */
    public record Expression(List<List<Condition>> anyOf) {
        /** Copies the lists. */
        public Expression {
            anyOf = anyOf.stream().map(List::copyOf).toList();
        }
    }

    /** One condition of a conjunction. */
    public sealed interface Condition permits Compare, AnyTarget {}

    /**
     * {@code field eq 'value'} (or {@code ne} when {@code equal} is false); {@code field} is one of
     * {@link #FIELDS} or, inside a target selection, one of {@link #TARGET_FIELDS}.
     */
    public record Compare(String field, boolean equal, String value) implements Condition {}

    /** {@code event.target.?[a && b].size() > 0}: some target meets every comparison. */
    public record AnyTarget(List<Compare> allOf) implements Condition {
        /** Copies the list. */
        public AnyTarget {
            allOf = List.copyOf(allOf);
        }
    }

    /**
     * Why a value cannot be a string literal of a filter, or null when it can: literals are
     * single-quoted, and quotes, backslashes and control characters are refused rather than escaped
     * (Okta documents no escaping for filters).
     */
    public static @Nullable String literalProblem(String value) {
        if (value == null) {
            return "is null";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\'' || c == '\\') {
                return "contains " + (c == '\'' ? "a single quote" : "a backslash")
                        + " (filters have no documented escaping)";
            }
            if (Character.isISOControl(c)) {
                return "contains a control character";
            }
        }
        return null;
    }

    /** Why a name is not a filterable event field, or null when it is. */
    public static @Nullable String fieldProblem(String field) {
        if (FIELDS.containsKey(field)) {
            return null;
        }
        String hint = field != null && field.startsWith("event.target")
                ? "; compare a target's fields inside " + TARGET_OPEN + "...].size() > 0"
                : "";
        return "'" + field + "' is not a field Okta's event hook filters support (supported: "
                + String.join(", ", FIELDS.keySet()) + hint + ")";
    }

    /** Why a name is not a filterable target field, or null when it is. */
    public static @Nullable String targetFieldProblem(String field) {
        return TARGET_FIELDS.contains(field)
                ? null
                : "'" + field + "' is not a target field Okta's event hook filters support (supported: "
                        + String.join(", ", TARGET_FIELDS) + ")";
    }

    /** The canonical text of a filter. */
    public static String render(Expression expression) {
        return expression.anyOf().stream()
                .map(all -> all.stream().map(FilterSyntax::render).collect(Collectors.joining(" && ")))
                .collect(Collectors.joining(" || "));
    }

    private static String render(Condition condition) {
        if (condition instanceof Compare compare) {
            return compare.field() + (compare.equal() ? " eq '" : " ne '") + compare.value() + "'";
        }
        AnyTarget target = (AnyTarget) condition;
        return TARGET_OPEN + target.allOf().stream().map(FilterSyntax::render).collect(Collectors.joining(" && "))
                + "].size() > 0";
    }

    /**
     * Parses a filter of the supported subset.
     *
     * @throws IllegalArgumentException naming the position and what was expected there, for text
     *     outside the subset
     */
    public static Expression parse(String text) {
        return new Parser(Objects.requireNonNull(text, "expression")).expression();
    }

    /** A recursive-descent parser over the text; whitespace between tokens is free. */
    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        Expression expression() {
            skipSpace();
            if (at == text.length()) {
                throw fail(
                        null,
                        "the filter is empty; write at least one condition, e.g. event.outcome.result eq 'SUCCESS'");
            }
            List<List<Condition>> anyOf = new ArrayList<>();
            anyOf.add(conjunction());
            while (accept("||")) {
                anyOf.add(conjunction());
            }
            skipSpace();
            if (at < text.length()) {
                throw fail(
                        text.charAt(at) == '(' || text.charAt(at) == ')'
                                ? "parentheses, which this subset does not use (&& binds tighter than ||)"
                                : "&&, || or the end of the filter");
            }
            return new Expression(anyOf);
        }

        private List<Condition> conjunction() {
            List<Condition> allOf = new ArrayList<>();
            allOf.add(condition());
            while (accept("&&")) {
                allOf.add(condition());
            }
            return allOf;
        }

        private Condition condition() {
            skipSpace();
            if (text.startsWith(TARGET_OPEN, at)) {
                at += TARGET_OPEN.length();
                List<Compare> allOf = new ArrayList<>();
                allOf.add(comparison(true));
                while (accept("&&")) {
                    allOf.add(comparison(true));
                }
                expect("]");
                expect(".size()");
                expect(">");
                expect("0");
                return new AnyTarget(allOf);
            }
            return comparison(false);
        }

        private Compare comparison(boolean target) {
            skipSpace();
            int start = at;
            String name = name();
            if (name.isEmpty()) {
                at = start;
                throw fail(
                        target
                                ? "a target field (" + String.join(", ", TARGET_FIELDS) + ")"
                                : "a field (" + String.join(", ", FIELDS.keySet()) + ") or " + TARGET_OPEN
                                        + "...].size() > 0");
            }
            String problem = target ? targetFieldProblem(name) : fieldProblem(name);
            if (problem != null) {
                at = start;
                throw fail(null, problem);
            }
            skipSpace();
            boolean equal;
            if (acceptWord("eq")) {
                equal = true;
            } else if (acceptWord("ne")) {
                equal = false;
            } else if (text.startsWith("==", at) || text.startsWith("!=", at)) {
                throw fail(
                        null,
                        "use eq or ne instead of " + text.substring(at, at + 2)
                                + " (the operators Okta documents for event hook filters)");
            } else {
                throw fail("eq or ne");
            }
            return new Compare(name, equal, literal());
        }

        private String name() {
            int start = at;
            while (at < text.length()
                    && (Character.isLetterOrDigit(text.charAt(at))
                            || text.charAt(at) == '.'
                            || text.charAt(at) == '_')) {
                at++;
            }
            return text.substring(start, at);
        }

        private String literal() {
            skipSpace();
            if (at >= text.length() || text.charAt(at) != '\'') {
                throw fail(
                        text.startsWith("\"", at)
                                ? "a single-quoted string (filters quote with ', not \")"
                                : "a single-quoted string");
            }
            int close = text.indexOf('\'', at + 1);
            if (close < 0) {
                throw fail(null, "the string starting here has no closing quote");
            }
            String value = text.substring(at + 1, close);
            String problem = literalProblem(value);
            if (problem != null) {
                throw fail(null, "the string " + problem);
            }
            at = close + 1;
            return value;
        }

        private boolean accept(String token) {
            skipSpace();
            if (text.startsWith(token, at)) {
                at += token.length();
                return true;
            }
            return false;
        }

        private boolean acceptWord(String word) {
            if (text.startsWith(word, at)
                    && (at + word.length() == text.length()
                            || !Character.isLetterOrDigit(text.charAt(at + word.length())))) {
                at += word.length();
                return true;
            }
            return false;
        }

        private void expect(String token) {
            if (!accept(token)) {
                throw fail("'" + token + "' (a target selection ends with ].size() > 0)");
            }
        }

        private void skipSpace() {
            while (at < text.length()
                    && (text.charAt(at) == ' '
                            || text.charAt(at) == '\t'
                            || text.charAt(at) == '\n'
                            || text.charAt(at) == '\r')) {
                at++;
            }
        }

        private IllegalArgumentException fail(String expected) {
            return fail(expected, null);
        }

        private IllegalArgumentException fail(@Nullable String expected, @Nullable String problem) {
            String found = at >= text.length() ? "the end" : "'" + excerpt() + "'";
            String message = problem != null ? problem : "expected " + expected + ", found " + found;
            return new IllegalArgumentException("event hook filter, at character " + (at + 1) + ": " + message);
        }

        private String excerpt() {
            return Sanitize.forLog(text.substring(at), 20);
        }
    }
}
