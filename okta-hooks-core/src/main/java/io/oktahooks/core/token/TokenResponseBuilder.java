package io.oktahooks.core.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.HookType;
import io.oktahooks.core.internal.CommandDraft;
import io.oktahooks.core.internal.Drafts;
import io.oktahooks.core.InvalidResponseException;
import io.oktahooks.core.ResponseBuilder;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the answer to a token inline hook: claim patches on the ID token
 * ({@code com.okta.identity.patch}) and the access token ({@code com.okta.access.patch}), token
 * lifetimes, or an {@code error} (which fails the OAuth flow with {@code server_error}).
 *
 * <p>Every patch is checked against Okta's documented rules as it is added: reserved claims
 * ({@code sub}, {@code iss}, {@code exp}, ...; {@code aud} and {@code sub} only in access tokens)
 * cannot be patched, {@code add}/{@code replace} need a value, {@code -} only appends, lifetimes lie
 * between 300 and 86,400 seconds. A builder from {@link TokenRequest#respond()} also refuses to
 * patch a token that is not being minted and to replace or remove a claim the token does not have.
 * All patches for one token go into one command, in the order added.
 */
public final class TokenResponseBuilder extends ResponseBuilder<TokenResponseBuilder> {

    private final CommandDraft draft;

    /** Shortest token lifetime Okta accepts. */
    public static final Duration MIN_LIFETIME = Duration.ofSeconds(300);
    /** Longest token lifetime Okta accepts. */
    public static final Duration MAX_LIFETIME = Duration.ofSeconds(86_400);

    /** Claims Okta never lets a hook add, change or remove (Okta's token hook reference). */
    public static final Set<String> RESERVED_CLAIMS = Set.of(
            "acr", "active", "aid", "amr", "app_id", "app_type", "as_uri", "at_hash", "aud", "auth_time",
            "authorization_details", "c_hash", "cid", "client_id", "client_ip", "client_req_id", "client_type",
            "client_user_agent", "cnf", "device_compliance", "device_id", "device_known", "device_managed",
            "device_name", "device_trust", "did", "dst", "exp", "group", "groups", "hotk", "iat", "idp", "idp_iss",
            "iss", "jti", "mac_key", "may_act", "nonce", "oid", "okta_emailVerified", "okta_lastUpdated", "orig",
            "permissions", "purpose", "pwd_exp_days", "pwd_exp_time", "rid", "role", "rpt", "rsi", "scope", "scopes",
            "scp", "sid", "sub", "term", "token_type", "uid", "user_ip", "username", "ver");

    /** Reserved claims that an access token (but never an ID token) may patch. */
    private static final Set<String> ACCESS_TOKEN_PATCHABLE = Set.of("aud", "sub");

    private final TokenRequest request;

    TokenResponseBuilder(TokenRequest request) {
        this(request, HookType.TOKEN);
    }

    private TokenResponseBuilder(TokenRequest request, HookType type) {
        super(type);
        this.draft = Drafts.of(this);
        this.request = request;
    }

    /** A builder that knows nothing of the request (no checks that depend on it). */
    public static TokenResponseBuilder create() {
        return new TokenResponseBuilder(null);
    }

    /** Which token a patch applies to. */
    private enum Token {
        ID("ID token", HookType.Commands.IDENTITY_PATCH, "identity"),
        ACCESS("access token", HookType.Commands.ACCESS_PATCH, "access");

        final String label;
        final String commandType;
        final String dataMember;

        Token(String label, String commandType, String dataMember) {
            this.label = label;
            this.commandType = commandType;
            this.dataMember = dataMember;
        }
    }

    /** Adds (or overwrites) a claim in the ID token. */
    public TokenResponseBuilder addIdTokenClaim(String name, Object value) {
        return patch(Token.ID, "add", ClaimPath.claim(name), value);
    }

    /** Adds a value at a path in the ID token: a new claim, an object member or an array element. */
    public TokenResponseBuilder addIdTokenClaim(ClaimPath path, Object value) {
        return patch(Token.ID, "add", path, value);
    }

    /** Replaces a claim the ID token already has. */
    public TokenResponseBuilder replaceIdTokenClaim(String name, Object value) {
        return patch(Token.ID, "replace", ClaimPath.claim(name), value);
    }

    /** Replaces the value at a path in the ID token. */
    public TokenResponseBuilder replaceIdTokenClaim(ClaimPath path, Object value) {
        return patch(Token.ID, "replace", path, value);
    }

    /** Removes a claim from the ID token. */
    public TokenResponseBuilder removeIdTokenClaim(String name) {
        return patch(Token.ID, "remove", ClaimPath.claim(name), null);
    }

    /** Removes the value at a path (object member or array element) from the ID token. */
    public TokenResponseBuilder removeIdTokenClaim(ClaimPath path) {
        return patch(Token.ID, "remove", path, null);
    }

    /** Adds (or overwrites) a claim in the access token. */
    public TokenResponseBuilder addAccessTokenClaim(String name, Object value) {
        return patch(Token.ACCESS, "add", ClaimPath.claim(name), value);
    }

    /** Adds a value at a path in the access token. */
    public TokenResponseBuilder addAccessTokenClaim(ClaimPath path, Object value) {
        return patch(Token.ACCESS, "add", path, value);
    }

    /** Replaces a claim the access token already has. */
    public TokenResponseBuilder replaceAccessTokenClaim(String name, Object value) {
        return patch(Token.ACCESS, "replace", ClaimPath.claim(name), value);
    }

    /** Replaces the value at a path in the access token. */
    public TokenResponseBuilder replaceAccessTokenClaim(ClaimPath path, Object value) {
        return patch(Token.ACCESS, "replace", path, value);
    }

    /** Removes a claim from the access token. */
    public TokenResponseBuilder removeAccessTokenClaim(String name) {
        return patch(Token.ACCESS, "remove", ClaimPath.claim(name), null);
    }

    /** Removes the value at a path from the access token. */
    public TokenResponseBuilder removeAccessTokenClaim(ClaimPath path) {
        return patch(Token.ACCESS, "remove", path, null);
    }

    /** Sets the ID token's lifetime (300 to 86,400 seconds, whole seconds). */
    public TokenResponseBuilder idTokenLifetime(Duration lifetime) {
        return lifetime(Token.ID, lifetime);
    }

    /** Sets the access token's lifetime (300 to 86,400 seconds, whole seconds). */
    public TokenResponseBuilder accessTokenLifetime(Duration lifetime) {
        return lifetime(Token.ACCESS, lifetime);
    }

    private TokenResponseBuilder lifetime(Token token, Duration lifetime) {
        Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.compareTo(MIN_LIFETIME) < 0 || lifetime.compareTo(MAX_LIFETIME) > 0 || lifetime.getNano() != 0) {
            throw new InvalidResponseException(InvalidResponseException.Rule.LIFETIME_OUT_OF_RANGE, "the " + token.label + " lifetime must be whole seconds between "
                    + MIN_LIFETIME.toSeconds() + " and " + MAX_LIFETIME.toSeconds() + " (5 minutes to 24 hours), not "
                    + lifetime.toMillis() / 1000.0 + " seconds");
        }
        requireMinted(token);
        ObjectNode op = op("replace", "/token/lifetime/expiration");
        op.put("value", lifetime.toSeconds());
        operations(token).add(op);
        return this;
    }

    private TokenResponseBuilder patch(Token token, String operation, ClaimPath path, Object value) {
        Objects.requireNonNull(path, "path");
        String claim = path.claim();
        if (RESERVED_CLAIMS.contains(claim) && !(token == Token.ACCESS && ACCESS_TOKEN_PATCHABLE.contains(claim))) {
            throw new InvalidResponseException(InvalidResponseException.Rule.RESERVED_CLAIM, "claim '" + claim + "' is reserved by Okta and cannot be patched in "
                    + (token == Token.ID ? "an ID token" : "an access token")
                    + (ACCESS_TOKEN_PATCHABLE.contains(claim) ? " (aud and sub may be patched in access tokens only)" : ""));
        }
        if (path.isAppend() && !operation.equals("add")) {
            throw new InvalidResponseException(InvalidResponseException.Rule.INVALID_PATH, "'-' appends to an array and only works with add, not " + operation
                    + " (path " + path.pointer() + ")");
        }
        JsonNode node = null;
        if (!operation.equals("remove")) {
            if (value == null || value instanceof JsonNode json && (json.isNull() || json.isMissingNode())) {
                throw new InvalidResponseException(InvalidResponseException.Rule.MISSING_VALUE, operation + " of " + path.pointer() + " in the " + token.label
                        + " needs a value; to delete a claim use remove");
            }
            node = HookJson.toNode(value);
        }
        requireMinted(token);
        if (request != null && (!operation.equals("add") || !path.segments().isEmpty())) {
            Optional<MintedToken> minted = token == Token.ID ? request.identity() : request.access();
            boolean present = minted.map(t -> t.claims().contains(claim)).orElse(false);
            if (!present) {
                throw new InvalidResponseException(InvalidResponseException.Rule.CLAIM_NOT_PRESENT, "the " + token.label + " has no claim '" + claim + "': "
                        + (path.segments().isEmpty() ? operation + " only works on claims the token already has; use add"
                                : "Okta cannot " + operation + " inside a claim the token does not have"));
            }
        }
        ObjectNode op = op(operation, path.pointer());
        if (node != null) {
            op.set("value", node);
        }
        operations(token).add(op);
        return this;
    }

    private void requireMinted(Token token) {
        if (request == null) {
            return;
        }
        boolean minted = (token == Token.ID ? request.identity() : request.access()).isPresent();
        if (!minted) {
            throw new InvalidResponseException(InvalidResponseException.Rule.TOKEN_NOT_MINTED, "this request mints no " + token.label + " (data." + token.dataMember
                    + " is absent): Okta fails the whole response if it carries " + token.commandType);
        }
    }

    private ArrayNode operations(Token token) {
        JsonNode existing = draft.last(token.commandType);
        if (existing instanceof ArrayNode array) {
            return array;
        }
        return draft.add(token.commandType, JsonNodeFactory.instance.arrayNode());
    }

    private static ObjectNode op(String operation, String path) {
        ObjectNode op = HookJson.newObject();
        op.put("op", operation);
        op.put("path", path);
        return op;
    }
}
