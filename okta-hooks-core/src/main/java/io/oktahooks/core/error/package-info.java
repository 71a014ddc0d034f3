/**
 * Okta's {@code error} object: {@link io.oktahooks.core.error.HookError} with its
 * {@link io.oktahooks.core.error.ErrorCause}s, as a response carries it to deny a registration or
 * explain a failure.
 */
@NullMarked
package io.oktahooks.core.error;

import org.jspecify.annotations.NullMarked;
