/**
 * Okta's OAuth 2.0 mode: {@link io.oktahooks.auth.jwt.JwtAuthenticator} verifies the bearer access token Okta sends, with keys fetched from the authorization server (one deadline, no redirects, cached) and a verified-token cache.
 */
@NullMarked
package io.oktahooks.auth.jwt;

import org.jspecify.annotations.NullMarked;
