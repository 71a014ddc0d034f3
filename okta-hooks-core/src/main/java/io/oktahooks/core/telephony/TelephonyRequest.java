package io.oktahooks.core.telephony;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.HookParseException;
import io.oktahooks.core.HookRequest;
import io.oktahooks.core.HookType;
import io.oktahooks.core.context.Profile;
import io.oktahooks.core.context.RequestInfo;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.internal.RequestNodes;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A telephony inline hook call ({@code com.okta.telephony.provider}): send this one-time passcode
 * by SMS or voice through your provider, then report the outcome with {@link #respond()}.
 *
 * <p>The OTP (in {@code otpCode} and inside the SMS template) is a secret: the SDK never shows it
 * in {@code toString()} or logs.
 */
public final class TelephonyRequest extends HookRequest {

    /** Why Okta sends the passcode, from {@code requestType}. */
    public enum Purpose {
        /** {@code com.okta.user.telephony.pre-enrollment}: the user enrolls a phone factor. */
        ENROLLMENT("com.okta.user.telephony.pre-enrollment"),
        /** {@code com.okta.user.telephony.mfa-verification}: sign-in verification. */
        MFA_VERIFICATION("com.okta.user.telephony.mfa-verification"),
        /** {@code com.okta.user.telephony.account-unlock}. */
        ACCOUNT_UNLOCK("com.okta.user.telephony.account-unlock"),
        /** {@code com.okta.user.telephony.password-reset}. */
        PASSWORD_RESET("com.okta.user.telephony.password-reset"),
        /** No or an unknown {@code requestType}. */
        UNKNOWN("");

        private final String requestType;

        Purpose(String requestType) {
            this.requestType = requestType;
        }

        /** The {@code requestType} value. */
        public String wireValue() {
            return requestType;
        }
    }

    private TelephonyRequest(@Nullable JsonNode root) {
        super(root, HookType.TELEPHONY);
    }

    /**
     * Parses a request body.
     *
     * @throws HookParseException when the bytes are not a telephony hook request
     */
    public static TelephonyRequest parse(byte[] json) {
        return new TelephonyRequest(HookJson.readTree(json));
    }

    /** A request from a JSON tree (copied). */
    public static TelephonyRequest of(@Nullable JsonNode json) {
        return new TelephonyRequest(json == null ? null : json.deepCopy());
    }

    /** Why the passcode is sent; {@link Purpose#UNKNOWN} when {@code requestType} is absent or new. */
    public Purpose purpose() {
        String requestType = requestType().orElse("");
        for (Purpose purpose : Purpose.values()) {
            if (purpose != Purpose.UNKNOWN && purpose.requestType.equals(requestType)) {
                return purpose;
            }
        }
        return Purpose.UNKNOWN;
    }

    /** {@code data.context.request}. */
    public Optional<RequestInfo> request() {
        return RequestNodes.contextObject(node(), "request", RequestInfo::new);
    }

    /** {@code data.userProfile}: firstName, lastName, login and {@code userId}; empty when absent. */
    public Optional<Profile> userProfile() {
        return RequestNodes.dataObject(node(), "userProfile", Profile::new);
    }

    /** {@code data.messageProfile}: where and what to send. */
    public MessageProfile message() {
        return new MessageProfile(RequestNodes.data(node()).get("messageProfile"));
    }

    /** A response builder. */
    public TelephonyResponseBuilder respond() {
        return TelephonyResponseBuilder.create();
    }
}
