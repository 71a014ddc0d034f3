/**
 * The shared objects of {@code data.context} that several hook types carry: the triggering
 * request, the session, the user and their profile, the policy.
 */
@NullMarked
package io.oktahooks.core.context;

import org.jspecify.annotations.NullMarked;
