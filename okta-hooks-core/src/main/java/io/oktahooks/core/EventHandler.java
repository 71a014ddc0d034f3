package io.oktahooks.core;

import io.oktahooks.core.event.EventDelivery;

/**
 * Your code for event hook deliveries. Okta expects the acknowledgement within 3 seconds, so hand
 * slow work to a queue or executor and return.
 */
@FunctionalInterface
public interface EventHandler {

    /**
     * Receives one delivery (with duplicates already dropped when a deduplicator is configured).
     *
     * @throws Exception any failure; logged, and the delivery is still acknowledged
     */
    void handle(EventDelivery delivery) throws Exception;
}
