package io.oktahooks.core.token;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.OktaObject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The OAuth 2.0 request parameters Okta received: grant type, client, scopes, redirect. */
public final class AuthorizationRequest extends OktaObject {

    AuthorizationRequest(JsonNode node) {
        super(node);
    }

    /** {@code client_id}. */
    public Optional<String> clientId() {
        return string("client_id");
    }

    /** {@code grant_type}, e.g. {@code authorization_code}, {@code client_credentials}, {@code refresh_token}. */
    public Optional<String> grantType() {
        return string("grant_type");
    }

    /** {@code redirect_uri}. */
    public Optional<String> redirectUri() {
        return string("redirect_uri");
    }

    /** {@code response_mode}, e.g. {@code fragment}. */
    public Optional<String> responseMode() {
        return string("response_mode");
    }

    /** {@code response_type} split on spaces, e.g. {@code [token, id_token]}. */
    public List<String> responseTypes() {
        return split(string("response_type"));
    }

    /** {@code scope} split on spaces, e.g. {@code [openid, profile, email]}. */
    public List<String> scopes() {
        return split(string("scope"));
    }

    /** {@code state}. */
    public Optional<String> state() {
        return string("state");
    }

    private static List<String> split(Optional<String> value) {
        return value.map(v -> Arrays.stream(v.trim().split("\\s+"))
                        .filter(s -> !s.isEmpty())
                        .toList())
                .orElse(List.of());
    }
}
