package io.oktahooks.examples;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The example service's settings, from environment variables.
 *
 * @param port {@code HOOKS_PORT} (default 8082; 0 picks a free port)
 * @param basicUser {@code HOOKS_BASIC_USER} (default {@code admin}, as in Okta's guides)
 * @param basicPassword {@code HOOKS_BASIC_PASSWORD} (default {@code supersecret}, as in Okta's guides)
 * @param jwtIssuer {@code HOOKS_JWT_ISSUER}: when set, Bearer JWTs are accepted too
 * @param jwtAudience {@code HOOKS_JWT_AUDIENCE} (default {@code api://default})
 * @param jwtJwksUri {@code HOOKS_JWT_JWKS_URI} (default: the issuer's {@code /v1/keys})
 * @param jwtScope {@code HOOKS_JWT_SCOPE}: a scope the token must carry, optional
 * @param allowedDomains {@code HOOKS_ALLOWED_DOMAINS}: comma-separated e-mail domains allowed to register (default {@code example.com})
 */
public record ExampleConfig(int port, String basicUser, String basicPassword, String jwtIssuer, String jwtAudience,
        String jwtJwksUri, String jwtScope, Set<String> allowedDomains) {

    /** Okta's guide credentials: fine on a laptop, never in production. */
    public static final String DEFAULT_USER = "admin";
    /** Okta's guide credentials: fine on a laptop, never in production. */
    public static final String DEFAULT_PASSWORD = "supersecret";

    /** Reads the settings; fails naming the variable when one is malformed. */
    public static ExampleConfig fromEnvironment(Map<String, String> env) {
        String portText = env.getOrDefault("HOOKS_PORT", "8082");
        int port;
        try {
            port = Integer.parseInt(portText.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("HOOKS_PORT must be a port number, not '" + portText + "'");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("HOOKS_PORT must be between 0 and 65535, not " + port);
        }
        Set<String> domains = Arrays.stream(env.getOrDefault("HOOKS_ALLOWED_DOMAINS", "example.com").split(","))
                .map(d -> d.trim().toLowerCase(Locale.ROOT)).filter(d -> !d.isEmpty()).collect(Collectors.toUnmodifiableSet());
        return new ExampleConfig(port,
                env.getOrDefault("HOOKS_BASIC_USER", DEFAULT_USER),
                env.getOrDefault("HOOKS_BASIC_PASSWORD", DEFAULT_PASSWORD),
                blankToNull(env.get("HOOKS_JWT_ISSUER")),
                env.getOrDefault("HOOKS_JWT_AUDIENCE", "api://default"),
                blankToNull(env.get("HOOKS_JWT_JWKS_URI")),
                blankToNull(env.get("HOOKS_JWT_SCOPE")),
                domains);
    }

    /** Whether Okta's guide credentials are in use. */
    public boolean usesDefaultCredentials() {
        return DEFAULT_USER.equals(basicUser) && DEFAULT_PASSWORD.equals(basicPassword);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "ExampleConfig{port=" + port + ", basicUser=" + basicUser + ", jwtIssuer=" + jwtIssuer + ", jwtAudience="
                + jwtAudience + ", jwtScope=" + jwtScope + ", allowedDomains=" + allowedDomains + "}";
    }
}
