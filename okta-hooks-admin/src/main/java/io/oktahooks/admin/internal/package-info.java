/**
 * The admin module's own plumbing: the event hook filter grammar, shared with the testkit's local
 * filter evaluator. Not API: it may change in any release.
 */
@NullMarked
package io.oktahooks.admin.internal;

import org.jspecify.annotations.NullMarked;
