/**
 * The token inline hook: add, replace or remove claims of the ID and access tokens Okta is about to
 * mint, and change their lifetimes. {@link io.oktahooks.core.token.ClaimPath} addresses a claim or a
 * place inside it.
 */
@NullMarked
package io.oktahooks.core.token;

import org.jspecify.annotations.NullMarked;
