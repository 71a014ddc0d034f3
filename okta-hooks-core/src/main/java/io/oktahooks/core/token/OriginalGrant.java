package io.oktahooks.core.token;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.OktaObject;
import java.util.Optional;

/** {@code protocol.OriginalGrant}: on a refresh-token grant, the grant the refresh token came from. */
public final class OriginalGrant extends OktaObject {

    OriginalGrant(JsonNode node) {
        super(node);
    }

    /**
     * The original request's parameters: {@code authorization}, as Okta's specification names it
     * since 2026, or {@code request}, its name before; whichever the payload carries.
     */
    public Optional<AuthorizationRequest> authorization() {
        Optional<AuthorizationRequest> current = object("authorization", AuthorizationRequest::new);
        return current.isPresent() ? current : object("request", AuthorizationRequest::new);
    }

    /** {@code refresh_token.jti}. */
    public Optional<String> refreshTokenJti() {
        return stringAt("/refresh_token/jti");
    }
}
