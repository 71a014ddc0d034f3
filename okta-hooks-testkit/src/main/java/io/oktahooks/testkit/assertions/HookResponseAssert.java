package io.oktahooks.testkit.assertions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.oktahooks.core.HookType;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.internal.JsonPointers;
import io.oktahooks.core.telephony.TelephonyStatus;
import io.oktahooks.core.token.ClaimPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions on a hook response's JSON, whether it came from a {@code HookResponse} or
 * from the raw body of an HTTP reply. Failure messages show the expected JSON and the actual JSON
 * at the path that differs.
 *
 * <p>Get one from {@link HookAssertions#assertThat(io.oktahooks.core.HookResponse)} or
 * {@link HookAssertions#assertThatJson(byte[])}.
 */
public class HookResponseAssert extends AbstractAssert<HookResponseAssert, JsonNode> {

    /** @param actual the response JSON ({@code {}} for an empty response) */
    public HookResponseAssert(@Nullable JsonNode actual) {
        super(actual, HookResponseAssert.class);
    }

    private static String json(JsonNode node) {
        return node == null || node.isMissingNode() ? "(absent)" : node.toString();
    }

    private List<JsonNode> commands(String type) {
        isNotNull();
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode command : actual.path("commands")) {
            if (type.equals(command.path("type").asText())) {
                found.add(command.get("value"));
            }
        }
        return found;
    }

    /** The response has no {@code error}. */
    public HookResponseAssert hasNoError() {
        isNotNull();
        if (actual.has("error")) {
            failWithMessage("Expected no error but /error was:%n  %s", json(actual.get("error")));
        }
        return myself;
    }

    /** The response has an {@code error} with this {@code errorSummary}. */
    public HookResponseAssert hasError(String errorSummary) {
        isNotNull();
        JsonNode summary = actual.at("/error/errorSummary");
        if (!summary.isTextual() || !summary.asText().equals(errorSummary)) {
            failWithMessage(
                    "Expected /error/errorSummary to be:%n  %s%nbut /error was:%n  %s",
                    HookJson.toNode(errorSummary), json(actual.at("/error")));
        }
        return myself;
    }

    /** The {@code error} has a cause with this summary, reason and location (reason and location may be null to skip). */
    public HookResponseAssert hasErrorCause(String errorSummary, String reason, String location) {
        isNotNull();
        for (JsonNode cause : actual.at("/error/errorCauses")) {
            if (cause.path("errorSummary").asText().equals(errorSummary)
                    && (reason == null || cause.path("reason").asText().equals(reason))
                    && (location == null || cause.path("location").asText().equals(location))) {
                return myself;
            }
        }
        failWithMessage(
                "Expected an error cause {errorSummary=%s, reason=%s, location=%s}%nbut /error/errorCauses was:%n  %s",
                errorSummary, reason, location, json(actual.at("/error/errorCauses")));
        return myself;
    }

    /** The response is empty: no commands, error or debugContext (sent as HTTP 204). */
    public HookResponseAssert isEmptyResponse() {
        isNotNull();
        if (!actual.isObject() || actual.size() != 0) {
            failWithMessage("Expected an empty response ({} or 204) but was:%n  %s", json(actual));
        }
        return myself;
    }

    /** The response carries no commands. */
    public HookResponseAssert hasNoCommands() {
        isNotNull();
        if (actual.path("commands").size() > 0) {
            failWithMessage("Expected no commands but /commands was:%n  %s", json(actual.get("commands")));
        }
        return myself;
    }

    // --- token ---------------------------------------------------------------------------------

    /** The ID token patch adds this claim with this value. */
    public HookResponseAssert addsIdTokenClaim(String name, Object value) {
        return patches(
                HookType.Commands.IDENTITY_PATCH, "add", ClaimPath.claim(name).pointer(), value);
    }

    /** The ID token patch adds this value at this path. */
    public HookResponseAssert addsIdTokenClaim(ClaimPath path, Object value) {
        return patches(HookType.Commands.IDENTITY_PATCH, "add", path.pointer(), value);
    }

    /** The access token patch adds this claim with this value. */
    public HookResponseAssert addsAccessTokenClaim(String name, Object value) {
        return patches(
                HookType.Commands.ACCESS_PATCH, "add", ClaimPath.claim(name).pointer(), value);
    }

    /** The ID token patch replaces this claim with this value. */
    public HookResponseAssert replacesIdTokenClaim(String name, Object value) {
        return patches(
                HookType.Commands.IDENTITY_PATCH,
                "replace",
                ClaimPath.claim(name).pointer(),
                value);
    }

    /** The access token patch replaces this claim with this value. */
    public HookResponseAssert replacesAccessTokenClaim(String name, Object value) {
        return patches(
                HookType.Commands.ACCESS_PATCH, "replace", ClaimPath.claim(name).pointer(), value);
    }

    /** The ID token patch removes this claim. */
    public HookResponseAssert removesIdTokenClaim(String name) {
        return patches(
                HookType.Commands.IDENTITY_PATCH,
                "remove",
                ClaimPath.claim(name).pointer(),
                null);
    }

    /** The access token patch removes this claim. */
    public HookResponseAssert removesAccessTokenClaim(String name) {
        return patches(
                HookType.Commands.ACCESS_PATCH, "remove", ClaimPath.claim(name).pointer(), null);
    }

    /** No patch touches this claim in either token. */
    public HookResponseAssert doesNotPatchClaim(String name) {
        String pointer = ClaimPath.claim(name).pointer();
        for (String type : List.of(HookType.Commands.IDENTITY_PATCH, HookType.Commands.ACCESS_PATCH)) {
            for (JsonNode ops : commands(type)) {
                for (JsonNode op : ops) {
                    String path = op.path("path").asText();
                    if (path.equals(pointer) || path.startsWith(pointer + "/")) {
                        failWithMessage("Expected no patch of %s but %s has:%n  %s", pointer, type, json(op));
                    }
                }
            }
        }
        return myself;
    }

    /** The ID token's lifetime is set to this duration. */
    public HookResponseAssert setsIdTokenLifetime(Duration lifetime) {
        return patches(HookType.Commands.IDENTITY_PATCH, "replace", "/token/lifetime/expiration", lifetime.toSeconds());
    }

    /** The access token's lifetime is set to this duration. */
    public HookResponseAssert setsAccessTokenLifetime(Duration lifetime) {
        return patches(HookType.Commands.ACCESS_PATCH, "replace", "/token/lifetime/expiration", lifetime.toSeconds());
    }

    // --- SAML ----------------------------------------------------------------------------------

    /** The assertion patch adds an attribute statement with these values (in order). */
    public HookResponseAssert addsSamlAttribute(String name, String... values) {
        String pointer = "/claims/" + JsonPointers.escape(name);
        JsonNode op = findOp(HookType.Commands.ASSERTION_PATCH, "add", pointer);
        if (op == null) {
            failWithMessage(
                    "Expected %s to add %s but its operations were:%n  %s",
                    HookType.Commands.ASSERTION_PATCH, pointer, json(allOps(HookType.Commands.ASSERTION_PATCH)));
            return myself;
        }
        List<String> actualValues = new ArrayList<>();
        op.at("/value/attributeValues")
                .forEach(v -> actualValues.add(v.path("value").asText()));
        if (!actualValues.equals(List.of(values))) {
            failWithMessage(
                    "Expected attribute %s with values %s but the operation was:%n  %s",
                    name, List.of(values), json(op));
        }
        return myself;
    }

    // --- registration ----------------------------------------------------------------------------

    /** The registration is allowed (an ALLOW action, or no DENY and no error). */
    public HookResponseAssert allowsRegistration() {
        String action = registrationAction();
        if ("DENY".equals(action) || actual.has("error")) {
            failWithMessage("Expected the registration to be allowed but the response was:%n  %s", json(actual));
        }
        return myself;
    }

    /** The registration is denied: a DENY action or an {@code error} (which also denies). */
    public HookResponseAssert deniesRegistration() {
        if (!"DENY".equals(registrationAction()) && !actual.has("error")) {
            failWithMessage(
                    "Expected the registration to be denied (DENY or error) but the response was:%n  %s", json(actual));
        }
        return myself;
    }

    private @Nullable String registrationAction() {
        String action = null;
        for (JsonNode value : commands(HookType.Commands.ACTION_UPDATE)) {
            if (value.has("registration")) {
                action = value.get("registration").asText();
            }
        }
        return action;
    }

    /** A {@code com.okta.user.profile.update} sets this attribute to this value. */
    public HookResponseAssert updatesUserProfile(String attribute, Object value) {
        return updates(HookType.Commands.USER_PROFILE_UPDATE, attribute, value);
    }

    /** A {@code com.okta.user.progressive.profile.update} sets this attribute to this value. */
    public HookResponseAssert updatesProgressiveProfile(String attribute, Object value) {
        return updates(HookType.Commands.PROGRESSIVE_PROFILE_UPDATE, attribute, value);
    }

    /** A {@code com.okta.appUser.profile.update} sets this attribute to this value. */
    public HookResponseAssert updatesAppUserProfile(String attribute, Object value) {
        return updates(HookType.Commands.APP_USER_PROFILE_UPDATE, attribute, value);
    }

    private HookResponseAssert updates(String type, String attribute, Object value) {
        JsonNode expected = value == null ? HookJson.newObject().nullNode() : HookJson.toNode(value);
        for (JsonNode update : commands(type)) {
            if (update.has(attribute) && update.get(attribute).equals(expected)) {
                return myself;
            }
        }
        failWithMessage(
                "Expected %s to set %s to:%n  %s%nbut the %s commands were:%n  %s",
                type, attribute, json(expected), type, json(HookJson.toNode(commands(type))));
        return myself;
    }

    // --- user import, password import, telephony, events ----------------------------------------

    /** The import links to this existing Okta user (LINK_USER plus {@code com.okta.user.update {id}}). */
    public HookResponseAssert linksUser(String oktaUserId) {
        hasAction("result", "LINK_USER");
        for (JsonNode update : commands(HookType.Commands.USER_UPDATE)) {
            if (oktaUserId.equals(update.path("id").asText())) {
                return myself;
            }
        }
        failWithMessage("Expected com.okta.user.update {id: %s} but the response was:%n  %s", oktaUserId, json(actual));
        return myself;
    }

    /** The import creates a new user (CREATE_USER). */
    public HookResponseAssert createsUser() {
        return hasAction("result", "CREATE_USER");
    }

    /** The password is VERIFIED. */
    public HookResponseAssert verifiesPassword() {
        return hasAction("credential", "VERIFIED");
    }

    /** The password is UNVERIFIED (explicitly, or by an empty response). */
    public HookResponseAssert rejectsPassword() {
        isNotNull();
        if (actual.size() == 0) {
            return myself;
        }
        return hasAction("credential", "UNVERIFIED");
    }

    private HookResponseAssert hasAction(String member, String expected) {
        for (JsonNode value : commands(HookType.Commands.ACTION_UPDATE)) {
            if (expected.equals(value.path(member).asText())) {
                return myself;
            }
        }
        failWithMessage(
                "Expected com.okta.action.update {%s: %s} but /commands was:%n  %s",
                member, expected, json(actual.get("commands")));
        return myself;
    }

    /** The telephony action reports this status. */
    public HookResponseAssert reportsTelephonyStatus(TelephonyStatus status) {
        for (JsonNode results : commands(HookType.Commands.TELEPHONY_ACTION)) {
            for (JsonNode result : results) {
                if (status.name().equals(result.path("status").asText())) {
                    return myself;
                }
            }
        }
        failWithMessage(
                "Expected com.okta.telephony.action with status %s but /commands was:%n  %s",
                status, json(actual.get("commands")));
        return myself;
    }

    /** The reply answers the event hook verification with exactly this challenge. */
    public HookResponseAssert answersVerification(String challenge) {
        isNotNull();
        if (!actual.isObject()
                || actual.size() != 1
                || !challenge.equals(actual.path("verification").asText(null))) {
            failWithMessage("Expected {\"verification\":%s} but was:%n  %s", HookJson.toNode(challenge), json(actual));
        }
        return myself;
    }

    // --- helpers -----------------------------------------------------------------------------------

    private HookResponseAssert patches(String type, String op, String path, @Nullable Object value) {
        JsonNode found = findOp(type, op, path);
        if (found == null) {
            failWithMessage("Expected %s to %s %s but its operations were:%n  %s", type, op, path, json(allOps(type)));
            return myself;
        }
        if (!op.equals("remove")) {
            JsonNode expected = value == null ? NullNode.getInstance() : HookJson.toNode(value);
            if (!Objects.equals(found.get("value"), expected)) {
                failWithMessage(
                        "Expected %s %s %s with value:%n  %s%nbut the value at %s was:%n  %s",
                        type, op, path, json(expected), path, json(found.get("value")));
            }
        }
        return myself;
    }

    private @Nullable JsonNode findOp(String type, String op, String path) {
        for (JsonNode ops : commands(type)) {
            for (JsonNode candidate : ops) {
                if (op.equals(candidate.path("op").asText())
                        && path.equals(candidate.path("path").asText())) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private JsonNode allOps(String type) {
        var all = HookJson.newObject().arrayNode();
        commands(type).forEach(ops -> ops.forEach(all::add));
        return all;
    }
}
