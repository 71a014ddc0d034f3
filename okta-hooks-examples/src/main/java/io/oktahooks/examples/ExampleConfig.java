package io.oktahooks.examples;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The example service's settings, from environment variables.
 *
 * @param port {@code HOOKS_PORT} (default 8082; 0 picks a free port)
 * @param bind {@code HOOKS_BIND}: the address to listen on (default 127.0.0.1, loopback only; {@code 0.0.0.0} for
 *     every interface)
 * @param basicUser {@code HOOKS_BASIC_USER}; null when Basic is off (OAuth mode without explicit Basic credentials).
 *     Without OAuth it defaults to {@code admin}, as in Okta's guides, on a loopback bind only
 * @param basicPassword {@code HOOKS_BASIC_PASSWORD}; null when Basic is off. Without OAuth it defaults to
 *     {@code supersecret}, as in Okta's guides, on a loopback bind only
 * @param jwtIssuer {@code HOOKS_JWT_ISSUER}: when set, Bearer JWTs are accepted, and Basic only with explicit
 *     credentials
 * @param jwtAudience {@code HOOKS_JWT_AUDIENCE} (default {@code api://default})
 * @param jwtJwksUri {@code HOOKS_JWT_JWKS_URI} (default: the issuer's {@code /v1/keys})
 * @param jwtClientIds {@code HOOKS_JWT_CLIENT_IDS}: comma-separated client ids of the OAuth app set on the hook,
 *     required when {@code HOOKS_JWT_ISSUER} is set (client pinning); empty otherwise
 * @param jwtScope {@code HOOKS_JWT_SCOPE}: a scope the token must carry, optional
 * @param allowedDomains {@code HOOKS_ALLOWED_DOMAINS}: comma-separated e-mail domains allowed to register (default {@code example.com})
 */
public record ExampleConfig(
        int port,
        InetAddress bind,
        @Nullable String basicUser,
        @Nullable String basicPassword,
        @Nullable String jwtIssuer,
        String jwtAudience,
        @Nullable String jwtJwksUri,
        List<String> jwtClientIds,
        @Nullable String jwtScope,
        Set<String> allowedDomains) {

    /** Okta's guide credentials: fine on a laptop, never in production. */
    public static final String DEFAULT_USER = "admin";
    /** Okta's guide credentials: fine on a laptop, never in production. */
    public static final String DEFAULT_PASSWORD = "supersecret";
    /** The default {@code HOOKS_BIND}: loopback only. */
    public static final String DEFAULT_BIND = "127.0.0.1";

    /**
     * Copies the client ids and refuses unsafe combinations: Okta's guide credentials on an address
     * other than loopback, Basic with only one of user and password, no authentication at all.
     */
    public ExampleConfig {
        Objects.requireNonNull(bind, "bind");
        jwtClientIds = List.copyOf(jwtClientIds);
        if ((basicUser == null) != (basicPassword == null)) {
            throw new IllegalArgumentException("set both HOOKS_BASIC_USER and HOOKS_BASIC_PASSWORD, or neither");
        }
        if (basicUser == null && jwtIssuer == null) {
            throw new IllegalArgumentException("no authentication: set HOOKS_BASIC_USER and HOOKS_BASIC_PASSWORD, or "
                    + "HOOKS_JWT_ISSUER and HOOKS_JWT_CLIENT_IDS");
        }
        if (DEFAULT_USER.equals(basicUser) && DEFAULT_PASSWORD.equals(basicPassword) && !bind.isLoopbackAddress()) {
            throw new IllegalArgumentException(
                    "Okta's guide credentials (" + DEFAULT_USER + " / its password) are allowed only "
                            + "on a loopback HOOKS_BIND, not " + bind.getHostAddress() + ": set HOOKS_BASIC_USER and "
                            + "HOOKS_BASIC_PASSWORD to your own, or use OAuth only (HOOKS_JWT_ISSUER and HOOKS_JWT_CLIENT_IDS)");
        }
    }

    /** Reads the settings; fails naming the variable when one is malformed, missing or unsafe. */
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
        String bindText = env.getOrDefault("HOOKS_BIND", DEFAULT_BIND).trim();
        InetAddress bind;
        try {
            bind = InetAddress.getByName(bindText.isEmpty() ? DEFAULT_BIND : bindText);
        } catch (UnknownHostException | SecurityException e) {
            throw new IllegalArgumentException(
                    "HOOKS_BIND must be an IP address or a host name of this machine, not '" + bindText + "'");
        }
        Set<String> domains = Arrays.stream(
                        env.getOrDefault("HOOKS_ALLOWED_DOMAINS", "example.com").split(","))
                .map(d -> d.trim().toLowerCase(Locale.ROOT))
                .filter(d -> !d.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        String issuer = blankToNull(env.get("HOOKS_JWT_ISSUER"));
        List<String> clientIds = List.of();
        if (issuer != null) {
            clientIds = Arrays.stream(
                            env.getOrDefault("HOOKS_JWT_CLIENT_IDS", "").split(","))
                    .map(String::trim)
                    .filter(id -> !id.isEmpty())
                    .toList();
            if (clientIds.isEmpty()) {
                throw new IllegalArgumentException(
                        "HOOKS_JWT_CLIENT_IDS is required when HOOKS_JWT_ISSUER is set: the client "
                                + "id of the OAuth app set on the hook (client pinning; without it any app's token for the audience "
                                + "would be accepted)");
            }
        }
        String user = blankToNull(env.get("HOOKS_BASIC_USER"));
        String password = blankToNull(env.get("HOOKS_BASIC_PASSWORD"));
        if (user == null && password == null && issuer == null) {
            user = DEFAULT_USER;
            password = DEFAULT_PASSWORD;
        }
        return new ExampleConfig(
                port,
                bind,
                user,
                password,
                issuer,
                env.getOrDefault("HOOKS_JWT_AUDIENCE", "api://default"),
                blankToNull(env.get("HOOKS_JWT_JWKS_URI")),
                clientIds,
                blankToNull(env.get("HOOKS_JWT_SCOPE")),
                domains);
    }

    /** Whether Basic authentication is on (always without OAuth; with OAuth only when its credentials are set). */
    public boolean basicEnabled() {
        return basicUser != null;
    }

    /** Whether Okta's guide credentials are in use. */
    public boolean usesDefaultCredentials() {
        return DEFAULT_USER.equals(basicUser) && DEFAULT_PASSWORD.equals(basicPassword);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "ExampleConfig{port=" + port + ", bind=" + bind.getHostAddress() + ", basicUser="
                + (basicEnabled() ? basicUser : "(Basic off)") + ", jwtIssuer=" + jwtIssuer + ", jwtAudience="
                + jwtAudience
                + ", jwtClientIds=" + jwtClientIds + ", jwtScope=" + jwtScope + ", allowedDomains=" + allowedDomains
                + "}";
    }
}
