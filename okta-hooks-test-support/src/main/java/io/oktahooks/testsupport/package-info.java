/**
 * Helpers shared by the SDK's own tests: the reference files beside the checkout, log capture, waiting (not published).
 */
@NullMarked
package io.oktahooks.testsupport;

import org.jspecify.annotations.NullMarked;
