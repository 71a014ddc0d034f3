/**
 * The SDK's own plumbing (the hardened JSON configuration, JSON Pointer escaping, log-safe
 * quoting, the hook type registry). Not API: exported only to the SDK's sibling modules, and free
 * to change in any release.
 */
@NullMarked
package io.oktahooks.core.internal;

import org.jspecify.annotations.NullMarked;
