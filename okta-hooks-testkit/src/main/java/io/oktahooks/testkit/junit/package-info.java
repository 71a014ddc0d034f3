/**
 * JUnit 5 argument sources that inject fixtures or your own payloads into parameterized tests as typed requests.
 */
@NullMarked
package io.oktahooks.testkit.junit;

import org.jspecify.annotations.NullMarked;
