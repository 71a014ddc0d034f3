package io.oktahooks.auth.jwt;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Positive verdicts, keyed by the SHA-256 of the whole token, so a token that differs in any
 * character is never served from here. Bounded (least recently used entries go first); an entry
 * lives until the token's {@code exp} plus skew or until {@code maxAge} has passed since it was
 * verified, whichever comes first, and the whole cache is cleared when the signing keys change.
 * Time rules are re-checked by the caller on every hit. Failures are never cached.
 */
final class VerifiedTokenCache {

    record Entry(JwtVerification.Verified verdict, Instant nbf, Instant verifiedAt) {
    }

    private final int maxEntries;
    private final Map<ByteBuffer, Entry> entries;

    VerifiedTokenCache(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("a verified-token cache holds at least one entry; disable it instead");
        }
        this.maxEntries = maxEntries;
        this.entries = new LinkedHashMap<>(Math.min(maxEntries, 1024), 0.75f, true) {
            // qualified: inside a Map subclass a plain "Entry" is Map.Entry for javac 21 and newer
            @Override
            protected boolean removeEldestEntry(Map.Entry<ByteBuffer, VerifiedTokenCache.Entry> eldest) {
                return size() > VerifiedTokenCache.this.maxEntries;
            }
        };
    }

    synchronized Entry get(byte[] digest) {
        return entries.get(ByteBuffer.wrap(digest));
    }

    synchronized void put(byte[] digest, Entry entry) {
        entries.put(ByteBuffer.wrap(digest), entry);
    }

    synchronized void remove(byte[] digest) {
        entries.remove(ByteBuffer.wrap(digest));
    }

    synchronized void clear() {
        entries.clear();
    }

    synchronized int size() {
        return entries.size();
    }
}
