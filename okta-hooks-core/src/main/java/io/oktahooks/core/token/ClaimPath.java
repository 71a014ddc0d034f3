package io.oktahooks.core.token;

import io.oktahooks.core.InvalidResponseException;
import io.oktahooks.core.internal.JsonPointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where in a token a patch applies: a claim, optionally followed by steps into its value (object
 * members, array elements, or the append position), e.g.
 * {@code ClaimPath.claim("employee_profile").member("department_id")} or
 * {@code ClaimPath.claim("preferred_airports").append()}.
 *
 * <p>Each step says what it means: {@link Member} a member of a JSON object (any name, {@code "-"}
 * and {@code "3"} included), {@link Element} an element of a JSON array, {@link Append} the
 * position after an array's last element. On the wire a member named {@code "-"} and the append
 * position are both written {@code -} (RFC 6901 leaves it to the value found there); keeping them
 * apart lets the request-aware builder refuse a step that does not fit what the token carries.
 *
 * <p>Names are escaped per RFC 6901 when the path is written, so
 * {@code claim("https://example.com/roles")} becomes {@code /claims/https:~1~1example.com~1roles}.
 *
 * @param claim the top-level claim name, unescaped
 * @param steps the steps below the claim, in order; {@link Append} can only be the last
 */
public record ClaimPath(String claim, List<Step> steps) {

    /** Validates the claim name and copies the steps. */
    public ClaimPath {
        if (claim == null || claim.isEmpty()) {
            throw new InvalidResponseException(
                    InvalidResponseException.Rule.INVALID_PATH, "a claim name must not be empty");
        }
        steps = List.copyOf(steps);
        for (int i = 0; i < steps.size() - 1; i++) {
            if (steps.get(i) instanceof Append) {
                throw new InvalidResponseException(
                        InvalidResponseException.Rule.INVALID_PATH,
                        "append ('-') can only be the last step of a claim path");
            }
        }
    }

    /** One step below a claim. */
    public sealed interface Step permits Member, Element, Append {
        /** The step as an unescaped JSON Pointer reference token. */
        String token();
    }

    /**
     * A member of a JSON object.
     *
     * @param name the member name, unescaped; any string, {@code "-"} included
     */
    public record Member(String name) implements Step {
        /** Requires a name. */
        public Member {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String token() {
            return name;
        }
    }

    /**
     * An element of a JSON array.
     *
     * @param index zero-based, not negative
     */
    public record Element(int index) implements Step {
        /** Refuses a negative index. */
        public Element {
            if (index < 0) {
                throw new InvalidResponseException(
                        InvalidResponseException.Rule.INVALID_PATH,
                        "array index " + index + " is negative; indices start at 0");
            }
        }

        @Override
        public String token() {
            return Integer.toString(index);
        }
    }

    /** The position after the last element of a JSON array: only {@code add} goes there, and appends. */
    public record Append() implements Step {
        @Override
        public String token() {
            return "-";
        }
    }

    /** The path of a top-level claim. */
    public static ClaimPath claim(String name) {
        return new ClaimPath(name, List.of());
    }

    /** The path of a member of this (JSON object) value; the name may be anything, {@code "-"} included. */
    public ClaimPath member(String name) {
        return with(new Member(name));
    }

    /** The path of an element of this (JSON array) value, zero-based. */
    public ClaimPath element(int index) {
        return with(new Element(index));
    }

    /** The position after the last element of this (JSON array) value: {@code add} appends. */
    public ClaimPath append() {
        return with(new Append());
    }

    /** Whether the path ends with {@link Append}. */
    public boolean isAppend() {
        return !steps.isEmpty() && steps.get(steps.size() - 1) instanceof Append;
    }

    /** The JSON Pointer Okta expects, e.g. {@code /claims/employee_profile/department_id}. */
    public String pointer() {
        StringBuilder pointer =
                JsonPointers.appendEscaped(new StringBuilder(claim.length() + 16).append("/claims/"), claim);
        for (Step step : steps) {
            JsonPointers.appendEscaped(pointer.append('/'), step.token());
        }
        return pointer.toString();
    }

    private ClaimPath with(Step step) {
        List<Step> next = new ArrayList<>(steps);
        next.add(step);
        return new ClaimPath(claim, next);
    }

    /** The JSON Pointer (names and indices only; never claim values). */
    @Override
    public String toString() {
        return pointer();
    }
}
