package io.oktahooks.core.telephony;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.HookType;
import io.oktahooks.core.InvalidResponseException;
import io.oktahooks.core.ResponseBuilder;
import io.oktahooks.core.internal.CommandDraft;
import io.oktahooks.core.internal.Drafts;
import io.oktahooks.core.internal.HookJson;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds the answer to a telephony inline hook: {@code com.okta.telephony.action} with the
 * delivery status, provider name, transaction id and free-form metadata, or an {@code error} (Okta
 * then sends the passcode through its own providers). Telephony has no documented empty reply.
 */
public final class TelephonyResponseBuilder extends ResponseBuilder<TelephonyResponseBuilder> {

    private final CommandDraft draft;

    private TelephonyResponseBuilder() {
        this(HookType.TELEPHONY);
    }

    private TelephonyResponseBuilder(HookType type) {
        super(type);
        this.draft = Drafts.of(this);
    }

    /** A new builder. */
    public static TelephonyResponseBuilder create() {
        return new TelephonyResponseBuilder();
    }

    /** The provider delivered the message. */
    public TelephonyResponseBuilder successful(String provider, String transactionId) {
        return successful(provider, transactionId, null);
    }

    /**
     * The provider delivered the message, with free-form metadata (e.g. {@code Duration=300ms})
     * that Okta records with the delivery.
     */
    public TelephonyResponseBuilder successful(
            String provider, String transactionId, @Nullable String transactionMetadata) {
        return action(TelephonyStatus.SUCCESSFUL, provider, transactionId, transactionMetadata);
    }

    /** The message was sent; delivery is not confirmed yet. */
    public TelephonyResponseBuilder pending(String provider, String transactionId) {
        return pending(provider, transactionId, null);
    }

    /** The message was sent, delivery not confirmed yet, with free-form metadata Okta records. */
    public TelephonyResponseBuilder pending(
            String provider, String transactionId, @Nullable String transactionMetadata) {
        return action(TelephonyStatus.PENDING, provider, transactionId, transactionMetadata);
    }

    /** The message could not be sent (Okta fails over to its own providers). */
    public TelephonyResponseBuilder failed(String provider, String transactionId) {
        return failed(provider, transactionId, null);
    }

    /** The message could not be sent (Okta fails over to its own providers), with free-form metadata Okta records. */
    public TelephonyResponseBuilder failed(
            String provider, String transactionId, @Nullable String transactionMetadata) {
        return action(TelephonyStatus.FAILED, provider, transactionId, transactionMetadata);
    }

    /**
     * Reports an outcome. Only the status is required by Okta.
     *
     * @param provider your provider's name, e.g. {@code VONAGE}; may be null
     * @param transactionId the provider's message id; may be null
     * @param transactionMetadata free text, e.g. {@code Duration=300ms}; may be null
     */
    public TelephonyResponseBuilder action(
            TelephonyStatus status, String provider, String transactionId, @Nullable String transactionMetadata) {
        Objects.requireNonNull(status, "status");
        if (draft.last(HookType.Commands.TELEPHONY_ACTION) != null) {
            throw new InvalidResponseException(
                    InvalidResponseException.Rule.DECIDED_TWICE,
                    "a telephony response reports one outcome (one com.okta.telephony.action)");
        }
        ObjectNode result = HookJson.newObject();
        result.put("status", status.name());
        if (provider != null) {
            result.put("provider", provider);
        }
        if (transactionId != null) {
            result.put("transactionId", transactionId);
        }
        if (transactionMetadata != null) {
            result.put("transactionMetadata", transactionMetadata);
        }
        ArrayNode value = JsonNodeFactory.instance.arrayNode();
        value.add(result);
        draft.add(HookType.Commands.TELEPHONY_ACTION, value);
        return this;
    }
}
