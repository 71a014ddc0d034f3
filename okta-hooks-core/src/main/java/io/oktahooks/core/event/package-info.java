/**
 * Event hooks: {@link io.oktahooks.core.event.EventDelivery}, the asynchronous delivery of Okta
 * System Log events, and {@link io.oktahooks.core.event.LogEvent}, one event of it.
 */
@NullMarked
package io.oktahooks.core.event;

import org.jspecify.annotations.NullMarked;
