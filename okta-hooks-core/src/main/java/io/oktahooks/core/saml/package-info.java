/**
 * The SAML assertion inline hook: add attribute statements to, or replace parts of, the assertion
 * Okta is about to send to a custom SAML app.
 */
package io.oktahooks.core.saml;
