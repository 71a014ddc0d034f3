package io.oktahooks.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.HookType;
import io.oktahooks.core.InvalidResponseException;
import io.oktahooks.core.InvalidResponseException.Rule;
import io.oktahooks.core.token.ClaimPath;
import io.oktahooks.core.token.MintedToken;
import io.oktahooks.core.token.TokenRequest;
import io.oktahooks.core.token.TokenResponseBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Okta's rules for the patch of one token ({@code com.okta.identity.patch} or
 * {@code com.okta.access.patch}) in one response: the one implementation behind
 * {@code TokenResponseBuilder} (each patch as it is added), the endpoint's check of a handler's
 * response and the testkit's contract check (each operation of the JSON). Not API.
 *
 * <p>Without a request it checks what holds for every request: reserved claims, paths, values,
 * lifetimes. With the request it also checks what Okta checks against the token it is minting:
 * the token is minted; a replaced or removed claim, member or element exists; every object and
 * array on a path exists and has the JSON type the step needs; array indices lie within the array.
 * Operations apply in order, as in JSON Patch, so each is checked against the token as the
 * operations before it left it (a claim added first can be patched inside afterwards).
 *
 * <p>Messages name the operation, the path, the rule and what the token has there (its JSON type
 * and size), never a claim value. Single-threaded, like the builder or the check that owns it.
 */
public final class TokenPatchRules {

    /** The path of a token's lifetime, the only patchable path outside {@code /claims/}. */
    public static final String LIFETIME_PATH = "/token/lifetime/expiration";

    private static final String CLAIMS_PREFIX = "/claims/";

    /** Reserved claims that an access token (but never an ID token) may patch: replaced, never removed. */
    private static final Set<String> ACCESS_TOKEN_PATCHABLE = Set.of("aud", "sub");

    /** Which token a patch applies to. */
    public enum Token {
        /** The ID token: {@code com.okta.identity.patch}, {@code data.identity}. */
        ID("ID token", HookType.Commands.IDENTITY_PATCH, "identity"),
        /** The access token: {@code com.okta.access.patch}, {@code data.access}. */
        ACCESS("access token", HookType.Commands.ACCESS_PATCH, "access");

        private final String label;
        private final String commandType;
        private final String dataMember;

        Token(String label, String commandType, String dataMember) {
            this.label = label;
            this.commandType = commandType;
            this.dataMember = dataMember;
        }

        /** "ID token" or "access token". */
        public String label() {
            return label;
        }

        /** The command that patches this token. */
        public String commandType() {
            return commandType;
        }
    }

    private final Token token;
    private final boolean requestKnown;
    private final @Nullable MintedToken minted;
    /*
     * The token's claims as the operations so far left them, without copying the request's: the
     * request's claims object (only read), overlaid by the claims operations set (this object's own
     * nodes: a value copied when set, or a request claim deep-copied once before an operation
     * reaches inside it) and the claims they removed. The request's tree is never changed.
     */
    private @Nullable ObjectNode requestedClaims;
    private @Nullable ObjectNode changedClaims;
    private @Nullable Set<String> removedClaims;

    private TokenPatchRules(Token token, @Nullable TokenRequest request) {
        this.token = token;
        this.requestKnown = request != null;
        Optional<MintedToken> fromRequest =
                request == null ? Optional.empty() : token == Token.ID ? request.identity() : request.access();
        this.minted = fromRequest.orElse(null);
    }

    /**
     * The rules for one token of one response.
     *
     * @param request the request answered, or null when it is not known (only the rules that hold
     *     for every request are checked)
     */
    public static TokenPatchRules of(Token token, @Nullable TokenRequest request) {
        return new TokenPatchRules(token, request);
    }

