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
import java.util.Optional;

/**
 * The one registry from hook type to what the SDK knows about it: the request class, its parsers
 * and the fail-safe answer. The endpoint, the failure policy and the testkit all read it, so adding
 * a hook type touches these switches and nothing else that dispatches on types; the compiler
 * refuses a switch that misses a type. Switches rather than a table of lambdas: nothing to build
 * when the class loads, which a service's cold start pays for. Not API.
 */
public final class HookTypes {

    /** The registration summary sent when a registration handler fails. */
    public static final String REGISTRATION_FAILURE_SUMMARY =
            "Registration cannot be completed at this time. Please try again later.";

    /** The summary sent when a telephony handler fails, so that Okta sends the passcode itself. */
    public static final String TELEPHONY_FAILURE_SUMMARY =
            "The external telephony provider could not send the passcode; Okta's own providers should send it.";

    private HookTypes() {}

    /** The hook type whose request class is exactly {@code requestClass}, if any. */
    public static Optional<HookType> forRequestClass(Class<?> requestClass) {
        for (HookType type : HookType.values()) {
            if (requestClass(type) == requestClass) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The typed request class of {@code type}. */
    private static Class<? extends HookRequest> requestClass(HookType type) {
        return switch (type) {
            case TOKEN -> TokenRequest.class;
            case SAML -> SamlRequest.class;
            case REGISTRATION -> RegistrationRequest.class;
            case USER_IMPORT -> UserImportRequest.class;
            case PASSWORD_IMPORT -> PasswordImportRequest.class;
            case TELEPHONY -> TelephonyRequest.class;
            case EVENT -> EventDelivery.class;
        };
    }

    /** Parses a body as the typed request of {@code type} (throws {@code HookParseException}). */
    public static HookRequest parse(HookType type, byte[] body) {
        return switch (type) {
            case TOKEN -> TokenRequest.parse(body);
            case SAML -> SamlRequest.parse(body);
            case REGISTRATION -> RegistrationRequest.parse(body);
            case USER_IMPORT -> UserImportRequest.parse(body);
            case PASSWORD_IMPORT -> PasswordImportRequest.parse(body);
            case TELEPHONY -> TelephonyRequest.parse(body);
            case EVENT -> EventDelivery.parse(body);
        };
    }

    /** A typed request of {@code type} over a copy of {@code json}. */
    public static HookRequest view(HookType type, JsonNode json) {
        return switch (type) {
            case TOKEN -> TokenRequest.of(json);
            case SAML -> SamlRequest.of(json);
            case REGISTRATION -> RegistrationRequest.of(json);
            case USER_IMPORT -> UserImportRequest.of(json);
            case PASSWORD_IMPORT -> PasswordImportRequest.of(json);
            case TELEPHONY -> TelephonyRequest.of(json);
            case EVENT -> EventDelivery.of(json);
        };
    }

    /**
     * The fail-safe answer of {@code type}. Telephony: an error object. Okta's developer reference
     * names an error object (with a timeout, a non-200 status and a malformed reply) as what makes
     * Okta send the passcode through its own providers; a FAILED status does so only according to
     * Okta's help pages.
     */
    public static HookResponse failSafe(HookType type) {
        return switch (type) {
            case TOKEN, SAML, USER_IMPORT, EVENT -> HookResponse.empty(type);
            case REGISTRATION -> HookResponse.error(type, HookError.of(REGISTRATION_FAILURE_SUMMARY));
            case PASSWORD_IMPORT ->
                PasswordImportResponseBuilder.create().unverified().build();
            case TELEPHONY -> HookResponse.error(type, HookError.of(TELEPHONY_FAILURE_SUMMARY));
        };
    }
}
