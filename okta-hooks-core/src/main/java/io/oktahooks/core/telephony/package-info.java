/**
 * The telephony inline hook: send SMS and voice one-time passcodes through your own provider and
 * report what it did.
 */
@NullMarked
package io.oktahooks.core.telephony;

import org.jspecify.annotations.NullMarked;
