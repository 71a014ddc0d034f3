/**
 * okta-hooks-admin: put hooks into an Okta org through Okta's Management API (specification
 * 2026.06.3) without the Admin Console. {@link io.oktahooks.admin.OktaAdminClient} registers
 * (idempotently, by name), activates, deactivates and executes inline hooks of all six types, and
 * registers, activates and verifies event hooks with {@link io.oktahooks.admin.EventFilter}
 * filters; {@link io.oktahooks.admin.OktaCredentials} are an API token or an OAuth 2.0 service
 * app ({@code private_key_jwt}).
 *
 * <p>The command line ({@code ./okta-hooks register | execute | verify}) is in the testkit, which
 * adds its fixtures and contract check.
 */
@NullMarked
package io.oktahooks.admin;

import org.jspecify.annotations.NullMarked;
