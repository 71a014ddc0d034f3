package io.oktahooks.core;

/**
 * Observes every call an endpoint handles, after the response is ready: for access logs and
 * metrics. Must be fast and must not throw (a throwing listener is logged and ignored).
 */
@FunctionalInterface
public interface HookCallListener {

    /** Called once per call. */
    void onCall(HookCall call);
}
