package io.oktahooks.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.HookRequest;
import io.oktahooks.core.HookType;
import io.oktahooks.core.InvalidResponseException;
import io.oktahooks.core.InvalidResponseException.Rule;
import io.oktahooks.core.registration.RegistrationRequest;
import io.oktahooks.core.token.TokenRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Okta's documented rules for a response's {@code commands}, checked on the JSON Okta reads: the
 * one implementation behind the per-type builders (which call the per-command checks as commands
 * are added), the endpoint (which checks every handler's response against the request it answers
 * before sending it) and the testkit's contract check (which checks any service's reply). Not API.
 *
 * <p>Without a request only the rules that hold for every request are checked; with it also the
 * request-dependent ones: token patches against the tokens minted ({@link TokenPatchRules}) and
 * registration profile commands against the kind of registration request.
 */
public final class ResponseRules {

    private static final List<String> SAML_PATCHABLE_ROOTS =
            List.of("/subject/", "/authentication/", "/conditions/", "/claims/");

    /** The attribute a registration hook can never set. */
    private static final Set<String> REGISTRATION_FORBIDDEN = Set.of("password");

    private ResponseRules() {}

    /**
     * One broken rule.
     *
     * @param rule the rule
     * @param where a JSON Pointer into the response, e.g. {@code /commands/0/value/2}
     * @param message the rule in words, naming the path and what is wrong (never a claim value)
     */
    public record Violation(Rule rule, String where, String message) {
        /** Requires every part. */
        public Violation {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(message, "message");
        }

        /** {@code where: message}. */
        @Override
        public String toString() {
            return where + ": " + message;
        }
    }

    /**
     * Every violation of the commands of a response to {@code type}.
     *
     * @param response the response JSON object (only {@code commands} is read; never changed)
     * @param request the request answered, or null when unknown (request-dependent rules are skipped)
     * @return the violations in the order Okta would meet them; empty when the commands meet every rule
     */
    public static List<Violation> check(HookType type, @Nullable JsonNode response, @Nullable HookRequest request) {
        List<Violation> violations = new ArrayList<>();
        JsonNode commands = response == null ? null : response.get("commands");
        if (commands == null) {
            return violations;
        }
        if (!commands.isArray()) {
            violations.add(
                    new Violation(Rule.INVALID_VALUE, "/commands", "commands must be an array of {type, value}"));
            return violations;
        }
        Check check = new Check(type, request, violations);
        int index = 0;
        for (JsonNode command : commands) {
            check.command("/commands/" + index++, command);
        }
        check.finish();
        return violations;
    }

    /**
     * Checks an attribute-update command value: at least one attribute, no empty names, and none
     * the hook type may never set (a registration hook's {@code password}).
     *
     * @throws InvalidResponseException naming the rule broken
     */
    public static void checkAttributes(HookType type, String commandType, ObjectNode attributes) {
        if (attributes.isEmpty()) {
            throw new InvalidResponseException(Rule.INVALID_ATTRIBUTE, commandType + " needs at least one attribute");
        }
        Set<String> forbidden = type == HookType.REGISTRATION ? REGISTRATION_FORBIDDEN : Set.of();
        attributes.fieldNames().forEachRemaining(name -> {
            if (name.isEmpty()) {
                throw new InvalidResponseException(
                        Rule.INVALID_ATTRIBUTE, commandType + " attribute names must not be empty");
            }
            if (forbidden.contains(name)) {
                throw new InvalidResponseException(
                        Rule.FORBIDDEN_ATTRIBUTE,
                        "a " + type.displayName() + " can never set '" + name + "' (" + commandType + ")");
            }
        });
    }

    /**
     * Checks that a registration profile command belongs to the kind of request answered:
     * {@code com.okta.user.profile.update} to self-service registration, the progressive-profile
     * command to progressive profile.
     *
     * @param kind the kind of request, or null when unknown
     * @throws InvalidResponseException naming the rule broken
     */
    public static void checkRegistrationKind(String commandType, RegistrationRequest.@Nullable Kind kind) {
        if (kind == RegistrationRequest.Kind.PROGRESSIVE_PROFILE
                && commandType.equals(HookType.Commands.USER_PROFILE_UPDATE)) {
            throw new InvalidResponseException(
                    Rule.WRONG_REQUEST_KIND,
                    HookType.Commands.USER_PROFILE_UPDATE + " is only "
                            + "valid for self-service registration; this is a progressive-profile request: use updateProgressiveProfile");
        }
        if (kind == RegistrationRequest.Kind.SELF_SERVICE_REGISTRATION
                && commandType.equals(HookType.Commands.PROGRESSIVE_PROFILE_UPDATE)) {
            throw new InvalidResponseException(
                    Rule.WRONG_REQUEST_KIND,
                    HookType.Commands.PROGRESSIVE_PROFILE_UPDATE + " is only "
                            + "valid for progressive profile; this is a self-service registration: use updateUserProfile");
        }
    }

