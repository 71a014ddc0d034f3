package io.oktahooks.testkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.HookParseException;
import io.oktahooks.core.HookResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.core.InvalidResponseException;
import io.oktahooks.core.registration.RegistrationResponseBuilder;
import io.oktahooks.core.saml.SamlResponseBuilder;
import io.oktahooks.core.internal.TokenPatchRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks an HTTP reply against Okta's hook contract, the way Okta would read it: the status, the
 * JSON shape, the command types allowed for the hook type, each command's rules (the same rules the
 * SDK's response builders enforce), the {@code error} and {@code ErrorCause} fields, the 256 KB
 * limit and the verification echo. Works on replies from any service, SDK-built or not.
 */
public final class ResponseContract {

    private static final Set<String> TOP_LEVEL = Set.of("commands", "error", "debugContext");
    private static final Set<String> CAUSE_FIELDS = Set.of("errorSummary", "reason", "locationType", "location", "domain");
    private static final Set<String> LOCATION_TYPES = Set.of("body", "header", "url", "query");

    private ResponseContract() {
    }

    /** Violations of a reply to a POST of the given hook type; empty when the reply meets the contract. */
    public static List<ContractViolation> check(HookType type, HookHttpResponse reply) {
        List<ContractViolation> violations = new ArrayList<>();
        int status = reply.status();
        byte[] body = reply.body();
        if (status == 204) {
            if (!type.allowsEmptyResponse()) {
                violations.add(new ContractViolation("status", "204 is not documented for " + type.displayName()
                        + " hooks; answer 200 with a JSON body"));
            }
            if (body.length > 0) {
                violations.add(new ContractViolation("empty-body", "a 204 reply must have no body"));
            }
            return violations;
        }
        if (status != 200) {
            violations.add(new ContractViolation("status", "status " + status + " is not 200 or 204: Okta counts the call as failed ("
                    + failureEffect(type) + ")"));
            return violations;
        }
        if (body.length >= HookResponse.MAX_BYTES) {
            violations.add(new ContractViolation("size", "the reply is " + body.length + " bytes; Okta accepts less than "
                    + HookResponse.MAX_BYTES));
        }
        if (type == HookType.EVENT) {
            return violations;
        }
        if (body.length == 0) {
            violations.add(new ContractViolation("json", "a 200 reply to a " + type.displayName()
                    + " hook must carry a JSON object (use 204 for no change)"));
            return violations;
        }
        String contentType = header(reply, "Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            violations.add(new ContractViolation("content-type", "Content-Type is " + contentType + ", not application/json"));
        }
        JsonNode json;
        try {
            json = HookJson.readTree(body);
        } catch (HookParseException e) {
            violations.add(new ContractViolation("json", "the body is not valid JSON: " + e.getMessage()));
            return violations;
        }
        if (!json.isObject()) {
            violations.add(new ContractViolation("json", "the body must be a JSON object"));
            return violations;
        }
        json.fieldNames().forEachRemaining(name -> {
            if (!TOP_LEVEL.contains(name)) {
                violations.add(new ContractViolation("unknown-member", "top-level member '" + name
                        + "' is not part of Okta's response (commands, error, debugContext)"));
            }
        });
        checkCommands(type, json.get("commands"), violations);
        checkError(json.get("error"), violations);
        JsonNode debug = json.get("debugContext");
        if (debug != null && !debug.isObject()) {
            violations.add(new ContractViolation("debug-context", "debugContext must be a JSON object"));
        }
        return violations;
    }

    /** Violations of a reply to the event hook verification GET carrying {@code challenge}. */
    public static List<ContractViolation> checkVerification(String challenge, HookHttpResponse reply) {
        List<ContractViolation> violations = new ArrayList<>();
        if (reply.status() != 200) {
            violations.add(new ContractViolation("status", "the verification reply must be 200, not " + reply.status()));
            return violations;
        }
        try {
            JsonNode json = HookJson.readTree(reply.body());
            if (!json.isObject() || !challenge.equals(json.path("verification").asText(null))) {
                violations.add(new ContractViolation("verification", "the reply must be {\"verification\": \"" + challenge
                        + "\"}, echoing the x-okta-verification-challenge header"));
            }
        } catch (HookParseException e) {
            violations.add(new ContractViolation("verification", "the verification reply is not JSON: " + e.getMessage()));
        }
        return violations;
    }

