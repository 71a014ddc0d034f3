package io.oktahooks.core.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.OktaObject;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code authenticationContext} of a System Log event: how the actor authenticated (provider,
 * credential, step, the external session). Unknown members are kept; every accessor is lenient.
 */
public final class LogAuthenticationContext extends OktaObject {

    LogAuthenticationContext(JsonNode node) {
        super(node);
    }

    /** {@code authenticationProvider}, e.g. {@code OKTA_AUTHENTICATION_PROVIDER} or {@code FACTOR_PROVIDER}. */
    public Optional<String> authenticationProvider() {
        return string("authenticationProvider");
    }

    /** {@code credentialProvider}, e.g. {@code OKTA_CREDENTIAL_PROVIDER} or {@code DUO}. */
    public Optional<String> credentialProvider() {
        return string("credentialProvider");
    }

    /** {@code credentialType}, e.g. {@code PASSWORD}, {@code OTP}, {@code SMS}. */
    public Optional<String> credentialType() {
        return string("credentialType");
    }

    /** {@code issuer.id}: who issued the credential. */
    public Optional<String> issuerId() {
        return stringAt("/issuer/id");
    }

    /** {@code issuer.type}. */
    public Optional<String> issuerType() {
        return stringAt("/issuer/type");
    }

    /** {@code authenticationStep}: the step of a multi-step authentication, 0 for the first. */
    public OptionalLong authenticationStep() {
        return longValue("authenticationStep");
    }

    /** {@code externalSessionId}: the session's id, the key to correlate events of one session. */
    public Optional<String> externalSessionId() {
        return string("externalSessionId");
    }

    /** {@code interface}, e.g. {@code Outlook} or {@code Office365}, for apps that authenticate on their own. */
    public Optional<String> interfaceName() {
        return string("interface");
    }
}
