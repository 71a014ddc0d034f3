package io.oktahooks.admin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An event hook as Okta describes it (the specification's {@code EventHook} response; the secret
 * header's value is never part of it).
 *
 * @param id Okta's id, e.g. {@code who8vt36qfNpCGz9H1e6}
 * @param name the display name
 * @param status {@code ACTIVE} or {@code INACTIVE}
 * @param verificationStatus {@code VERIFIED} or {@code UNVERIFIED}: Okta delivers events only to
 *     active, verified hooks
 * @param uri the hook's URL as Okta stores it
 * @param events the subscribed event types
 * @param filters event type to filter expression, as Okta returned them
 */
public record EventHook(
        String id,
        String name,
        String status,
        String verificationStatus,
        String uri,
        List<String> events,
        Map<String, String> filters)
        implements Hook {

    /** Requires the id and name; copies the collections. */
    public EventHook {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        events = List.copyOf(events);
        filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
    }

    /** Whether the hook is active. */
    @Override
    public boolean active() {
        return "ACTIVE".equals(status);
    }

    /** Whether Okta verified the hook ({@code verificationStatus} is {@code VERIFIED}). */
    public boolean verified() {
        return "VERIFIED".equals(verificationStatus);
    }
}
