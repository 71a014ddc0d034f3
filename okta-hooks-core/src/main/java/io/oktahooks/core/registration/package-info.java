/**
 * The registration inline hook: self-service registration and progressive profile. Allow or deny a
 * sign-up, and set or correct profile attributes.
 */
@NullMarked
package io.oktahooks.core.registration;

import org.jspecify.annotations.NullMarked;
