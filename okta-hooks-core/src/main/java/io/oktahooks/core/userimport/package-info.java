/**
 * The user import inline hook: shape each user imported from an app, and link them to an existing
 * Okta user or have Okta create one.
 */
@NullMarked
package io.oktahooks.core.userimport;

import org.jspecify.annotations.NullMarked;
