/**
 * okta-hooks-auth: proves a hook call comes from Okta, by an HTTP header secret (Basic or any
 * header) or by an OAuth 2.0 access token verified with nimbus-jose-jwt.
 *
 * <p>Only the API packages are exported; {@code io.oktahooks.auth.internal} is open to the SDK's
 * Management API client alone (its bounded HTTP exchange).
 */
@SuppressWarnings("module") // the qualified export names an SDK module built after this one
module io.oktahooks.auth {
    requires transitive io.oktahooks.core;
    requires transitive com.nimbusds.jose.jwt;
    requires java.net.http;
    requires org.slf4j;
    requires static org.jspecify;

    exports io.oktahooks.auth;
    exports io.oktahooks.auth.jwt;
    exports io.oktahooks.auth.secret;
    exports io.oktahooks.auth.internal to
            io.oktahooks.admin;
}
