/**
 * JMH benchmarks of the SDK beside the code a user would write without it (not published).
 */
@NullMarked
package io.oktahooks.benchmarks;

import org.jspecify.annotations.NullMarked;
