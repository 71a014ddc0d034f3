/**
 * Micrometer metrics for a {@code HookEndpoint}: calls, replies and durations per hook type, as an endpoint listener.
 */
@NullMarked
package io.oktahooks.micrometer;

import org.jspecify.annotations.NullMarked;