    /**
     * Checks one SAML assertion patch operation: {@code add} or {@code replace}, a path under one
     * of the parts Okta lets a hook change, and a value.
     *
     * @param value the operand, or null when absent
     * @throws InvalidResponseException naming the rule broken
     */
    public static void checkSamlOperation(String operation, @Nullable String pointer, @Nullable JsonNode value) {
        if (!operation.equals("add") && !operation.equals("replace")) {
            throw new InvalidResponseException(
                    Rule.INVALID_OPERATION,
                    "op '" + operation + "' is not add or replace " + "(Okta documents no other for assertions)");
        }
        if (pointer == null || SAML_PATCHABLE_ROOTS.stream().noneMatch(pointer::startsWith)) {
            throw new InvalidResponseException(
                    Rule.INVALID_PATH,
                    "SAML patch path " + pointer + " must start with one of " + SAML_PATCHABLE_ROOTS
                            + "; Okta does not let a hook change other parts of the assertion");
        }
        if (value == null || value.isNull() || value.isMissingNode()) {
            throw new InvalidResponseException(
                    Rule.MISSING_VALUE,
                    "a SAML patch of " + pointer + " needs a value; Okta " + "documents no remove for assertions");
        }
    }

    /**
     * Checks that {@code com.okta.user.update} names the Okta user to link to.
     *
     * @throws InvalidResponseException naming the rule broken
     */
    public static void checkLinkedUserId(@Nullable String oktaUserId) {
        if (oktaUserId == null || oktaUserId.isBlank()) {
            throw new InvalidResponseException(
                    Rule.LINK_USER_WITHOUT_ID,
                    "LINK_USER needs the id of the Okta user to link "
                            + "to; Okta rejects LINK_USER without a com.okta.user.update {id} command");
        }
    }

    /** One pass over one response's commands; remembers what later commands depend on. */
    private static final class Check {
        private final HookType type;
        private final @Nullable HookRequest request;
        private final List<Violation> violations;
        private final Map<TokenPatchRules.Token, TokenPatchRules> tokens = new EnumMap<>(TokenPatchRules.Token.class);
        private @Nullable String decision;
        private boolean linkUser;
        private boolean userUpdate;

        Check(HookType type, @Nullable HookRequest request, List<Violation> violations) {
            this.type = type;
            this.request = request;
            this.violations = violations;
        }

        void command(String where, JsonNode command) {
            String commandType =
                    command.path("type").isTextual() ? command.get("type").textValue() : null;
            if (commandType == null) {
                violations.add(new Violation(
                        Rule.INVALID_VALUE, where, "a command is an object {type, value} with a type string"));
                return;
            }
            if (!type.commandTypes().contains(commandType)) {
                violations.add(new Violation(
                        Rule.COMMAND_NOT_ALLOWED,
                        where,
                        "command type " + Sanitize.quote(commandType)
                                + " does not belong to a " + type.displayName() + " (allowed: "
                                + (type.commandTypes().isEmpty()
                                        ? "none"
                                        : String.join(", ", new TreeSet<>(type.commandTypes())))
                                + ")"));
                return;
            }
            JsonNode value = command.get("value");
            if (value == null || value.isNull()) {
                violations.add(new Violation(Rule.MISSING_VALUE, where, commandType + " has no value"));
                return;
            }
            try {
                switch (commandType) {
                    case HookType.Commands.IDENTITY_PATCH -> tokenPatch(where, TokenPatchRules.Token.ID, value);
                    case HookType.Commands.ACCESS_PATCH -> tokenPatch(where, TokenPatchRules.Token.ACCESS, value);
                    case HookType.Commands.ASSERTION_PATCH -> samlPatch(where, value);
                    case HookType.Commands.USER_PROFILE_UPDATE,
                            HookType.Commands.PROGRESSIVE_PROFILE_UPDATE,
                            HookType.Commands.APP_USER_PROFILE_UPDATE -> attributes(commandType, value);
                    case HookType.Commands.ACTION_UPDATE -> action(value);
                    case HookType.Commands.USER_UPDATE -> {
                        userUpdate = true;
                        checkLinkedUserId(
                                value.path("id").isTextual() ? value.get("id").textValue() : null);
                    }
                    case HookType.Commands.TELEPHONY_ACTION -> telephony(value);
                    default -> throw new IllegalStateException("no rules for command type " + commandType);
                }
            } catch (InvalidResponseException e) {
                violations.add(new Violation(e.rule(), where, String.valueOf(e.getMessage())));
            }
        }