    /**
     * Checks one claim operation and, when it passes, applies it to the token as this patch leaves it.
     *
     * @param operation {@code add}, {@code replace} or {@code remove}
     * @param value the operand; null (or JSON null) for none
     * @throws InvalidResponseException naming the rule broken
     */
    public void check(String operation, ClaimPath path, @Nullable JsonNode value) {
        String claim = path.claim();
        boolean systemClaim = token == Token.ACCESS && ACCESS_TOKEN_PATCHABLE.contains(claim);
        if (TokenResponseBuilder.RESERVED_CLAIMS.contains(claim) && !systemClaim) {
            throw new InvalidResponseException(
                    Rule.RESERVED_CLAIM,
                    "claim '" + claim + "' is reserved by Okta and cannot be "
                            + "patched in " + (token == Token.ID ? "an ID token" : "an access token")
                            + (ACCESS_TOKEN_PATCHABLE.contains(claim)
                                    ? " (aud and sub may be patched in access tokens only)"
                                    : ""));
        }
        if (systemClaim && operation.equals("remove") && path.steps().isEmpty()) {
            throw new InvalidResponseException(
                    Rule.SYSTEM_CLAIM_REMOVED,
                    "claim '" + claim + "' may be replaced in an "
                            + "access token but never removed: Okta's remove rules allow no system claim");
        }
        if (path.isAppend() && !operation.equals("add")) {
            throw new InvalidResponseException(
                    Rule.INVALID_PATH,
                    "'-' appends to an array and only works with add, not " + operation + " (path " + path.pointer()
                            + ")");
        }
        boolean hasValue = value != null && !value.isNull() && !value.isMissingNode();
        if (!operation.equals("remove") && !hasValue) {
            throw new InvalidResponseException(
                    Rule.MISSING_VALUE,
                    operation + " of " + path.pointer() + " in the " + token.label
                            + " needs a value; to delete a claim use remove");
        }
        if (operation.equals("remove") && hasValue) {
            throw new InvalidResponseException(
                    Rule.REMOVE_WITH_VALUE,
                    "remove of " + path.pointer() + " in the " + token.label
                            + " carries a value; Okta drops the whole patch (send no value, or null)");
        }
        requireMinted();
        if (requestKnown) {
            JsonNode target = checkAgainstToken(operation, path);
            apply(operation, path, target, value);
        }
    }

    /**
     * Checks a lifetime change: whole seconds from 300 to 86,400, for a token being minted.
     *
     * @throws InvalidResponseException naming the rule broken
     */
    public void checkLifetime(Duration lifetime) {
        if (lifetime.compareTo(TokenResponseBuilder.MIN_LIFETIME) < 0
                || lifetime.compareTo(TokenResponseBuilder.MAX_LIFETIME) > 0
                || lifetime.getNano() != 0) {
            throw new InvalidResponseException(
                    Rule.LIFETIME_OUT_OF_RANGE,
                    "the " + token.label + " lifetime must be whole "
                            + "seconds between " + TokenResponseBuilder.MIN_LIFETIME.toSeconds() + " and "
                            + TokenResponseBuilder.MAX_LIFETIME.toSeconds() + " (5 minutes to 24 hours), not "
                            + (lifetime.getNano() == 0
                                    ? Long.toString(lifetime.getSeconds())
                                    : Double.toString(lifetime.toMillis() / 1000.0))
                            + " seconds");
        }
        requireMinted();
    }

    /**
     * Checks one operation as Okta reads it from the JSON ({@code {op, path, value}}), resolving
     * each step of the path by what the token carries there.
     *
     * @throws InvalidResponseException naming the rule broken
     */
    public void checkOperation(JsonNode operation) {
        if (!operation.isObject()) {
            throw new InvalidResponseException(
                    Rule.INVALID_VALUE, "a patch operation is an object {op, path, value}, not " + describe(operation));
        }
        String op = operation.path("op").isTextual() ? operation.get("op").textValue() : "";
        JsonNode pathNode = operation.get("path");
        if (pathNode == null || !pathNode.isTextual()) {
            throw new InvalidResponseException(
                    Rule.INVALID_PATH,
                    "a patch operation needs a path string (/claims/<name>... or " + LIFETIME_PATH + ")");
        }
        String path = pathNode.textValue();
        JsonNode value = operation.get("value");
        if (path.equals(LIFETIME_PATH)) {
            if (!op.equals("replace")) {
                throw new InvalidResponseException(
                        Rule.INVALID_OPERATION,
                        "the " + token.label + " lifetime is changed with " + "replace of " + LIFETIME_PATH + ", not '"
                                + op + "'");
            }
            if (value == null || !value.isNumber()) {
                throw new InvalidResponseException(
                        Rule.INVALID_VALUE,
                        "the " + token.label + " lifetime is a number of " + "seconds, not " + describe(value));
            }
            checkLifetime(
                    !value.isIntegralNumber()
                            ? Duration.ofMillis(Math.round(value.doubleValue() * 1000))
                            : value.canConvertToLong()
                                    ? Duration.ofSeconds(value.longValue())
                                    : Duration.ofSeconds(Long.MAX_VALUE));
            return;
        }
        if (!Set.of("add", "replace", "remove").contains(op)) {
            throw new InvalidResponseException(
                    Rule.INVALID_OPERATION,
                    "op '" + op + "' is not add, replace or remove " + "(Okta documents no other for tokens)");
        }
        if (!path.startsWith(CLAIMS_PREFIX)) {
            throw new InvalidResponseException(
                    Rule.INVALID_PATH,
                    "path " + path + " must start with " + CLAIMS_PREFIX + " or be " + LIFETIME_PATH);
        }
        check(op, resolve(path.substring(CLAIMS_PREFIX.length())), value);
    }

