/**
 * The example service behind {@code ./okta-hooks example}: one handler per hook type on the JDK's HTTP server (not published).
 */
@NullMarked
package io.oktahooks.examples;

import org.jspecify.annotations.NullMarked;
