/**
 * Event hook filters, evaluated locally: {@link io.oktahooks.testkit.filters.LocalEventFilter}
 * shows which fixture or recorded events a filter lets through.
 */
package io.oktahooks.testkit.filters;
