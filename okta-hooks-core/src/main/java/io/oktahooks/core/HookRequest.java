package io.oktahooks.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.event.EventDelivery;
import io.oktahooks.core.internal.Sanitize;
import io.oktahooks.core.passwordimport.PasswordImportRequest;
import io.oktahooks.core.registration.RegistrationRequest;
import io.oktahooks.core.saml.SamlRequest;
import io.oktahooks.core.telephony.TelephonyRequest;
import io.oktahooks.core.token.TokenRequest;
import io.oktahooks.core.userimport.UserImportRequest;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What every Okta hook call carries: the envelope ({@code eventType}, {@code eventId},
 * {@code eventTime}, ...) and the {@code data} object.
 *
 * <p>Sealed: each hook type has its own subclass with typed access to its {@code data}, and these
 * seven are the only ones (extend {@link OktaObject} for views of your own). Every envelope
 * member is optional (Okta omits {@code eventId} and {@code eventTime} in some flows) and read
 * leniently ({@code "1.0"} or {@code 1}). The raw JSON of anything without a typed accessor is
 * available through {@link #json()}, {@link #data()} and {@link #member(String)}.
 */
public abstract sealed class HookRequest extends OktaObject
        permits TokenRequest,
                SamlRequest,
                RegistrationRequest,
                UserImportRequest,
                PasswordImportRequest,
                TelephonyRequest,
                EventDelivery {

    private final HookType type;

    /**
     * For the SDK's seven request types. Checks the envelope: a JSON object with a {@code data} object, and an {@code eventType} (when
     * present) equal to {@code type}'s.
     *
     * @param root the request body, owned by the new request
     * @param type the hook type this request must be
     * @throws HookParseException when the body is not a request of this type
     */
    protected HookRequest(@Nullable JsonNode root, HookType type) {
        super(requireShape(root, type));
        this.type = type;
    }

    private static JsonNode requireShape(@Nullable JsonNode root, HookType type) {
        if (root == null || !root.isObject()) {
            throw new HookParseException(
                    HookParseException.Reason.INVALID_REQUEST,
                    "",
                    "a " + type.displayName() + " request must be a JSON object, not "
                            + (root == null
                                    ? "nothing"
                                    : root.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        JsonNode eventType = root.get("eventType");
        if (eventType != null && !eventType.isNull() && !type.eventType().equals(eventType.asText())) {
            // Named only when it is one of the SDK's own hook types: replies and logs never carry request content.
            String actual = HookType.fromEventType(eventType.asText())
                    .map(other -> "a " + other.displayName() + " request (eventType " + other.eventType() + ")")
                    .orElse("of an eventType this SDK does not know");
            throw new HookParseException(
                    HookParseException.Reason.WRONG_HOOK_TYPE,
                    "/eventType",
                    "expected a " + type.displayName() + " request (eventType " + type.eventType()
                            + ") but the body is " + actual);
        }
        JsonNode data = root.get("data");
        if (data == null || !data.isObject()) {
            throw new HookParseException(
                    HookParseException.Reason.INVALID_REQUEST,
                    "/data",
                    "a " + type.displayName() + " request must have a \"data\" object"
                            + (data == null
                                    ? ""
                                    : ", not " + data.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return root;
    }

    /** The hook type of this request. */
    public final HookType type() {
        return type;
    }

    /** The envelope's {@code eventType}, e.g. {@code com.okta.oauth2.tokens.transform}. */
    public final Optional<String> eventType() {
        return string("eventType");
    }

    /** The envelope's {@code eventTypeVersion} as text ({@code "1.0"}; some samples send the number 1). */
    public final Optional<String> eventTypeVersion() {
        return string("eventTypeVersion");
    }

    /**
     * The CloudEvents version: {@code cloudEventVersion} for inline hooks, {@code cloudEventsVersion}
     * (with "s") for event hooks; whichever is present.
     */
    public final Optional<String> cloudEventsVersion() {
        Optional<String> inline = string("cloudEventVersion");
        return inline.isPresent() ? inline : string("cloudEventsVersion");
    }

    /** The envelope's {@code contentType}, normally {@code application/json}. */
    public final Optional<String> contentType() {
        return string("contentType");
    }

    /** The envelope's {@code eventId}: unique per call, the key to drop duplicates by. */
    public final Optional<String> eventId() {
        return string("eventId");
    }

    /** The envelope's {@code eventTime}; empty when absent or not ISO-8601. */
    public final Optional<Instant> eventTime() {
        return instant("eventTime");
    }

    /** The envelope's {@code source}: opaque, a URL for some hook types and an id for others. */
    public final Optional<String> source() {
        return string("source");
    }

    /** The envelope's {@code requestType} (registration and telephony only). */
    public final Optional<String> requestType() {
        return string("requestType");
    }

    /** A copy of the {@code data} object. */
    public final JsonNode data() {
        return node().get("data").deepCopy();
    }

    /** The type and {@code eventId}; never payload values. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "{eventId="
                + eventId().map(Sanitize::forLog).orElse("(none)") + "}";
    }
}
