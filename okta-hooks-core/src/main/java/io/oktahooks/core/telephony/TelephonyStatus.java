package io.oktahooks.core.telephony;

/** The outcome of sending a passcode, as reported in {@code com.okta.telephony.action}. */
public enum TelephonyStatus {
    /** The provider accepted and delivered the message. */
    SUCCESSFUL,
    /** Sent, delivery not yet confirmed. */
    PENDING,
    /** Not sent: Okta fails over to its own providers. */
    FAILED
}
