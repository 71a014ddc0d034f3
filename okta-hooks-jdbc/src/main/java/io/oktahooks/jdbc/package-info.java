/**
 * okta-hooks-jdbc: {@link io.oktahooks.jdbc.JdbcEventDeduplicator}, event hook deduplication
 * shared by every instance through one database table, so that Okta's at-least-once deliveries
 * reach one handler once behind a load balancer, and a database that is down or slow never
 * costs an event.
 */
@NullMarked
package io.oktahooks.jdbc;

import org.jspecify.annotations.NullMarked;
