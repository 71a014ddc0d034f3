package io.oktahooks.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The request headers as the endpoint reads them: looked up by name, case-insensitively, each
 * name with all its values (so a repeated {@code Authorization} header is visible, and refused).
 *
 * <p>Adapt any framework with {@link #of(Function)}, e.g. for a servlet
 * {@code HookHeaders.of(name -> Collections.list(request.getHeaders(name)))}, or copy its map
 * with {@link #of(Map)}.
 */
@FunctionalInterface
public interface HookHeaders {

    /**
     * All values of a header, in the order received; empty when absent. Implementations must
     * match {@code name} case-insensitively.
     */
    List<String> all(String name);

    /** The first value of a header. */
    default Optional<String> first(String name) {
        List<String> values = all(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    /** Headers backed by a lookup function (which must itself ignore case). Null results read as absent. */
    static HookHeaders of(Function<String, ? extends List<String>> lookup) {
        Objects.requireNonNull(lookup, "lookup");
        return name -> {
            List<String> values = lookup.apply(name);
            return values == null ? List.of() : values;
        };
    }

    /** An immutable copy of a name-to-values map; names that differ only in case are merged. */
    static HookHeaders of(Map<String, ? extends List<String>> headers) {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (name != null && values != null) {
                copy.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values);
            }
        });
        copy.replaceAll((name, values) -> Collections.unmodifiableList(values));
        return name -> copy.getOrDefault(name, List.of());
    }

    /** Headers from name/value pairs, e.g. {@code of("Content-Type", "application/json")}. */
    static HookHeaders of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("headers come in name/value pairs; got an odd number of strings");
        }
        TreeMap<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.computeIfAbsent(namesAndValues[i], n -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return of(map);
    }
}