    private static String failureEffect(HookType type) {
        return switch (type) {
            case TOKEN -> "the token is issued unmodified";
            case SAML -> "the original assertion is used";
            case REGISTRATION -> "the registration is denied";
            case USER_IMPORT -> "the user is imported with the default action";
            case PASSWORD_IMPORT -> "the sign-in fails";
            case TELEPHONY -> "Okta sends the code through its own providers";
            case EVENT -> "the delivery is retried or dropped";
        };
    }

    private static String header(HookHttpResponse reply, String name) {
        return reply.header(name).orElse(null);
    }

    private static void checkCommands(HookType type, JsonNode commands, List<ContractViolation> violations) {
        if (commands == null) {
            return;
        }
        if (!commands.isArray()) {
            violations.add(new ContractViolation("commands", "commands must be an array"));
            return;
        }
        TokenPatchRules idToken = TokenPatchRules.of(TokenPatchRules.Token.ID, null);
        TokenPatchRules accessToken = TokenPatchRules.of(TokenPatchRules.Token.ACCESS, null);
        SamlResponseBuilder saml = SamlResponseBuilder.create();
        RegistrationResponseBuilder registration = RegistrationResponseBuilder.create();
        boolean linkUser = false;
        boolean userUpdate = false;
        int index = 0;
        for (JsonNode command : commands) {
            String where = "/commands/" + index++;
            String commandType = command.path("type").asText("");
            JsonNode value = command.get("value");
            if (!type.commandTypes().contains(commandType)) {
                violations.add(new ContractViolation("command-type", where + ": command type '" + commandType
                        + "' does not belong to a " + type.displayName() + " (allowed: " + String.join(", ", sorted(type.commandTypes())) + ")"));
                continue;
            }
            if (value == null || value.isNull()) {
                violations.add(new ContractViolation("command-value", where + ": " + commandType + " has no value"));
                continue;
            }
            try {
                switch (commandType) {
                    case HookType.Commands.IDENTITY_PATCH, HookType.Commands.ACCESS_PATCH ->
                            checkTokenPatch(commandType.equals(HookType.Commands.IDENTITY_PATCH) ? idToken : accessToken, value,
                                    where, violations);
                    case HookType.Commands.ASSERTION_PATCH -> checkSamlPatch(saml, value, where, violations);
                    case HookType.Commands.USER_PROFILE_UPDATE, HookType.Commands.PROGRESSIVE_PROFILE_UPDATE,
                            HookType.Commands.APP_USER_PROFILE_UPDATE -> {
                        if (!value.isObject()) {
                            violations.add(new ContractViolation("command-value", where + ": " + commandType + " takes an object of attributes"));
                        } else if (type == HookType.REGISTRATION) {
                            Map<String, Object> attributes = new LinkedHashMap<>();
                            value.fields().forEachRemaining(e -> attributes.put(e.getKey(), e.getValue()));
                            if (commandType.equals(HookType.Commands.USER_PROFILE_UPDATE)) {
                                registration.updateUserProfile(attributes);
                            } else {
                                registration.updateProgressiveProfile(attributes);
                            }
                        }
                    }
                    case HookType.Commands.ACTION_UPDATE -> linkUser |= checkAction(type, value, where, violations);
                    case HookType.Commands.USER_UPDATE -> {
                        userUpdate = true;
                        if (!value.path("id").isTextual() || value.path("id").asText().isBlank()) {
                            violations.add(new ContractViolation("command-value", where + ": com.okta.user.update needs {\"id\": \"<okta user id>\"}"));
                        }
                    }
                    case HookType.Commands.TELEPHONY_ACTION -> checkTelephony(value, where, violations);
                    default -> { }
                }
            } catch (InvalidResponseException e) {
                violations.add(new ContractViolation("command-rule", where + ": " + e.getMessage()));
            }
        }
        if (linkUser && !userUpdate) {
            violations.add(new ContractViolation("link-user", "LINK_USER needs a com.okta.user.update {id} command naming the Okta user"));
        }
    }

    private static void checkTokenPatch(TokenPatchRules rules, JsonNode ops, String where,
            List<ContractViolation> violations) {
        if (!ops.isArray()) {
            violations.add(new ContractViolation("command-value", where + ": a token patch value is an array of operations"));
            return;
        }
        for (JsonNode op : ops) {
            try {
                rules.checkOperation(op);
            } catch (InvalidResponseException e) {
                String rule = e.rule() == InvalidResponseException.Rule.RESERVED_CLAIM ? "reserved-claim" : "patch-rule";
                violations.add(new ContractViolation(rule, where + ": " + e.getMessage()));
            }
        }
    }

