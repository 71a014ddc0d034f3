package io.oktahooks.core.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.HookType;
import io.oktahooks.core.ResponseBuilder;
import io.oktahooks.core.internal.CommandDraft;
import io.oktahooks.core.internal.Drafts;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.internal.TokenPatchRules;
import io.oktahooks.core.internal.TokenPatchRules.Token;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds the answer to a token inline hook: claim patches on the ID token
 * ({@code com.okta.identity.patch}) and the access token ({@code com.okta.access.patch}), token
 * lifetimes, or an {@code error} (which fails the OAuth flow with {@code server_error}).
 *
 * <p>Every patch is checked against Okta's documented rules as it is added, because Okta drops the
 * whole patch (and the user loses every claim it meant to add) when one operation is invalid:
 * reserved claims ({@code sub}, {@code iss}, {@code exp}, ...) cannot be patched, except that an
 * access token's {@code aud} and {@code sub} may be added or replaced (never removed);
 * {@code add}/{@code replace} need a value; append only works with {@code add}; lifetimes lie
 * between 300 and 86,400 seconds.
 *
 * <p>A builder from {@link TokenRequest#respond()} also checks each patch against the token the
 * request mints, as Okta does: the token is minted; a replaced or removed claim, member or element
 * exists; every object and array on a {@link ClaimPath} exists and has the JSON type its step
 * needs (a member inside an object, an element or append inside an array); an {@code add} at an
 * array index lies within 0 to the array's size. Patches apply in the order added, so a claim
 * added first can be patched inside afterwards. Refusals name the path, the rule and what the
 * token has there (its JSON type and size, never a claim value). A free-standing builder
 * ({@link #create()}) cannot check these; the endpoint checks its responses against the request
 * before sending them. All patches for one token go into one command, in the order added.
 */
public final class TokenResponseBuilder extends ResponseBuilder<TokenResponseBuilder> {

    private final CommandDraft draft;

    /** Shortest token lifetime Okta accepts. */
    public static final Duration MIN_LIFETIME = Duration.ofMinutes(5);
    /** Longest token lifetime Okta accepts. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(1);

    /** Claims Okta never lets a hook add, change or remove (Okta's token hook reference). */
    public static final Set<String> RESERVED_CLAIMS = Set.of(
            "acr",
            "active",
            "aid",
            "amr",
            "app_id",
            "app_type",
            "as_uri",
            "at_hash",
            "aud",
            "auth_time",
            "authorization_details",
            "c_hash",
            "cid",
            "client_id",
            "client_ip",
            "client_req_id",
            "client_type",
            "client_user_agent",
            "cnf",
            "device_compliance",
            "device_id",
            "device_known",
            "device_managed",
            "device_name",
            "device_trust",
            "did",
            "dst",
            "exp",
            "group",
            "groups",
            "hotk",
            "iat",
            "idp",
            "idp_iss",
            "iss",
            "jti",
            "mac_key",
            "may_act",
            "nonce",
            "oid",
            "okta_emailVerified",
            "okta_lastUpdated",
            "orig",
            "permissions",
            "purpose",
            "pwd_exp_days",
            "pwd_exp_time",
            "rid",
            "role",
            "rpt",
            "rsi",
            "scope",
            "scopes",
            "scp",
            "sid",
            "sub",
            "term",
            "token_type",
            "uid",
            "user_ip",
            "username",
            "ver");

    private final @Nullable TokenRequest request;
    private @Nullable TokenPatchRules idRules;
    private @Nullable TokenPatchRules accessRules;

    TokenResponseBuilder(@Nullable TokenRequest request) {
        this(request, HookType.TOKEN);
    }

    private TokenResponseBuilder(@Nullable TokenRequest request, HookType type) {
        super(type);
        this.draft = Drafts.of(this);
        this.request = request;
        if (request != null) {
            // Every patch and lifetime is checked against this request as it is added (TokenPatchRules
            // with the request, the same rules ResponseRules applies), so the endpoint need not check again.
            draft.checkedAgainst(request);
        }
    }

    /** A builder that knows nothing of the request (no checks that depend on it). */
    public static TokenResponseBuilder create() {
        return new TokenResponseBuilder(null);
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
        rules(token).checkLifetime(lifetime);
        ObjectNode op = op("replace", TokenPatchRules.LIFETIME_PATH);
        op.put("value", lifetime.toSeconds());
        operations(token).add(op);
        return this;
    }

    private TokenResponseBuilder patch(Token token, String operation, ClaimPath path, @Nullable Object value) {
        Objects.requireNonNull(path, "path");
        JsonNode node = operation.equals("remove") || value == null ? null : HookJson.toNode(value);
        rules(token).check(operation, path, node);
        ObjectNode op = op(operation, path.pointer());
        if (node != null) {
            op.set("value", node);
        }
        operations(token).add(op);
        return this;
    }

    /** The rules of one token, holding the token as the patches so far leave it (request-bound builders). */
    private TokenPatchRules rules(Token token) {
        if (token == Token.ID) {
            idRules = idRules == null ? TokenPatchRules.of(token, request) : idRules;
            return idRules;
        }
        accessRules = accessRules == null ? TokenPatchRules.of(token, request) : accessRules;
        return accessRules;
    }

    private ArrayNode operations(Token token) {
        JsonNode existing = draft.last(token.commandType());
        if (existing instanceof ArrayNode array) {
            return array;
        }
        return draft.add(token.commandType(), JsonNodeFactory.instance.arrayNode());
    }

    private static ObjectNode op(String operation, String path) {
        ObjectNode op = HookJson.newObject();
        op.put("op", operation);
        op.put("path", path);
        return op;
    }
}
