package io.oktahooks.core;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A summary of one handled call, given to a {@link HookCallListener}: enough for one access-log
 * line or a metric, and nothing from the payload.
 *
 * @param type the hook type, or null when it could not be determined (e.g. rejected before parsing)
 * @param eventId the request's {@code eventId} escaped for logs (control characters, line separators
 *     and format characters written as Unicode escapes, so it cannot forge a log line), or null
 * @param status the HTTP status answered
 * @param elapsed time spent in the endpoint, handler included
 * @param slow whether {@code elapsed} exceeded the endpoint's slow-call budget
 */
public record HookCall(@Nullable HookType type, @Nullable String eventId, int status, Duration elapsed, boolean slow) {}
