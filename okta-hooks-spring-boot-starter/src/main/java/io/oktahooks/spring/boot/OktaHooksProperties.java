package io.oktahooks.spring.boot;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The okta.hooks.* settings of the Spring Boot starter. Leaving a setting out never
 * widens trust: without an okta.hooks.auth.* mode the application does not start.
 *
 * @param enabled whether the starter serves hooks at all (default true)
 * @param basePath the path the hook routes are mounted under (default /hooks): /hooks/token,
 *     /hooks/saml, /hooks/registration, /hooks/user-import,
 *     /hooks/password-import, /hooks/telephony and /hooks/events, for the handler
 *     beans present; the bare base path dispatches on the body's eventType
 * @param auth how calls are proven to come from Okta
 * @param maxBodySize the largest request body accepted (default 1MB; 1KB to 16MB); larger bodies get 413
 *     without being read
 * @param slowCallWarning calls slower than this are logged at WARN (default 2s; Okta gives up after 3s)
 * @param handlerDeadline opt-in: a handler still running after this gets its hook type's fail-safe answer sent
 *     for it, before Okta gives up (e.g. 2500ms; under 3s); unset, the default, waits for the handler
 * @param eventDeduplication event hook deduplication by event uuid
 * @param securityFilterChain the Spring Security filter chain the starter contributes for the hook routes
 */
@ConfigurationProperties("okta.hooks")
public record OktaHooksProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("/hooks") String basePath,
        @DefaultValue Auth auth,
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("2s") Duration slowCallWarning,
        Duration handlerDeadline,
        @DefaultValue EventDeduplication eventDeduplication,
        @DefaultValue SecurityFilterChain securityFilterChain) {

    /**
     * Authentication: set one mode, or several (a call is accepted when any configured mode accepts
     * it, for example Basic and JWT during a migration).
     *
     * @param insecureAcceptAll accept every call unauthenticated: for local experiments only, logged as a
     *     loud WARN at start-up, and refused together with any other mode (default false)
     * @param basic HTTP Basic, as in Okta's guides ("HTTP header" authentication)
     * @param headerSecret any header and secret value ("HTTP header" authentication)
     * @param jwt OAuth 2.0 bearer access tokens (Okta's "OAuth 2.0" authentication)
     */
    public record Auth(
            boolean insecureAcceptAll,
            @DefaultValue Basic basic,
            @DefaultValue HeaderSecret headerSecret,
            @DefaultValue Jwt jwt) {}

    /**
     * Authorization: Basic base64(username:password), compared in constant time.
     *
     * @param username the user name set in the hook's authentication secret
     * @param password the password (at least 8 characters; use 32 or more random ones)
     */
    public record Basic(String username, String password) {

        /** Never shows the password. */
        @Override
        public String toString() {
            return "Basic[username=" + username + ", password=" + (password == null ? "null" : "(set)") + "]";
        }
    }

    /**
     * A secret in any header, compared in constant time.
     *
     * @param header the header name (default Authorization)
     * @param secrets the accepted values, at least 16 characters each; several allow rotation without downtime
     */
    public record HeaderSecret(String header, List<String> secrets) {

        /** Copies the secrets; none when unset. */
        public HeaderSecret {
            secrets = secrets == null ? List.of() : List.copyOf(secrets);
        }

        /** Never shows the secrets. */
        @Override
        public String toString() {
            return "HeaderSecret[header=" + header + ", secrets=" + secrets.size() + "]";
        }
    }

    /**
     * Bearer access tokens from an Okta custom authorization server, verified against its published keys.
     *
     * @param issuer the authorization server, e.g. https://{yourOktaDomain}/oauth2/default
     * @param audience the audience the token must carry, e.g. api://default
     * @param clientIds the client ids of the OAuth app set on the hook (client pinning; required unless any-client)
     * @param anyClient accept every client of the issuer whose tokens carry the audience (opts out of client
     *     pinning; only when the audience is dedicated to the hook; default false)
     * @param requiredScope a scope the token must carry, e.g. okta.hooks
     * @param jwksUri where the signing keys are (default: the issuer followed by /v1/keys)
     * @param allowCrossHostJwks allow a jwks-uri on another host than the issuer's (default false)
     * @param jwksDeadline one deadline for each whole fetch of the signing keys (default 1s; under Okta's 3s)
     */
    public record Jwt(
            String issuer,
            String audience,
            List<String> clientIds,
            boolean anyClient,
            String requiredScope,
            String jwksUri,
            boolean allowCrossHostJwks,
            Duration jwksDeadline) {

        /** Copies the client ids; none when unset. */
        public Jwt {
            clientIds = clientIds == null ? List.of() : List.copyOf(clientIds);
        }
    }

    /**
     * Event hook deduplication: Okta delivers events at least once.
     *
     * @param inMemorySize how many recent event uuids to remember in memory (about 150 bytes each); 0, the
     *     default, turns deduplication off. An EventDeduplicator bean (a shared store for several
     *     instances) is used instead when present
     * @param jdbc deduplication shared by every instance through one database table (okta-hooks-jdbc)
     */
    public record EventDeduplication(
            int inMemorySize, @DefaultValue Jdbc jdbc) {}

    /**
     * Event deduplication through the application's DataSource, shared by every instance; needs
     * okta-hooks-jdbc on the class path and a DataSource bean.
     *
     * @param enabled whether to deduplicate through the DataSource (default false)
     * @param table the table name (default okta_hook_events)
     * @param createTable whether to create the table at start-up when it is missing (default false: create
     *     it with the DDL in README)
     * @param timeout how long one delivery may wait for the database before it is handled without
     *     deduplication (default 1s)
     * @param retention how long seen events are remembered (default 1d)
     */
    public record Jdbc(
            boolean enabled,
            @DefaultValue("okta_hook_events") String table,
            boolean createTable,
            @DefaultValue("1s") Duration timeout,
            @DefaultValue("1d") Duration retention) {}

    /**
     * The filter chain contributed when Spring Security is present.
     *
     * @param enabled whether to contribute it (default true): stateless, no CSRF, no session, every call on the
     *     base path permitted to reach the SDK, which authenticates it. Replace it with your own
     *     SecurityFilterChain bean named oktaHooksSecurityFilterChain
     */
    public record SecurityFilterChain(@DefaultValue("true") boolean enabled) {}
}
