package io.oktahooks.core.token;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.OktaObject;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code data.identity} or {@code data.access} of a token hook: the claims Okta is about to put in
 * the token, its lifetime and (access tokens) the granted scopes.
 */
public final class MintedToken extends OktaObject {

    MintedToken(@Nullable JsonNode node) {
        super(node);
    }

    /** The claims (empty when absent). */
    public Claims claims() {
        return object("claims", Claims::new).orElseGet(() -> new Claims(null));
    }

    /** {@code token.lifetime.expiration}: how long the token will be valid. */
    public Optional<Duration> lifetime() {
        JsonNode seconds = node().at("/token/lifetime/expiration");
        return seconds.canConvertToLong() && seconds.isNumber()
                ? Optional.of(Duration.ofSeconds(seconds.longValue()))
                : Optional.empty();
    }

    /** {@code scopes}: scope name to grant (access tokens only; empty otherwise), in document order. */
    public Map<String, Scope> scopes() {
        JsonNode scopes = node().get("scopes");
        if (scopes == null || !scopes.isObject()) {
            return Map.of();
        }
        Map<String, Scope> result = new LinkedHashMap<>();
        scopes.properties()
                .forEach(entry -> result.put(
                        entry.getKey(),
                        new Scope(
                                text(entry.getValue().get("id")),
                                text(entry.getValue().get("action")))));
        return Collections.unmodifiableMap(result);
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node == null || node.isNull() || !node.isValueNode() ? null : node.asText();
    }

    /**
     * One granted scope.
     *
     * @param id the scope's id in the authorization server, may be null
     * @param action {@code GRANT} in Okta's samples, may be null
     */
    public record Scope(@Nullable String id, @Nullable String action) {}
}
