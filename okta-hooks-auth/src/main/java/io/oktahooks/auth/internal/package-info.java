/**
 * The auth module's own plumbing (token fingerprints for logs, the bounded HTTP exchange). Not API:
 * exported only to the SDK's Management API client ({@code io.oktahooks.admin}).
 */
@NullMarked
package io.oktahooks.auth.internal;

import org.jspecify.annotations.NullMarked;
