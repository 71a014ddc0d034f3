package io.oktahooks.core.token;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.OktaObject;
import java.util.Optional;

/** {@code data.context.protocol} of a token hook: the OAuth 2.0 request, issuer and client. */
public final class OAuthProtocol extends OktaObject {

    OAuthProtocol(JsonNode node) {
        super(node);
    }

    /** The protocol, {@code OAUTH2.0}. */
    public Optional<String> type() {
        return string("type");
    }

    /** {@code request}: the authorization or token request's parameters. */
    public Optional<AuthorizationRequest> request() {
        return object("request", AuthorizationRequest::new);
    }

    /** {@code OriginalGrant}: on refresh-token grants, the grant the refresh token came from. */
    public Optional<OriginalGrant> originalGrant() {
        return object("OriginalGrant", OriginalGrant::new);
    }

    /** {@code issuer.uri}: the authorization server's issuer. */
    public Optional<String> issuerUri() {
        return stringAt("/issuer/uri");
    }

    /** {@code client.id}. */
    public Optional<String> clientId() {
        return stringAt("/client/id");
    }

    /** {@code client.name}. */
    public Optional<String> clientName() {
        return stringAt("/client/name");
    }

    /** {@code client.type}, e.g. {@code PUBLIC} or {@code CONFIDENTIAL}. */
    public Optional<String> clientType() {
        return stringAt("/client/type");
    }
}
