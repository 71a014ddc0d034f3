package io.oktahooks.core.token;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.OktaObject;
import java.util.Optional;

/** {@code protocol.OriginalGrant}: on a refresh-token grant, the grant the refresh token came from. */
public final class OriginalGrant extends OktaObject {

    OriginalGrant(JsonNode node) {
        super(node);
    }

    /** {@code authorization}: the original request's parameters. */
    public Optional<AuthorizationRequest> authorization() {
        return object("authorization", AuthorizationRequest::new);
    }

    /** {@code refresh_token.jti}. */
    public Optional<String> refreshTokenJti() {
        return stringAt("/refresh_token/jti");
    }
}
