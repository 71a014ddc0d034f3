package io.oktahooks.auth.jwt;

/** Lets the auth tests of other packages read what the verifier keeps package-private. */
public final class JwtInternals {

    private JwtInternals() {}

    /** The number of verdicts in the verifier's verified-token cache. */
    public static int cachedVerdicts(JwtAuthenticator authenticator) {
        return authenticator.cachedVerdicts();
    }
}
