package io.oktahooks.auth.jwt;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyOperation;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Wraps the key source so that only keys fit to verify Okta's RS256 signatures are ever used:
 * RSA, at least 2048 bits, {@code use} absent or {@code sig}, {@code key_ops} absent or containing
 * {@code verify}, no private parameters, and a {@code kid} no other candidate shares. Nimbus checks
 * none of the size, key_ops or uniqueness rules itself.
 *
 * <p>No match is an {@link UnknownKeyException} (a rejection); anything the underlying source
 * throws that is not a {@link KeySourceException} (a malformed JWKS can make nimbus throw
 * {@code IllegalArgumentException}) becomes one, so no runtime exception escapes.
 */
final class KeyFilter implements JWKSource<SecurityContext> {

    static final int MIN_RSA_BITS = 2048;

    private final JWKSource<SecurityContext> delegate;
    /** Verdicts per key instance: keys are immutable and re-served as the same objects until a refresh. */
    private volatile IdentityHashMap<JWK, Boolean> verdicts = new IdentityHashMap<>();

    KeyFilter(JWKSource<SecurityContext> delegate) {
        this.delegate = delegate;
    }

    /**
     * The security context of one verification: the filter notes which selector it was asked with
     * and which usable keys it offered, so a cached verdict can remember the key that verified it.
     */
    static final class Offered implements SecurityContext {
        private @Nullable JWKSelector selector;
        private List<JWK> keys = List.of();

        @Nullable
        JWKSelector selector() {
            return selector;
        }

        List<JWK> keys() {
            return keys;
        }
    }

    /**
     * Whether the source still publishes this key, usable, for this selector: an in-memory lookup
     * for in-memory sources and for the remote source while its keys are cached.
     */
    boolean stillPublishes(JWKSelector selector, JWK key) {
        // What get(selector, null).contains(key) answers, without building the filtered list: the key
        // is among the source's candidates, usable, and no other usable candidate shares its kid.
        List<JWK> candidates;
        try {
            candidates = delegate.get(selector, null);
        } catch (KeySourceException | RuntimeException e) {
            return false;
        }
        if (candidates == null) {
            return false;
        }
        String kid = String.valueOf(key.getKeyID());
        boolean found = false;
        int sharingKid = 0;
        for (JWK candidate : candidates) {
            if (!cachedUsable(candidate)) {
                continue;
            }
            if (String.valueOf(candidate.getKeyID()).equals(kid)) {
                sharingKid++;
            }
            found |= candidate.equals(key);
        }
        return found && sharingKid == 1;
    }

    @Override
    public List<JWK> get(JWKSelector selector, @Nullable SecurityContext context) throws KeySourceException {
        List<JWK> candidates;
        try {
            candidates = delegate.get(selector, null); // the context is the SDK's own; sources never needed one
        } catch (RateLimitReachedException e) {
            throw new UnknownKeyException();
        } catch (KeySourceException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new KeySourceException(
                    "the key source failed: " + e.getClass().getSimpleName(), e);
        }
        List<JWK> usable = filter(candidates, this::cachedUsable);
        if (usable.isEmpty()) {
            throw new UnknownKeyException();
        }
        if (context instanceof Offered offered) {
            offered.selector = selector;
            offered.keys = List.copyOf(usable);
        }
        return usable;
    }

    private boolean cachedUsable(JWK key) {
        Boolean verdict = verdicts.get(key);
        if (verdict == null) {
            verdict = usable(key);
            IdentityHashMap<JWK, Boolean> next =
                    verdicts.size() >= 64 ? new IdentityHashMap<>() : new IdentityHashMap<>(verdicts);
            next.put(key, verdict);
            verdicts = next;
        }
        return verdict;
    }

    /** How many key verdicts are remembered (bounded at 64; for tests). */
    int rememberedVerdicts() {
        return verdicts.size();
    }

    static List<JWK> filter(List<JWK> candidates) {
        return filter(candidates, KeyFilter::usable);
    }

    private static List<JWK> filter(List<JWK> candidates, java.util.function.Predicate<JWK> usable) {
        if (candidates == null) {
            return List.of();
        }
        List<JWK> fit = new ArrayList<>();
        Map<String, Integer> kids = new HashMap<>();
        for (JWK key : candidates) {
            if (usable.test(key)) {
                fit.add(key);
                kids.merge(String.valueOf(key.getKeyID()), 1, Integer::sum);
            }
        }
        fit.removeIf(key -> kids.getOrDefault(String.valueOf(key.getKeyID()), 0) > 1);
        return fit;
    }

    static boolean usable(JWK key) {
        if (!(key instanceof RSAKey rsa) || rsa.isPrivate()) {
            return false;
        }
        try {
            if (rsa.size() < MIN_RSA_BITS) {
                return false;
            }
        } catch (RuntimeException e) {
            return false;
        }
        if (rsa.getKeyUse() != null && !KeyUse.SIGNATURE.equals(rsa.getKeyUse())) {
            return false;
        }
        return rsa.getKeyOperations() == null || rsa.getKeyOperations().contains(KeyOperation.VERIFY);
    }
}
