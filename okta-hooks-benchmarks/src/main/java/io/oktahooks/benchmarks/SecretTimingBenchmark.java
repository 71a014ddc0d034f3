package io.oktahooks.benchmarks;

import io.oktahooks.auth.HookAuth;
import io.oktahooks.core.AuthResult;
import io.oktahooks.core.HookAuthenticator;
import io.oktahooks.core.HookHeaders;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * 8. Threat model H3 (docs/threat-model.md), the timing side channel: a wrong header secret that shares the first
 * {@code matchingPrefix} characters with the configured one must take as long to refuse as one that
 * shares none (and as the right one to accept). The times per parameter should agree within the
 * error bars; a trend with the prefix length would be a leak.
 */
public class SecretTimingBenchmark extends BenchmarkSettings {

    private static final String SECRET = "Okta-hook-secret-0123456789abcdefghijklmnopqrstuv";

    /** How many leading characters the presented value shares with the secret (its length when right). */
    @Param({"0", "16", "32", "48", "49"})
    public int matchingPrefix;

    private HookAuthenticator authenticator;
    private HookHeaders headers;

    @Setup
    public void setUp() {
        authenticator =
                HookAuth.headerSecret().header("X-Hook-Secret").secret(SECRET).build();
        String presented = matchingPrefix >= SECRET.length()
                ? SECRET
                : SECRET.substring(0, matchingPrefix) + "#".repeat(SECRET.length() - matchingPrefix);
        headers = HookHeaders.of("X-Hook-Secret", presented);
        boolean accepted = authenticator.authenticate(headers) instanceof AuthResult.Accepted;
        if (accepted != (matchingPrefix >= SECRET.length())) {
            throw new IllegalStateException("set-up: prefix " + matchingPrefix + " accepted=" + accepted);
        }
    }

    @Benchmark
    public AuthResult authenticate() {
        return authenticator.authenticate(headers);
    }
}
