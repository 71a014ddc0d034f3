/**
 * Credentials as Okta sends them: Basic headers, and {@link io.oktahooks.testkit.tokens.LocalAuthorizationServer}, a local issuer of RS256 access tokens with a matching key set.
 */
@NullMarked
package io.oktahooks.testkit.tokens;

import org.jspecify.annotations.NullMarked;
