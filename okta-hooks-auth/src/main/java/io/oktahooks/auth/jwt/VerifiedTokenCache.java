package io.oktahooks.auth.jwt;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import io.oktahooks.auth.AuthFailure;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Positive verdicts, keyed by the SHA-256 of the whole token, so a token that differs in any
 * character is never served from here. Bounded: the least recently used entry goes when a new one
 * would exceed the size. Nothing expires entries by itself; the caller serves a hit only while the
 * token's time rules still hold ({@code exp}, {@code nbf} with skew), the verdict is younger than
 * the maximum age, and the key source still publishes the key that verified it (each entry
 * remembers that key and the selector that found it), and removes an entry that fails any of these. The remote source also clears the whole cache when
 * its keys change; a verification that began before a clear cannot add its verdict after it (the
 * generation it read no longer matches). Failures are never cached.
 */
final class VerifiedTokenCache {

    /**
     * @param key the key that verified the token
     * @param selector how the key was selected for the token's header, to look it up again
     */
    record Entry(
            JwtVerification.Verified verdict,
            @Nullable Instant nbf,
            Instant verifiedAt,
            JWK key,
            JWKSelector selector) {}

    private final int maxEntries;
    private final Duration maxAge;
    private final Map<ByteBuffer, Entry> entries;
    private long generation;

    VerifiedTokenCache(int maxEntries, Duration maxAge) {
        this.maxAge = maxAge;
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

    synchronized @Nullable Entry get(byte[] digest) {
        return entries.get(ByteBuffer.wrap(digest));
    }

    /**
     * The cached verdict for a token, if it may still be served: the time rules hold now, the
     * verdict is younger than the maximum age, and the key that verified it is still published.
     * An entry that fails any of these is removed.
     *
     * @return the verdict; a rejection when the token's time rules no longer hold; null otherwise
     */
    @Nullable
    JwtVerification lookup(byte[] digest, ClaimRules rules, KeyFilter keys) {
        Entry hit = get(digest);
        if (hit == null) {
            return null;
        }
        Instant now = rules.now();
        AuthFailure time = rules.checkTimes(
                hit.verdict().expiresAt(), hit.nbf(), hit.verdict().issuedAt(), now);
        if (time == null
                && now.isBefore(hit.verifiedAt().plus(maxAge))
                && keys.stillPublishes(hit.selector(), hit.key())) {
            return hit.verdict();
        }
        remove(digest);
        return time == null ? null : new JwtVerification.Rejected(time);
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
