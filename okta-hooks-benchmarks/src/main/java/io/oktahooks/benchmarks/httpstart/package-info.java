/**
 * Cold start and load of a token hook service on the JDK's {@code HttpServer}: the SDK beside a
 * hand-written HttpServer + Jackson + nimbus service, each started in a fresh JVM (not published).
 */
@NullMarked
package io.oktahooks.benchmarks.httpstart;

import org.jspecify.annotations.NullMarked;
