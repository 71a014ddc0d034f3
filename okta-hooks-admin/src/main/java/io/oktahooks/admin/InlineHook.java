package io.oktahooks.admin;

import io.oktahooks.core.HookType;
import java.util.Objects;

/**
 * An inline hook as Okta describes it (the specification's {@code InlineHook} response; secrets
 * are never part of it).
 *
 * @param id Okta's id, e.g. {@code calb7gacafgwgE7hc5e4}
 * @param name the display name
 * @param type the hook type, from Okta's {@code type} ({@code com.okta.oauth2.tokens.transform} is
 *     {@link HookType#TOKEN})
 * @param status {@code ACTIVE} or {@code INACTIVE}
 * @param channelType {@code HTTP} (header authentication) or {@code OAUTH}
 * @param uri the hook's URL as Okta stores it
 */
public record InlineHook(String id, String name, HookType type, String status, String channelType, String uri)
        implements Hook {

    /** Requires the id, name and type. */
    public InlineHook {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** Whether Okta calls the hook ({@code status} is {@code ACTIVE}). */
    @Override
    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
