/**
 * Event hooks: {@link io.oktahooks.core.event.EventDelivery}, the asynchronous delivery of Okta
 * System Log events, and {@link io.oktahooks.core.event.LogEvent}, one event of it.
 */
package io.oktahooks.core.event;