    private static void checkSamlPatch(SamlResponseBuilder builder, JsonNode ops, String where, List<ContractViolation> violations) {
        if (!ops.isArray()) {
            violations.add(new ContractViolation("command-value", where + ": an assertion patch value is an array of operations"));
            return;
        }
        for (JsonNode op : ops) {
            String operation = op.path("op").asText("");
            String path = op.path("path").asText("");
            try {
                switch (operation) {
                    case "add" -> builder.add(path, op.get("value"));
                    case "replace" -> builder.replace(path, op.get("value"));
                    default -> violations.add(new ContractViolation("patch-op", where + ": op '" + operation
                            + "' is not add or replace (Okta documents no other for assertions)"));
                }
            } catch (InvalidResponseException e) {
                violations.add(new ContractViolation("patch-rule", where + ": " + e.getMessage()));
            }
        }
    }

    /** Returns true when the action is LINK_USER. */
    private static boolean checkAction(HookType type, JsonNode value, String where, List<ContractViolation> violations) {
        String member = switch (type) {
            case REGISTRATION -> "registration";
            case USER_IMPORT -> "result";
            case PASSWORD_IMPORT -> "credential";
            default -> "";
        };
        Set<String> allowed = switch (type) {
            case REGISTRATION -> Set.of("ALLOW", "DENY");
            case USER_IMPORT -> Set.of("CREATE_USER", "LINK_USER");
            case PASSWORD_IMPORT -> Set.of("VERIFIED", "UNVERIFIED");
            default -> Set.of();
        };
        String actual = value.path(member).asText(null);
        if (actual == null || !allowed.contains(actual)) {
            violations.add(new ContractViolation("action", where + ": com.okta.action.update for a " + type.displayName()
                    + " hook is {\"" + member + "\": " + String.join("|", sorted(allowed)) + "}, not " + value));
        }
        return "LINK_USER".equals(actual);
    }

    private static void checkTelephony(JsonNode value, String where, List<ContractViolation> violations) {
        if (!value.isArray() || value.isEmpty()) {
            violations.add(new ContractViolation("command-value", where + ": com.okta.telephony.action takes an array of results"));
            return;
        }
        for (JsonNode result : value) {
            String status = result.path("status").asText("");
            if (!Set.of("SUCCESSFUL", "PENDING", "FAILED").contains(status)) {
                violations.add(new ContractViolation("telephony-status", where + ": status must be SUCCESSFUL, PENDING or FAILED, not '"
                        + status + "'"));
            }
        }
    }

    private static void checkError(JsonNode error, List<ContractViolation> violations) {
        if (error == null) {
            return;
        }
        if (!error.isObject()) {
            violations.add(new ContractViolation("error", "error must be an object {errorSummary, errorCauses}"));
            return;
        }
        if (error.has("errorSummary") && !error.get("errorSummary").isTextual()) {
            violations.add(new ContractViolation("error", "error.errorSummary must be a string when present (without it Okta "
                    + "shows its default message)"));
        }
        JsonNode causes = error.get("errorCauses");
        if (causes == null) {
            return;
        }
        if (!causes.isArray()) {
            violations.add(new ContractViolation("error-cause", "error.errorCauses must be an array"));
            return;
        }
        for (JsonNode cause : causes) {
            if (!cause.isObject()) {
                violations.add(new ContractViolation("error-cause", "each error cause must be an object"));
                continue;
            }
            cause.fields().forEachRemaining(field -> {
                if (!CAUSE_FIELDS.contains(field.getKey())) {
                    violations.add(new ContractViolation("error-cause", "error cause member '" + field.getKey() + "' is not an ErrorCause field"));
                } else if (!field.getValue().isTextual()) {
                    violations.add(new ContractViolation("error-cause", "error cause member '" + field.getKey() + "' must be a string"));
                }
            });
            if (cause.has("locationType") && !LOCATION_TYPES.contains(cause.get("locationType").asText())) {
                violations.add(new ContractViolation("error-cause", "locationType must be body, header, url or query"));
            }
        }
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
