package io.oktahooks.core;

import io.oktahooks.core.internal.HookTypes;

/**
 * What the endpoint answers when a handler throws, returns nothing usable, or builds a response
 * over 256 KB. The exception is logged once at ERROR by the endpoint; the policy only chooses the
 * response, and must not throw.
 *
 * <p>{@link #failSafe(HookType)} is the default per hook type, chosen so that a broken handler
 * fails the way Okta's own timeout would, or more safely:
 * <ul>
 *   <li>token and SAML: no change, so Okta issues the original token or assertion;</li>
 *   <li>registration: an {@code error}, which denies the registration or profile update;</li>
 *   <li>user import: no change, so Okta takes its default action;</li>
 *   <li>password import: {@code UNVERIFIED}, so the sign-in fails rather than accepting an unchecked password;</li>
 *   <li>telephony: an {@code error}, which Okta's developer reference names as a failover trigger
 *       (with a timeout, a non-200 status and a malformed reply), so Okta sends the passcode through
 *       its own providers; a {@code FAILED} status does that only according to Okta's help pages
 *       ("Telephony inline hook reference" and "Add a telephony inline hook" respectively);</li>
 *   <li>event hook: the delivery is acknowledged (no retry storm).</li>
 * </ul>
 */
@FunctionalInterface
public interface FailurePolicy {

    /** Summary sent when a registration handler fails. */
    String REGISTRATION_FAILURE_SUMMARY = HookTypes.REGISTRATION_FAILURE_SUMMARY;

    /** Summary sent when a telephony handler fails (Okta then sends the passcode itself). */
    String TELEPHONY_FAILURE_SUMMARY = HookTypes.TELEPHONY_FAILURE_SUMMARY;

    /**
     * The response to send instead.
     *
     * @param type the hook type of the failed call
     * @param failure what went wrong (never sent to Okta)
     */
    HookResponse respond(HookType type, Throwable failure);

    /** The documented default for a hook type (see the list above). */
    static FailurePolicy failSafe(HookType type) {
        java.util.Objects.requireNonNull(type, "type");
        return (t, failure) -> HookTypes.failSafe(t);
    }
}
