package io.oktahooks.core;

/**
 * Observes every call an endpoint handles, after the response is ready: for access logs and
 * metrics. Called concurrently, from the threads that handle calls, so implementations must be
 * thread-safe; they must be fast and should not throw (a throwing listener is logged and ignored).
 */
@FunctionalInterface
public interface HookCallListener {

    /** Called once per call. */
    void onCall(HookCall call);
}
