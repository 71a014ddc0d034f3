/**
 * The user import inline hook: shape each user imported from an app, and link them to an existing
 * Okta user or have Okta create one.
 */
package io.oktahooks.core.userimport;
