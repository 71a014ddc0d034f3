package io.oktahooks.core;

/**
 * Decides from the request headers alone whether a hook call comes from Okta. Okta does not sign
 * bodies, so nothing here needs the body: the endpoint authenticates before it reads a byte of it.
 *
 * <p>The {@code okta-hooks-auth} module implements this for header secrets (HTTP Basic) and OAuth
 * 2.0 bearer JWTs. Implementations must be thread-safe, must not throw (an exception is answered
 * 503 and logged), and must never log or return the credential.
 *
 * <p>An authenticator may hold resources (a JWT verifier refreshes signing keys in the background),
 * so it is {@link AutoCloseable}: {@link HookEndpoint#close()} closes the endpoint's authenticator.
 * The default {@link #close()} does nothing.
 */
@FunctionalInterface
public interface HookAuthenticator extends AutoCloseable {

    /** Checks the headers of one call. */
    AuthResult authenticate(HookHeaders headers);

    /** Releases what the authenticator holds; never throws. The default does nothing. */
    @Override
    default void close() {}

    /**
     * Accepts every call without checking anything. Only for unit tests and local experiments:
     * in production anyone who finds the URL could drive your hooks.
     */
    static HookAuthenticator insecureAcceptAll() {
        return headers -> AuthResult.accepted("unauthenticated");
    }
}
