/**
 * The entry point for authenticating Okta's hook calls: {@link io.oktahooks.auth.HookAuth} (header secret, Basic, OAuth 2.0 JWT, or any of several) and {@link io.oktahooks.auth.AuthFailure}, the reason codes of a refusal.
 */
@NullMarked
package io.oktahooks.auth;

import org.jspecify.annotations.NullMarked;
