/**
 * Cold-start measurement: a fresh JVM per sample, from the first class load to the first answered call (not published).
 */
@NullMarked
package io.oktahooks.benchmarks.coldstart;

import org.jspecify.annotations.NullMarked;
