package io.oktahooks.spring.boot;

import io.oktahooks.auth.jwt.KeyStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the health contributor reports, apart from Spring Boot's types (which differ between Boot
 * 3 and Boot 4): the authentication in use and, for Bearer JWTs, the signing keys held. DOWN when
 * a JWT verifier holds no usable key, since such calls are answered 503. Reading it never fetches.
 *
 * @param up whether hook calls can be authenticated now
 * @param details for the health endpoint; nothing secret
 */
record HookHealth(boolean up, Map<String, Object> details) {

    static HookHealth of(ConfiguredAuthentication authentication) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("authentication", authentication.description());
        if (authentication.jwt() == null) {
            return new HookHealth(true, details);
        }
        KeyStatus keys = authentication.jwt().keyStatus();
        details.put("jwtUsableKeys", keys.usableKeys());
        keys.lastRefresh().ifPresent(at -> details.put("jwtLastRefresh", at.toString()));
        keys.lastFailure().ifPresent(at -> details.put("jwtLastFailure", at.toString()));
        keys.lastFailureReason().ifPresent(reason -> details.put("jwtLastFailureReason", reason));
        return new HookHealth(keys.ready(), details);
    }
}
