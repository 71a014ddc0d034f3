/**
 * AssertJ assertions for hook responses, HTTP replies and simulation reports: {@link io.oktahooks.testkit.assertions.HookAssertions} (one static import, AssertJ's own assertions included) and {@link io.oktahooks.testkit.assertions.SoftHookAssertions}.
 */
@NullMarked
package io.oktahooks.testkit.assertions;

import org.jspecify.annotations.NullMarked;
