/**
 * Okta's HTTP header mode: {@link io.oktahooks.auth.secret.HeaderSecretAuthenticator} compares a header (Basic credentials or any secret) in constant time, with several secrets for rotation.
 */
@NullMarked
package io.oktahooks.auth.secret;

import org.jspecify.annotations.NullMarked;
