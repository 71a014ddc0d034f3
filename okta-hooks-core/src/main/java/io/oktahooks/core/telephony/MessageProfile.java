package io.oktahooks.core.telephony;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.OktaObject;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code data.messageProfile} of a telephony hook: phone number, channel, passcode, template.
 * {@code phoneNumber} and {@code otpCode} arrive as strings or numbers; both read as text.
 */
public final class MessageProfile extends OktaObject {

    MessageProfile(JsonNode node) {
        super(node);
    }

    /** The phone number to send to. */
    public Optional<String> phoneNumber() {
        return string("phoneNumber");
    }

    /** The phone number with all but the last two digits masked, safe to log. */
    public String maskedPhoneNumber() {
        String number = phoneNumber().orElse("");
        if (number.length() <= 2) {
            return "**";
        }
        return "*".repeat(number.length() - 2) + number.substring(number.length() - 2);
    }

    /** {@code deliveryChannel}: {@code SMS} or a voice call (Okta's docs write {@code voice call}). */
    public Optional<String> deliveryChannel() {
        return string("deliveryChannel");
    }

    /** Whether the passcode goes by voice call rather than SMS. */
    public boolean isVoice() {
        return deliveryChannel()
                .map(c -> c.toLowerCase(Locale.ROOT).contains("voice"))
                .orElse(false);
    }

    /** The one-time passcode. A secret: never log it. */
    public Optional<String> otpCode() {
        return string("otpCode");
    }

    /** When the passcode expires. */
    public Optional<Instant> otpExpires() {
        return instant("otpExpires");
    }

    /** {@code msgTemplate}: the SMS text with the passcode filled in (not sent for voice). A secret. */
    public Optional<String> messageTemplate() {
        return string("msgTemplate");
    }

    /** {@code locale}, e.g. {@code EN-US}. */
    public Optional<String> locale() {
        return string("locale");
    }
}