    /** The claim path a JSON Pointer (below {@code /claims/}) means for the token as it is now. */
    private ClaimPath resolve(String pointer) {
        String[] tokens = pointer.split("/", -1);
        String claim = JsonPointers.unescape(tokens[0]);
        List<ClaimPath.Step> steps = new ArrayList<>();
        JsonNode current = requestKnown && minted != null ? claim(claim) : null;
        for (int i = 1; i < tokens.length; i++) {
            String token = JsonPointers.unescape(tokens[i]);
            boolean last = i == tokens.length - 1;
            ClaimPath.Step step;
            if (current instanceof ArrayNode && (token.equals("-") || token.matches("[0-9]+"))) {
                step = token.equals("-") ? new ClaimPath.Append() : new ClaimPath.Element(index(token, pointer));
            } else if (current == null && token.equals("-") && last) {
                step = new ClaimPath.Append(); // nothing known there: read '-' as its usual meaning, append
            } else {
                step = new ClaimPath.Member(token);
            }
            steps.add(step);
            current = current == null
                    ? null
                    : step instanceof ClaimPath.Member member
                            ? current.get(member.name())
                            : step instanceof ClaimPath.Element element ? current.get(element.index()) : null;
        }
        return new ClaimPath(claim, steps);
    }

    /** The index a run of digits names in an array; RFC 6901 allows no leading zeros. */
    private static int index(String digits, String pointer) {
        if (!digits.matches("0|[1-9][0-9]{0,8}")) {
            throw new InvalidResponseException(
                    digits.startsWith("0") ? Rule.INVALID_PATH : Rule.INDEX_OUT_OF_RANGE,
                    "'" + digits + "' in " + CLAIMS_PREFIX + pointer
                            + " addresses an array element: use a zero-based index "
                            + "without leading zeros, within the array, or '-' to append");
        }
        return Integer.parseInt(digits);
    }

    private void requireMinted() {
        if (requestKnown && minted == null) {
            throw new InvalidResponseException(
                    Rule.TOKEN_NOT_MINTED,
                    "this request mints no " + token.label + " (data." + token.dataMember
                            + " is absent): Okta fails the whole response if it carries " + token.commandType);
        }
    }

    /** A claim of the token as the operations so far left it; null when it has none. */
    private @Nullable JsonNode claim(String name) {
        ObjectNode changed = changedClaims;
        if (changed != null) {
            JsonNode value = changed.get(name);
            if (value != null) {
                return value;
            }
        }
        Set<String> removed = removedClaims;
        if (removed != null && removed.contains(name)) {
            return null;
        }
        ObjectNode requested = requestedClaims;
        if (requested == null) {
            JsonNode claims =
                    Nodes.of(Objects.requireNonNull(minted, "minted token")).get("claims");
            requested = claims instanceof ObjectNode object ? object : HookJson.newObject();
            requestedClaims = requested;
        }
        return requested.get(name);
    }

    /** The claim as this object's own node, safe to change inside: the request's is deep-copied first (once). */
    private JsonNode ownClaim(String name, JsonNode current) {
        JsonNode value = current;
        ObjectNode changed = changedClaims;
        if (changed == null
                || changed.get(name) == null) { // still the request's node (an overlaid claim wins in claim())
            value = value.deepCopy();
            setClaim(name, value);
        }
        return value;
    }

    /** Sets (null: removes) a whole claim. */
    private void setClaim(String name, @Nullable JsonNode value) {
        ObjectNode changed = changedClaims;
        if (changed == null) {
            changed = HookJson.newObject();
            changedClaims = changed;
        }
        Set<String> removed = removedClaims;
        if (value == null) {
            changed.remove(name);
            if (removed == null) {
                removed = new HashSet<>();
                removedClaims = removed;
            }
            removed.add(name);
        } else {
            changed.set(name, value);
            if (removed != null) {
                removed.remove(name);
            }
        }
    }

