package io.oktahooks.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.HookRequest;
import io.oktahooks.core.HookResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.core.error.HookError;
import io.oktahooks.core.event.EventDelivery;
import io.oktahooks.core.passwordimport.PasswordImportRequest;
import io.oktahooks.core.passwordimport.PasswordImportResponseBuilder;
import io.oktahooks.core.registration.RegistrationRequest;
import io.oktahooks.core.saml.SamlRequest;
import io.oktahooks.core.telephony.TelephonyRequest;
import io.oktahooks.core.token.TokenRequest;
import io.oktahooks.core.userimport.UserImportRequest;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one registry from hook type to what the SDK knows about it: the request class, its parsers
 * and the fail-safe answer. The endpoint, the failure policy and the testkit all read it, so adding
 * a hook type touches this table and nothing else that dispatches on types. Not API.
 */
public final class HookTypes {

    /** The registration summary sent when a registration handler fails. */
    public static final String REGISTRATION_FAILURE_SUMMARY =
            "Registration cannot be completed at this time. Please try again later.";

    /** The summary sent when a telephony handler fails, so that Okta sends the passcode itself. */
    public static final String TELEPHONY_FAILURE_SUMMARY =
            "The external telephony provider could not send the passcode; Okta's own providers should send it.";

    /**
     * What the SDK knows about one hook type.
     *
     * @param type the hook type
     * @param requestClass the typed request
     * @param parser bytes to the typed request (throws {@code HookParseException})
     * @param view a JSON tree (copied) to the typed request
     * @param failSafe the documented safe answer when the handler cannot give one
     * @param <R> the typed request
     */
    public record Entry<R extends HookRequest>(
            HookType type,
            Class<R> requestClass,
            Function<byte[], R> parser,
            Function<JsonNode, R> view,
            Supplier<HookResponse> failSafe) {}

    private static final Map<HookType, Entry<?>> ENTRIES = new EnumMap<>(HookType.class);

    static {
        register(new Entry<>(
                HookType.TOKEN,
                TokenRequest.class,
                TokenRequest::parse,
                TokenRequest::of,
                () -> HookResponse.empty(HookType.TOKEN)));
        register(new Entry<>(
                HookType.SAML,
                SamlRequest.class,
                SamlRequest::parse,
                SamlRequest::of,
                () -> HookResponse.empty(HookType.SAML)));
        register(new Entry<>(
                HookType.REGISTRATION,
                RegistrationRequest.class,
                RegistrationRequest::parse,
                RegistrationRequest::of,
                () -> HookResponse.error(HookType.REGISTRATION, HookError.of(REGISTRATION_FAILURE_SUMMARY))));
        register(new Entry<>(
                HookType.USER_IMPORT,
                UserImportRequest.class,
                UserImportRequest::parse,
                UserImportRequest::of,
                () -> HookResponse.empty(HookType.USER_IMPORT)));
        register(new Entry<>(
                HookType.PASSWORD_IMPORT,
                PasswordImportRequest.class,
                PasswordImportRequest::parse,
                PasswordImportRequest::of,
                () -> PasswordImportResponseBuilder.create().unverified().build()));
        // Telephony: an error object. Okta's developer reference names an error object (with a timeout,
        // a non-200 status and a malformed reply) as what makes Okta send the passcode through its own
        // providers; a FAILED status does so only according to Okta's help pages.
        register(new Entry<>(
                HookType.TELEPHONY,
                TelephonyRequest.class,
                TelephonyRequest::parse,
                TelephonyRequest::of,
                () -> HookResponse.error(HookType.TELEPHONY, HookError.of(TELEPHONY_FAILURE_SUMMARY))));
        register(new Entry<>(
                HookType.EVENT,
                EventDelivery.class,
                EventDelivery::parse,
                EventDelivery::of,
                () -> HookResponse.empty(HookType.EVENT)));
        for (HookType type : HookType.values()) {
            if (!ENTRIES.containsKey(type)) {
                throw new ExceptionInInitializerError("hook type " + type + " has no registry entry");
            }
        }
    }

    private HookTypes() {}

    private static void register(Entry<?> entry) {
        ENTRIES.put(entry.type(), entry);
    }

    /** The entry of a hook type. */
    public static Entry<?> of(HookType type) {
        return Objects.requireNonNull(ENTRIES.get(Objects.requireNonNull(type, "type")), "hook type entry");
    }

    /** The hook type whose request class is exactly {@code requestClass}, if any. */
    public static Optional<HookType> forRequestClass(Class<?> requestClass) {
        return ENTRIES.values().stream()
                .filter(e -> e.requestClass() == requestClass)
                .map(Entry::type)
                .findFirst();
    }

    /** Parses a body as the typed request of {@code type}. */
    public static HookRequest parse(HookType type, byte[] body) {
        return of(type).parser().apply(body);
    }

    /** A typed request of {@code type} over a copy of {@code json}. */
    public static HookRequest view(HookType type, JsonNode json) {
        return of(type).view().apply(json);
    }

    /** The fail-safe answer of {@code type}. */
    public static HookResponse failSafe(HookType type) {
        return of(type).failSafe().get();
    }
}
