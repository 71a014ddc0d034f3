package io.oktahooks.auth.jwt;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Positive verdicts, keyed by the SHA-256 of the whole token, so a token that differs in any
 * character is never served from here. Bounded (least recently used entries go first); an entry
 * lives until the token's {@code exp} plus skew or until {@code maxAge} has passed since it was
 * verified, whichever comes first. Each entry remembers the key that verified it and the selector
 * that found it: the caller serves a hit only while the key source still publishes that key (for
 * every source), and re-checks the time rules. The remote source also clears the whole cache when
 * its keys change; a verification that began before a clear cannot add its verdict after it (the
 * generation it read no longer matches). Failures are never cached.
 */
final class VerifiedTokenCache {

    /**
     * @param key the key that verified the token
     * @param selector how the key was selected for the token's header, to look it up again
     */
    record Entry(JwtVerification.Verified verdict, Instant nbf, Instant verifiedAt, JWK key, JWKSelector selector) {
    }

    private final int maxEntries;
    private final Map<ByteBuffer, Entry> entries;
    private long generation;

    VerifiedTokenCache(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("a verified-token cache holds at least one entry; disable it instead");
        }
        this.maxEntries = maxEntries;
        this.entries = new LinkedHashMap<>(Math.min(maxEntries, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ByteBuffer, Entry> eldest) {
                return size() > VerifiedTokenCache.this.maxEntries;
            }
        };
    }

    synchronized Entry get(byte[] digest) {
        return entries.get(ByteBuffer.wrap(digest));
    }

    /** Counts the clears; read it before a verification starts and hand it to {@link #put}. */
    synchronized long generation() {
        return generation;
    }

    /** Adds the verdict unless the cache was cleared after {@code generation} was read. */
    synchronized void put(byte[] digest, Entry entry, long generation) {
        if (generation == this.generation) {
            entries.put(ByteBuffer.wrap(digest), entry);
        }
    }

    synchronized void remove(byte[] digest) {
        entries.remove(ByteBuffer.wrap(digest));
    }

    synchronized void clear() {
        entries.clear();
        generation++;
    }

    synchronized int size() {
        return entries.size();
    }
}