    /**
     * Checks the operation against the token as it is now and returns the node the last step
     * applies to; null for a whole claim (which {@link #apply} sets or removes).
     */
    private @Nullable JsonNode checkAgainstToken(String operation, ClaimPath path) {
        String claim = path.claim();
        JsonNode current = claim(claim);
        if (path.steps().isEmpty()) {
            if (!operation.equals("add") && current == null) {
                throw new InvalidResponseException(
                        Rule.CLAIM_NOT_PRESENT,
                        "the " + token.label + " has no claim '" + claim + "': " + operation
                                + " only works on claims the token already has; use add");
            }
            return null; // a whole claim: apply sets or removes it
        }
        if (current == null) {
            throw new InvalidResponseException(
                    Rule.CLAIM_NOT_PRESENT,
                    "the " + token.label + " has no claim '" + claim + "': Okta cannot " + operation
                            + " inside a claim the token does not have (" + path.pointer() + ")");
        }
        current = ownClaim(claim, current); // the operation will change something inside this claim
        String at = CLAIMS_PREFIX + JsonPointers.escape(claim);
        List<ClaimPath.Step> steps = path.steps();
        for (int i = 0; i < steps.size() - 1; i++) {
            ClaimPath.Step step = steps.get(i);
            requireContainer(step, current, operation, path, at);
            JsonNode next = step instanceof ClaimPath.Member member ? current.get(member.name()) : null;
            if (step instanceof ClaimPath.Element element) {
                requireIndex(element.index(), current.size() - 1, operation, path, at, current);
                next = current.get(element.index());
            }
            at = at + "/" + JsonPointers.escape(step.token());
            if (next == null) {
                throw new InvalidResponseException(
                        Rule.CLAIM_NOT_PRESENT,
                        refusal(operation, path, "every object and array on the path must exist", "nothing", at));
            }
            current = next;
        }
        ClaimPath.Step last = steps.get(steps.size() - 1);
        requireContainer(last, current, operation, path, at);
        if (last instanceof ClaimPath.Member member && !operation.equals("add") && !current.has(member.name())) {
            throw new InvalidResponseException(
                    Rule.CLAIM_NOT_PRESENT,
                    refusal(
                            operation,
                            path,
                            operation + " needs an existing member '" + member.name() + "'",
                            describe(current),
                            at));
        }
        if (last instanceof ClaimPath.Element element) {
            requireIndex(
                    element.index(),
                    operation.equals("add") ? current.size() : current.size() - 1,
                    operation,
                    path,
                    at,
                    current);
        }
        return current;
    }

    private void requireContainer(ClaimPath.Step step, JsonNode node, String operation, ClaimPath path, String at) {
        if (step instanceof ClaimPath.Member && !node.isObject()) {
            throw new InvalidResponseException(
                    Rule.WRONG_JSON_TYPE,
                    refusal(
                            operation,
                            path,
                            "a member can only be addressed inside a JSON object",
                            describe(node),
                            at));
        }
        if (!(step instanceof ClaimPath.Member) && !node.isArray()) {
            throw new InvalidResponseException(
                    Rule.WRONG_JSON_TYPE,
                    refusal(
                            operation,
                            path,
                            (step instanceof ClaimPath.Append ? "append" : "an element index")
                                    + " only works on a JSON array",
                            describe(node),
                            at));
        }
    }

    private void requireIndex(int index, int highest, String operation, ClaimPath path, String at, JsonNode array) {
        if (index > highest) {
            String allowed = highest < 0
                    ? "the array is empty, so there is no element to " + operation
                    : "the index must be 0 to " + highest + (operation.equals("add") ? " (or '-' to append)" : "");
            throw new InvalidResponseException(
                    Rule.INDEX_OUT_OF_RANGE, refusal(operation, path, allowed, describe(array), at));
        }
    }

    private String refusal(String operation, ClaimPath path, String rule, String found, String at) {
        return operation + " of " + path.pointer() + " in the " + token.label + ": " + rule + "; the token has " + found
                + " at " + at;
    }

    private void apply(String operation, ClaimPath path, @Nullable JsonNode target, @Nullable JsonNode value) {
        JsonNode copy = value == null ? null : value.deepCopy();
        ClaimPath.Step last = path.steps().isEmpty()
                ? new ClaimPath.Member(path.claim())
                : path.steps().get(path.steps().size() - 1);
        if (path.steps().isEmpty()) {
            setClaim(path.claim(), operation.equals("remove") ? null : copy);
            return;
        }
        JsonNode container = Objects.requireNonNull(target, "the object or array the operation applies to");
        if (last instanceof ClaimPath.Member member) {
            ObjectNode object = (ObjectNode) container;
            if (operation.equals("remove")) {
                object.remove(member.name());
            } else {
                object.set(member.name(), copy);
            }
        } else if (last instanceof ClaimPath.Element element) {
            ArrayNode array = (ArrayNode) container;
            switch (operation) {
                case "add" -> array.insert(element.index(), copy);
                case "replace" -> array.set(element.index(), copy);
                default -> array.remove(element.index());
            }
        } else {
            ((ArrayNode) container).add(copy);
        }
    }

    /** What the token has at a place, by JSON type and size; never the value. */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case OBJECT -> "a JSON object with " + node.size() + (node.size() == 1 ? " member" : " members");
            case ARRAY -> "a JSON array of " + node.size() + (node.size() == 1 ? " element" : " elements");
            case STRING -> "a JSON string";
            case NUMBER -> "a JSON number";
            case BOOLEAN -> "a JSON boolean";
            case NULL -> "JSON null";
            default -> "a JSON " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
