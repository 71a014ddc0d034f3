/**
 * okta-hooks-auth: proves a hook call comes from Okta, by an HTTP header secret (Basic or any
 * header) or by an OAuth 2.0 access token verified with nimbus-jose-jwt.
 *
 * <p>Only the API packages are exported; {@code io.oktahooks.auth.internal} is not.
 */
module io.oktahooks.auth {
    requires transitive io.oktahooks.core;
    requires transitive com.nimbusds.jose.jwt;
    requires org.slf4j;
    requires static org.jspecify;

    exports io.oktahooks.auth;
    exports io.oktahooks.auth.jwt;
    exports io.oktahooks.auth.secret;
}
