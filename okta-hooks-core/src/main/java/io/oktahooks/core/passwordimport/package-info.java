/**
 * The password import inline hook: check a migrating user's password against your old store at
 * their first sign-in and answer VERIFIED or UNVERIFIED.
 */
@NullMarked
package io.oktahooks.core.passwordimport;

import org.jspecify.annotations.NullMarked;
