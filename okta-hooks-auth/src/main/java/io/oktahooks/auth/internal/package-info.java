/**
 * The auth module's own plumbing (digests for constant-time compares and caches, token fingerprints
 * for logs). Not API: not exported.
 */
@NullMarked
package io.oktahooks.auth.internal;

import org.jspecify.annotations.NullMarked;
