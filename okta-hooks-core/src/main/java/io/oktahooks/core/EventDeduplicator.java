package io.oktahooks.core;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Remembers which System Log events were already delivered, so that Okta's at-least-once
 * delivery reaches your handler at most once per event {@code uuid} (within the memory's reach).
 *
 * <p>Implement it over a shared store (a database unique key, Redis {@code SET NX}) when several
 * instances receive deliveries (okta-hooks-jdbc has one for PostgreSQL, MySQL/MariaDB and H2);
 * {@link #inMemory(int)} suits a single instance.
 *
 * <p>The endpoint asks once per delivery, through {@link #firstSeen(Collection)}. When the store
 * cannot answer (the method throws), the delivery's events are handed to the handler without
 * deduplication, at least once as Okta itself promises, and the endpoint logs one WARN: an
 * unreachable store never loses an event.
 */
@FunctionalInterface
public interface EventDeduplicator {

    /**
     * Longest {@code uuid} the endpoint deduplicates, in characters (Okta's uuids have 36). An
     * event with a longer uuid is handed to the handler without deduplication, and the endpoint
     * logs why at WARN: no deduplicator is ever asked to remember it.
     */
    int MAX_UUID_LENGTH = 256;

    /**
     * Records the event and tells whether it is new. Must be thread-safe.
     *
     * @param uuid the event's {@code uuid}; from the endpoint at most {@link #MAX_UUID_LENGTH} characters
     * @return true the first time a uuid is seen, false for a duplicate
     */
    boolean firstSeen(String uuid);

    /**
     * Records every event of one delivery and tells which are new. The endpoint calls this once per
     * delivery, so a shared store can record the whole delivery in one round trip; this default
     * asks {@link #firstSeen(String)} for each uuid in turn. Must be thread-safe.
     *
     * <p>Throw (any unchecked exception) when the store cannot answer, for example on a timeout:
     * the endpoint then hands every event to the handler and logs one WARN saying deduplication
     * was skipped. Keep it fast: it runs inside Okta's 3-second budget.
     *
     * @param uuids distinct event uuids, each at most {@link #MAX_UUID_LENGTH} characters
     * @return the uuids seen for the first time (a subset of {@code uuids})
     */
    default Set<String> firstSeen(Collection<String> uuids) {
        Set<String> fresh = new LinkedHashSet<>();
        for (String uuid : uuids) {
            if (firstSeen(uuid)) {
                fresh.add(uuid);
            }
        }
        return fresh;
    }

    /**
     * A thread-safe in-memory deduplicator remembering the most recent {@code maxEntries} uuids.
     * It keeps a SHA-256 of each uuid, not the uuid, so its memory is bounded by the entry count
     * (about 150 bytes an entry) whatever the uuids' length.
     */
    static EventDeduplicator inMemory(int maxEntries) {
        return new InMemoryDeduplicator(maxEntries);
    }
}
