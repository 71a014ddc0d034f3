package io.oktahooks.auth;

import io.oktahooks.auth.jwt.JwtAuthenticator;
import io.oktahooks.auth.secret.HeaderSecretAuthenticator;
import io.oktahooks.core.HookAuthenticator;
import java.util.List;

/**
 * The entry point for proving a hook call comes from Okta. Pick the mode that matches the hook's
 * "Authentication" setting in the Okta Admin Console:
 * <ul>
 *   <li>HTTP header secret: {@link #basic(String, String)} (Okta's guides) or
 *       {@link #headerSecret()} for any header and value;</li>
 *   <li>OAuth 2.0 (client_secret_post or private_key_jwt): {@link #jwt()}.</li>
 * </ul>
 * Each returns a {@link HookAuthenticator} for {@code HookEndpoint.builder().authenticator(...)}.
 */
public final class HookAuth {

    private HookAuth() {}

    /** {@code Authorization: Basic base64(user:password)}, compared in constant time. */
    public static HookAuthenticator basic(String user, String password) {
        return HeaderSecretAuthenticator.builder().basic(user, password).build();
    }

    /** Configure header-secret authentication: header name, one or more secrets. */
    public static HeaderSecretAuthenticator.Builder headerSecret() {
        return HeaderSecretAuthenticator.builder();
    }

    /**
     * Configure OAuth 2.0 bearer JWT authentication: issuer, audience, client ids (required: pin
     * the hook's OAuth client, or opt out explicitly with {@code anyClient()}), scope.
     */
    public static JwtAuthenticator.Builder jwt() {
        return JwtAuthenticator.builder();
    }

    /**
     * Accepts a call that any of the given authenticators accepts, tried in order (for example
     * Basic during a migration to OAuth). Explicit by design: no mode is ever a silent fallback.
     * When none accepts, a temporary failure (503) wins over rejections, else the last rejection.
     * Closing it closes every delegate.
     */
    public static HookAuthenticator anyOf(HookAuthenticator... authenticators) {
        return new AnyOf(List.of(authenticators));
    }
}
