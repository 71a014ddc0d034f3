/**
 * The SAML assertion inline hook: add attribute statements to, or replace parts of, the assertion
 * Okta is about to send to a custom SAML app.
 */
@NullMarked
package io.oktahooks.core.saml;

import org.jspecify.annotations.NullMarked;
