package io.oktahooks.testkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookParseException;
import io.oktahooks.core.HookRequest;
import io.oktahooks.core.HookResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.core.InvalidResponseException;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.internal.ResponseRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks an HTTP reply against Okta's hook contract, the way Okta would read it: the status, the
 * JSON shape, the command types allowed for the hook type, each command's rules (the same rules the
 * SDK's response builders and endpoint enforce, from one implementation), the {@code error} and
 * {@code ErrorCause} fields, the 256 KB limit and the verification echo. Works on replies from any
 * service, SDK-built or not.
 *
 * <p>Given the request that was sent ({@link #check(HookRequest, HookHttpResponse)}), it also
 * applies every rule that depends on it, as Okta does: no patch of a token the request does not
 * mint, no replace or remove of a claim, member or element the sent token lacks, nested paths that
 * fit the token's JSON (objects and arrays that exist, indices within the array), and the
 * registration profile command of the request's own flow (self-service or progressive profile).
 *
 * <p>Each violation has a stable code ({@link ContractViolation#rule()}): {@code status},
 * {@code empty-body}, {@code size}, {@code json}, {@code content-type}, {@code unknown-member},
 * {@code error}, {@code error-cause}, {@code debug-context}, {@code verification}, {@code timeout},
 * and for a broken command rule the code of its {@link InvalidResponseException.Rule}
 * ({@link ContractViolation#code(InvalidResponseException.Rule)}, e.g. {@code token-not-minted}).
 */
public final class ResponseContract {

    private static final Set<String> TOP_LEVEL = Set.of("commands", "error", "debugContext");
    private static final Set<String> CAUSE_FIELDS =
            Set.of("errorSummary", "reason", "locationType", "location", "domain");
    private static final Set<String> LOCATION_TYPES = Set.of("body", "header", "url", "query");

    private ResponseContract() {}

    /**
     * Violations of a reply to a POST of the given hook type, checking the rules that hold for
     * every request of that type; empty when the reply meets them. Prefer
     * {@link #check(HookRequest, HookHttpResponse)}, which also checks the request-dependent rules.
     */
    public static List<ContractViolation> check(HookType type, HookHttpResponse reply) {
        return check(type, null, reply);
    }

    /**
     * Violations of a reply to this request, checking every rule, the request-dependent ones
     * included; empty when the reply meets the contract.
     */
    public static List<ContractViolation> check(HookRequest request, HookHttpResponse reply) {
        return check(request.type(), request, reply);
    }

    private static List<ContractViolation> check(HookType type, @Nullable HookRequest request, HookHttpResponse reply) {
        List<ContractViolation> violations = new ArrayList<>();
        int status = reply.status();
        byte[] body = reply.body();
        if (status == 204) {
            if (!type.allowsEmptyResponse()) {
                violations.add(new ContractViolation(
                        "status",
                        "204 is not documented for " + type.displayName() + "s; answer 200 with a JSON body"));
            }
            if (body.length > 0) {
                violations.add(new ContractViolation("empty-body", "a 204 reply must have no body"));
            }
            return violations;
        }
        if (status != 200) {
            violations.add(new ContractViolation(
                    "status",
                    "status " + status + " is not 200 or 204: Okta counts the call as failed (" + failureEffect(type)
                            + ")"));
            return violations;
        }
        if (body.length >= HookResponse.MAX_BYTES) {
            violations.add(new ContractViolation(
                    "size",
                    "the reply is " + body.length + " bytes; Okta accepts less than " + HookResponse.MAX_BYTES));
        }
        if (type == HookType.EVENT) {
            return violations;
        }
        if (body.length == 0) {
            violations.add(new ContractViolation(
                    "json",
                    "a 200 reply to a " + type.displayName() + " must carry a JSON object (use 204 for no change)"));
            return violations;
        }
        String contentType = header(reply, "Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            violations.add(
                    new ContractViolation("content-type", "Content-Type is " + contentType + ", not application/json"));
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
                violations.add(new ContractViolation(
                        "unknown-member",
                        "top-level member '" + name
                                + "' is not part of Okta's response (commands, error, debugContext)"));
            }
        });
        for (ResponseRules.Violation violation : ResponseRules.check(type, json, request)) {
            violations.add(new ContractViolation(ContractViolation.code(violation.rule()), violation.toString()));
        }
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
            violations.add(
                    new ContractViolation("status", "the verification reply must be 200, not " + reply.status()));
            return violations;
        }
        try {
            JsonNode json = HookJson.readTree(reply.body());
            if (!json.isObject() || !challenge.equals(json.path("verification").asText(null))) {
                violations.add(new ContractViolation(
                        "verification",
                        "the reply must be {\"verification\": \"" + challenge
                                + "\"}, echoing the x-okta-verification-challenge header"));
            }
        } catch (HookParseException e) {
            violations.add(
                    new ContractViolation("verification", "the verification reply is not JSON: " + e.getMessage()));
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

    private static @Nullable String header(HookHttpResponse reply, String name) {
        return reply.header(name).orElse(null);
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
            violations.add(new ContractViolation(
                    "error",
                    "error.errorSummary must be a string when present (without it Okta "
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
            cause.properties().forEach(field -> {
                if (!CAUSE_FIELDS.contains(field.getKey())) {
                    violations.add(new ContractViolation(
                            "error-cause", "error cause member '" + field.getKey() + "' is not an ErrorCause field"));
                } else if (!field.getValue().isTextual()) {
                    violations.add(new ContractViolation(
                            "error-cause", "error cause member '" + field.getKey() + "' must be a string"));
                }
            });
            if (cause.has("locationType")
                    && !LOCATION_TYPES.contains(cause.get("locationType").asText())) {
                violations.add(new ContractViolation("error-cause", "locationType must be body, header, url or query"));
            }
        }
    }
}
