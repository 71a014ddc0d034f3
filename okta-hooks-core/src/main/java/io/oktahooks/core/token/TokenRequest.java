package io.oktahooks.core.token;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.HookParseException;
import io.oktahooks.core.HookRequest;
import io.oktahooks.core.HookType;
import io.oktahooks.core.context.Policy;
import io.oktahooks.core.context.RequestInfo;
import io.oktahooks.core.context.Session;
import io.oktahooks.core.context.User;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.internal.RequestNodes;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A token inline hook call ({@code com.okta.oauth2.tokens.transform}): Okta is about to mint an ID
 * token and/or an access token and lets you add, replace or remove claims and change lifetimes.
 *
 * <p>{@link #identity()} is present only when an ID token is minted and {@link #access()} only when
 * an access token is; flows without a user (client credentials) carry no session or user. Answer
 * with {@link #respond()}, which refuses patches Okta would reject for this request.
 */
public final class TokenRequest extends HookRequest {

    private TokenRequest(@Nullable JsonNode root) {
        super(root, HookType.TOKEN);
    }

    /**
     * Parses a request body.
     *
     * @throws HookParseException when the bytes are not a token hook request
     */
    public static TokenRequest parse(byte[] json) {
        return new TokenRequest(HookJson.readTree(json));
    }

    /** A request from a JSON tree (copied). */
    public static TokenRequest of(@Nullable JsonNode json) {
        return new TokenRequest(json == null ? null : json.deepCopy());
    }

    /** {@code data.context.request}: the authorize or token request the user made. */
    public Optional<RequestInfo> request() {
        return RequestNodes.contextObject(node(), "request", RequestInfo::new);
    }

    /** {@code data.context.session}, absent in flows without a user session. */
    public Optional<Session> session() {
        return RequestNodes.contextObject(node(), "session", Session::new);
    }

    /** {@code data.context.user}, absent for client-credentials tokens. */
    public Optional<User> user() {
        return RequestNodes.contextObject(node(), "user", User::new);
    }

    /** {@code data.context.policy}: the access policy and rule that triggered the hook. */
    public Optional<Policy> policy() {
        return RequestNodes.contextObject(node(), "policy", Policy::new);
    }

    /** {@code data.context.protocol}: the OAuth 2.0 request, issuer and client. */
    public Optional<OAuthProtocol> protocol() {
        return RequestNodes.contextObject(node(), "protocol", OAuthProtocol::new);
    }

    /** {@code data.identity}: the ID token being minted, if one is. */
    public Optional<MintedToken> identity() {
        JsonNode identity = RequestNodes.data(node()).get("identity");
        return identity != null && identity.isObject() ? Optional.of(new MintedToken(identity)) : Optional.empty();
    }

    /** {@code data.access}: the access token being minted, if one is. */
    public Optional<MintedToken> access() {
        JsonNode access = RequestNodes.data(node()).get("access");
        return access != null && access.isObject() ? Optional.of(new MintedToken(access)) : Optional.empty();
    }

    /** {@code data.refresh_token.jti}: links a refresh grant to the original grant (since 2023). */
    public Optional<String> refreshTokenJti() {
        return stringAt("/data/refresh_token/jti");
    }

    /**
     * Who the token is for: the ID token's {@code preferred_username}, else the access token's, else
     * the context user's login. Empty for client-credentials tokens.
     */
    public Optional<String> preferredUsername() {
        Optional<String> name = identity().flatMap(t -> t.claims().string("preferred_username"));
        if (name.isEmpty()) {
            name = access().flatMap(t -> t.claims().string("preferred_username"));
        }
        return name.isPresent() ? name : user().flatMap(User::login);
    }

    /** A response builder that checks patches against this request (tokens minted, claims present). */
    public TokenResponseBuilder respond() {
        return new TokenResponseBuilder(this);
    }
}
