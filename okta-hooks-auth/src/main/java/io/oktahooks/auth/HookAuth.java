package io.oktahooks.auth;

import io.oktahooks.auth.jwt.JwtAuthenticator;
import io.oktahooks.auth.secret.HeaderSecretAuthenticator;
import io.oktahooks.core.AuthResult;
import io.oktahooks.core.HookAuthenticator;
import io.oktahooks.core.HookHeaders;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private static final Logger LOG = LoggerFactory.getLogger(HookAuth.class);

    private HookAuth() {
    }

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
     * Closing it closes every one of them (a JWT verifier's background key refresh included).
     */
    public static HookAuthenticator anyOf(HookAuthenticator... authenticators) {
        List<HookAuthenticator> list = List.of(authenticators);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("anyOf needs at least one authenticator");
        }
        return new AnyOf(list);
    }

    private record AnyOf(List<HookAuthenticator> authenticators) implements HookAuthenticator {

        @Override
        public AuthResult authenticate(HookHeaders headers) {
            AuthResult last = null;
            AuthResult unavailable = null;
            for (HookAuthenticator authenticator : authenticators) {
                AuthResult result = authenticator.authenticate(headers);
                if (result instanceof AuthResult.Accepted) {
                    return result;
                }
                if (result instanceof AuthResult.Unavailable) {
                    unavailable = result;
                }
                last = result;
            }
            return unavailable != null ? unavailable : last;
        }

        @Override
        public void close() {
            for (HookAuthenticator authenticator : authenticators) {
                try {
                    authenticator.close();
                } catch (RuntimeException e) {
                    LOG.warn("okta hook: closing {} failed: {}", authenticator.getClass().getSimpleName(), e.getClass().getName());
                }
            }
        }

        @Override
        public String toString() {
            return "anyOf" + authenticators;
        }
    }
}
