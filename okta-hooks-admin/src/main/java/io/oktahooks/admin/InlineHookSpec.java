package io.oktahooks.admin;

import io.oktahooks.core.HookType;
import java.net.URI;
import java.util.Objects;

/**
 * What an inline hook should be: its name, type, URL and how Okta authenticates to it. The
 * request body of Okta's create and replace calls ({@code InlineHookCreate} /
 * {@code InlineHookReplace}, channel version {@code 1.0.0}, method {@code POST}).
 *
 * @param name the display name, 1 to 255 characters; {@link OktaAdminClient#registerInlineHook}
 *     finds an existing hook by it
 * @param type one of the six inline hook types (not {@link HookType#EVENT})
 * @param uri the hook's {@code https://} URL, at most 1,024 characters, no white space
 * @param auth how Okta proves itself to the hook
 */
public record InlineHookSpec(String name, HookType type, URI uri, ChannelAuth auth) {

    /** Longest display name Okta accepts. */
    public static final int MAX_NAME_LENGTH = 255;

    /**
     * Checks the fields as Okta would.
     *
     * @throws IllegalArgumentException naming the rule a field breaks
     */
    public InlineHookSpec {
        name = checkName(name);
        Objects.requireNonNull(type, "type");
        if (type == HookType.EVENT) {
            throw new IllegalArgumentException("an event hook is registered with EventHookSpec, not InlineHookSpec");
        }
        uri = HookUrls.hookUri(uri);
        Objects.requireNonNull(auth, "auth");
    }

    static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(
                    "a hook name is 1 to " + MAX_NAME_LENGTH + " characters without control characters");
        }
        return name;
    }
}
