package io.oktahooks.core;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link EventDeduplicator#inMemory(int)}: remembers the SHA-256 of each uuid, never the uuid
 * itself, so its memory is bounded by the entry count (32 bytes of key and the map's overhead per
 * entry) whatever the uuids' length. The oldest entries are forgotten first. Thread-safe.
 */
final class InMemoryDeduplicator implements EventDeduplicator {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    });

    private final Map<ByteBuffer, Boolean> seen;

    InMemoryDeduplicator(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1, not " + maxEntries);
        }
        this.seen = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ByteBuffer, Boolean> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public boolean firstSeen(String uuid) {
        ByteBuffer key = ByteBuffer.wrap(SHA256.get().digest(uuid.getBytes(StandardCharsets.UTF_8)));
        synchronized (seen) {
            return seen.put(key, Boolean.TRUE) == null;
        }
    }
}
