package io.oktahooks.spring.boot;

import io.oktahooks.auth.HookAuth;
import io.oktahooks.auth.jwt.JwtAuthenticator;
import io.oktahooks.core.HookAuthenticator;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The authenticator the starter hands to the endpoint, and what it is made of: the one built from
 * {@code okta.hooks.auth.*}, or the application's own {@code HookAuthenticator} bean.
 *
 * @param authenticator what the endpoint authenticates with
 * @param jwt the JWT verifier (built from the properties, or the application's own), or null: warmed up at
 *     start and reported by the health contributor
 * @param description the modes, for the start-up log line (nothing secret)
 */
record ConfiguredAuthentication(
        HookAuthenticator authenticator, @Nullable JwtAuthenticator jwt, String description) {

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredAuthentication.class);

    /**
     * The application's own authenticator. Wrapped so that closing the endpoint does not close it:
     * it is a bean, and its owner, the application context, closes it.
     */
    static ConfiguredAuthentication of(HookAuthenticator bean) {
        HookAuthenticator notOwned =
                headers -> bean.authenticate(headers); // not bean itself: closing this must not close the bean
        return new ConfiguredAuthentication(
                notOwned,
                bean instanceof JwtAuthenticator jwt ? jwt : null,
                "the application's " + bean.getClass().getSimpleName());
    }

    /**
     * The authenticator the properties describe; any mode set is accepted (anyOf).
     *
     * @throws InvalidHookSettingsException naming each property at fault: no mode set, a mode half set or invalid,
     *     insecure-accept-all together with a mode
     */
    static ConfiguredAuthentication from(OktaHooksProperties.Auth auth) {
        List<String> problems = new ArrayList<>();
        List<HookAuthenticator> modes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        OktaHooksProperties.Basic basic = auth.basic();
        OktaHooksProperties.HeaderSecret header = auth.headerSecret();
        OktaHooksProperties.Jwt jwt = auth.jwt();
        boolean basicSet = set(basic.username()) || set(basic.password());
        boolean headerSet = set(header.header()) || !header.secrets().isEmpty();
        boolean jwtSet = set(jwt.issuer())
                || set(jwt.audience())
                || !jwt.clientIds().isEmpty()
                || set(jwt.requiredScope())
                || set(jwt.jwksUri());
        if (auth.insecureAcceptAll()) {
            if (basicSet || headerSet || jwtSet) {
                throw new InvalidHookSettingsException(
                        List.of(
                                "okta.hooks.auth.insecure-accept-all=true cannot be combined "
                                        + "with okta.hooks.auth.basic, .header-secret or .jwt: remove it to authenticate calls"));
            }
            LOG.warn(
                    "*** okta.hooks.auth.insecure-accept-all=true: hook calls are NOT authenticated; anyone who can reach "
                            + "this service can drive its hooks. For local experiments only: set okta.hooks.auth.basic.* or "
                            + "okta.hooks.auth.jwt.* before exposing it ***");
            return new ConfiguredAuthentication(
                    HookAuthenticator.insecureAcceptAll(), null, "none (insecure-accept-all)");
        }
        if (!basicSet && !headerSet && !jwtSet) {
            throw new InvalidHookSettingsException(
                    List.of("no authentication is configured: set okta.hooks.auth.basic.username "
                            + "and okta.hooks.auth.basic.password (Okta's HTTP header authentication with Basic), or "
                            + "okta.hooks.auth.header-secret.secrets, or okta.hooks.auth.jwt.issuer, .audience and .client-ids "
                            + "(Okta's OAuth 2.0 authentication); okta.hooks.auth.insecure-accept-all=true exists for local "
                            + "experiments only"));
        }
        if (basicSet) {
            if (!set(basic.username())) {
                problems.add("okta.hooks.auth.basic.username is required with okta.hooks.auth.basic.password");
            } else if (!set(basic.password())) {
                problems.add("okta.hooks.auth.basic.password is required with okta.hooks.auth.basic.username");
            } else {
                build(
                        problems,
                        "okta.hooks.auth.basic",
                        () -> HookAuth.basic(basic.username(), basic.password()),
                        modes);
                names.add("Basic");
            }
        }
        if (headerSet) {
            if (header.secrets().isEmpty()) {
                problems.add(
                        "okta.hooks.auth.header-secret.secrets is required with okta.hooks.auth.header-secret.header");
            } else {
                build(
                        problems,
                        "okta.hooks.auth.header-secret",
                        () -> {
                            var builder = HookAuth.headerSecret();
                            if (set(header.header())) {
                                builder.header(header.header());
                            }
                            header.secrets().forEach(builder::secret);
                            return builder.build();
                        },
                        modes);
                names.add("header secret in "
                        + (set(header.header()) ? header.header().trim() : "Authorization"));
            }
        }
        JwtAuthenticator verifier = null;
        if (jwtSet) {
            verifier = jwt(jwt, problems);
            if (verifier != null) {
                modes.add(verifier);
                names.add("Bearer JWT from " + jwt.issuer()
                        + (jwt.anyClient() ? " for any client" : " for client " + String.join(", ", jwt.clientIds())));
            }
        }
        if (!problems.isEmpty()) {
            modes.forEach(HookAuthenticator::close);
            throw new InvalidHookSettingsException(problems);
        }
        HookAuthenticator authenticator =
                modes.size() == 1 ? modes.get(0) : HookAuth.anyOf(modes.toArray(HookAuthenticator[]::new));
        return new ConfiguredAuthentication(authenticator, verifier, String.join(" or ", names));
    }

    /**
     * Fetches the JWT verifier's signing keys now, so Okta's first call does not wait for them (the
     * verifier logs what it got). Never fails start-up: without keys, JWT calls are answered 503
     * and the health contributor reports DOWN until a fetch succeeds.
     */
    void warmUp() {
        if (jwt != null) {
            jwt.warmUp();
        }
    }

    private static @Nullable JwtAuthenticator jwt(OktaHooksProperties.Jwt jwt, List<String> problems) {
        int before = problems.size();
        if (!set(jwt.issuer())) {
            problems.add(
                    "okta.hooks.auth.jwt.issuer is required for OAuth 2.0 (e.g. https://{yourOktaDomain}/oauth2/default)");
        }
        if (!set(jwt.audience())) {
            problems.add("okta.hooks.auth.jwt.audience is required for OAuth 2.0 (e.g. api://default)");
        }
        if (jwt.clientIds().isEmpty() && !jwt.anyClient()) {
            problems.add(
                    "okta.hooks.auth.jwt.client-ids is required for OAuth 2.0: the client id of the OAuth app set on the "
                            + "hook (client pinning; without it any app's token for the audience would be accepted), or "
                            + "okta.hooks.auth.jwt.any-client=true when the audience is dedicated to the hook");
        }
        if (problems.size() > before) {
            return null;
        }
        List<HookAuthenticator> built = new ArrayList<>();
        build(
                problems,
                "okta.hooks.auth.jwt",
                () -> {
                    JwtAuthenticator.Builder builder = HookAuth.jwt()
                            .issuer(jwt.issuer().trim())
                            .audience(jwt.audience().trim());
                    if (jwt.anyClient()) {
                        builder.anyClient();
                    }
                    if (!jwt.clientIds().isEmpty()) {
                        builder.clientIds(
                                jwt.clientIds().stream().map(String::trim).toArray(String[]::new));
                    }
                    if (set(jwt.requiredScope())) {
                        builder.requiredScope(jwt.requiredScope().trim());
                    }
                    if (set(jwt.jwksUri())) {
                        builder.jwksUri(jwt.jwksUri().trim());
                    }
                    if (jwt.jwksDeadline() != null) {
                        builder.jwksDeadline(jwt.jwksDeadline());
                    }
                    return builder.allowCrossHostJwks(jwt.allowCrossHostJwks()).build();
                },
                built);
        return built.isEmpty() ? null : (JwtAuthenticator) built.get(0);
    }

    private interface Build {
        HookAuthenticator build();
    }

    private static void build(List<String> problems, String prefix, Build build, List<HookAuthenticator> into) {
        try {
            into.add(build.build());
        } catch (IllegalArgumentException | IllegalStateException e) {
            problems.add(prefix + ": " + e.getMessage());
        }
    }

    private static boolean set(String value) {
        return value != null && !value.isBlank();
    }
}
