/**
 * Event hook filters, evaluated locally: {@link io.oktahooks.testkit.filters.LocalEventFilter}
 * shows which fixture or recorded events a filter lets through.
 */
@NullMarked
package io.oktahooks.testkit.filters;

import org.jspecify.annotations.NullMarked;
