package io.oktahooks.core;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers which System Log events were already delivered, so that Okta's at-least-once
 * delivery reaches your handler at most once per event {@code uuid} (within the memory's reach).
 *
 * <p>Implement it over a shared store (a database unique key, Redis {@code SET NX}) when several
 * instances receive deliveries; {@link #inMemory(int)} suits a single instance.
 */
@FunctionalInterface
public interface EventDeduplicator {

    /**
     * Records the event and tells whether it is new. Must be thread-safe.
     *
     * @param uuid the event's {@code uuid}
     * @return true the first time a uuid is seen, false for a duplicate
     */
    boolean firstSeen(String uuid);

    /** A thread-safe in-memory deduplicator remembering the most recent {@code maxEntries} uuids. */
    static EventDeduplicator inMemory(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1, not " + maxEntries);
        }
        Map<String, Boolean> seen = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > maxEntries;
            }
        };
        return uuid -> {
            synchronized (seen) {
                return seen.put(uuid, Boolean.TRUE) == null;
            }
        };
    }
}
