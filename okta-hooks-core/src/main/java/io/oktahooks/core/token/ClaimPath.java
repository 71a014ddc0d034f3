package io.oktahooks.core.token;

import io.oktahooks.core.InvalidResponseException;
import io.oktahooks.core.internal.JsonPointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where in a token a patch applies: a claim, optionally followed by object members and array
 * indices, e.g. {@code ClaimPath.claim("employee_profile").member("department_id")} or
 * {@code ClaimPath.claim("preferred_airports").append()}.
 *
 * <p>Names are escaped per RFC 6901 when the path is written, so
 * {@code claim("https://example.com/roles")} becomes {@code /claims/https:~1~1example.com~1roles}.
 *
 * @param claim the top-level claim name, unescaped
 * @param segments the member names and array indices below it ({@code "-"} appends), unescaped
 */
public record ClaimPath(String claim, List<String> segments) {

    /** Validates the claim name and copies the segments. */
    public ClaimPath {
        if (claim == null || claim.isEmpty()) {
            throw new InvalidResponseException(InvalidResponseException.Rule.INVALID_PATH, "a claim name must not be empty");
        }
        segments = List.copyOf(segments);
        int append = segments.indexOf("-");
        if (append >= 0 && append != segments.size() - 1) {
            throw new InvalidResponseException(InvalidResponseException.Rule.INVALID_PATH, "'-' (append) can only be the last segment of a claim path");
        }
    }

    /** The path of a top-level claim. */
    public static ClaimPath claim(String name) {
        return new ClaimPath(name, List.of());
    }

    /** The path of a member of this (JSON object) claim value. */
    public ClaimPath member(String name) {
        Objects.requireNonNull(name, "name");
        return with(name);
    }

    /** The path of an element of this (JSON array) claim value, zero-based. */
    public ClaimPath element(int index) {
        if (index < 0) {
            throw new InvalidResponseException(InvalidResponseException.Rule.INVALID_PATH, "array index " + index + " is negative; indices start at 0");
        }
        return with(Integer.toString(index));
    }

    /** The position after the last element of this (JSON array) claim value: {@code add} appends. */
    public ClaimPath append() {
        return with("-");
    }

    /** Whether the path ends with {@code -} (append). */
    public boolean isAppend() {
        return !segments.isEmpty() && segments.get(segments.size() - 1).equals("-");
    }

    /** The JSON Pointer Okta expects, e.g. {@code /claims/employee_profile/department_id}. */
    public String pointer() {
        StringBuilder pointer = new StringBuilder("/claims/").append(JsonPointers.escape(claim));
        for (String segment : segments) {
            pointer.append('/').append(JsonPointers.escape(segment));
        }
        return pointer.toString();
    }

    private ClaimPath with(String segment) {
        List<String> next = new ArrayList<>(segments);
        next.add(segment);
        return new ClaimPath(claim, next);
    }

    @Override
    public String toString() {
        return pointer();
    }
}