        void finish() {
            if (linkUser && !userUpdate) {
                violations.add(new Violation(
                        Rule.LINK_USER_WITHOUT_ID,
                        "/commands",
                        "LINK_USER needs a " + HookType.Commands.USER_UPDATE
                                + " {id} command naming the Okta user to link to"));
            }
        }

        private void tokenPatch(String where, TokenPatchRules.Token token, JsonNode operations) {
            if (!operations.isArray()) {
                throw new InvalidResponseException(Rule.INVALID_VALUE, "a token patch value is an array of operations");
            }
            TokenPatchRules rules = tokens.computeIfAbsent(
                    token,
                    t -> TokenPatchRules.of(t, request instanceof TokenRequest tokenRequest ? tokenRequest : null));
            int index = 0;
            for (JsonNode operation : operations) {
                String at = where + "/value/" + index++;
                try {
                    rules.checkOperation(operation);
                } catch (InvalidResponseException e) {
                    violations.add(new Violation(e.rule(), at, String.valueOf(e.getMessage())));
                }
            }
        }

        private void samlPatch(String where, JsonNode operations) {
            if (!operations.isArray()) {
                throw new InvalidResponseException(
                        Rule.INVALID_VALUE, "an assertion patch value is an array of operations");
            }
            int index = 0;
            for (JsonNode operation : operations) {
                String at = where + "/value/" + index++;
                try {
                    checkSamlOperation(
                            operation.path("op").asText(""),
                            operation.path("path").isTextual()
                                    ? operation.get("path").textValue()
                                    : null,
                            operation.get("value"));
                } catch (InvalidResponseException e) {
                    violations.add(new Violation(e.rule(), at, String.valueOf(e.getMessage())));
                }
            }
        }

        private void attributes(String commandType, JsonNode value) {
            if (!(value instanceof ObjectNode attributes)) {
                throw new InvalidResponseException(
                        Rule.INVALID_VALUE,
                        commandType + " takes an object of attributes, not " + TokenPatchRules.describe(value));
            }
            if (type == HookType.REGISTRATION) {
                checkRegistrationKind(
                        commandType, request instanceof RegistrationRequest registration ? registration.kind() : null);
            }
            checkAttributes(type, commandType, attributes);
        }

        private void action(JsonNode value) {
            String member = switch (type) {
                case REGISTRATION -> "registration";
                case USER_IMPORT -> "result";
                default -> "credential";
            };
            Set<String> allowed = switch (type) {
                case REGISTRATION -> Set.of("ALLOW", "DENY");
                case USER_IMPORT -> Set.of("CREATE_USER", "LINK_USER");
                default -> Set.of("VERIFIED", "UNVERIFIED");
            };
            JsonNode actual = value.get(member);
            if (actual == null || !actual.isTextual() || !allowed.contains(actual.textValue())) {
                throw new InvalidResponseException(
                        Rule.INVALID_VALUE,
                        HookType.Commands.ACTION_UPDATE + " for a "
                                + type.displayName() + " is {\"" + member + "\": "
                                + String.join(" | ", new TreeSet<>(allowed))
                                + "}, not "
                                + (actual == null
                                        ? "without " + member
                                        : TokenPatchRules.describe(actual)
                                                + (actual.isTextual()
                                                        ? " " + Sanitize.quote(actual.textValue())
                                                        : "")));
            }
            if (type != HookType.REGISTRATION) {
                decide("a " + type.displayName() + " response sets its " + member + " once ("
                        + String.join(" or ", new TreeSet<>(allowed)) + ")");
            }
            linkUser |= actual.textValue().equals("LINK_USER");
        }

        private void telephony(JsonNode value) {
            if (!value.isArray() || value.isEmpty()) {
                throw new InvalidResponseException(
                        Rule.INVALID_VALUE,
                        HookType.Commands.TELEPHONY_ACTION
                                + " takes an array of results {status, provider, transactionId, transactionMetadata}");
            }
            decide("a telephony response reports one outcome (one " + HookType.Commands.TELEPHONY_ACTION + ")");
            for (JsonNode result : value) {
                JsonNode status = result.get("status");
                if (status == null
                        || !status.isTextual()
                        || !Set.of("SUCCESSFUL", "PENDING", "FAILED").contains(status.textValue())) {
                    throw new InvalidResponseException(
                            Rule.INVALID_VALUE,
                            "a telephony result's status must be SUCCESSFUL, "
                                    + "PENDING or FAILED, not "
                                    + (status == null
                                            ? "absent"
                                            : TokenPatchRules.describe(status)
                                                    + (status.isTextual()
                                                            ? " " + Sanitize.quote(status.textValue())
                                                            : "")));
                }
            }
        }

        private void decide(String rule) {
            if (decision != null) {
                throw new InvalidResponseException(Rule.DECIDED_TWICE, rule);
            }
            decision = rule;
        }
    }
}
