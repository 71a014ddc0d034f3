package io.oktahooks.core;

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
     * A thread-safe in-memory deduplicator remembering the most recent {@code maxEntries} uuids.
     * It keeps a SHA-256 of each uuid, not the uuid, so its memory is bounded by the entry count
     * (about 150 bytes an entry) whatever the uuids' length.
     */
    static EventDeduplicator inMemory(int maxEntries) {
        return new InMemoryDeduplicator(maxEntries);
    }
}
