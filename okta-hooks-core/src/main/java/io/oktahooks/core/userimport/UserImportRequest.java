package io.oktahooks.core.userimport;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.HookParseException;
import io.oktahooks.core.HookRequest;
import io.oktahooks.core.HookType;
import io.oktahooks.core.context.Profile;
import io.oktahooks.core.context.User;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.internal.RequestNodes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A user import inline hook call ({@code com.okta.import.transform}), made once per user imported
 * from an app, after attribute mapping and matching and before the Okta user is created.
 *
 * <p>{@link #appUserProfile()} is the user as the app has it, {@link #userProfile()} the Okta
 * profile about to be created, {@link #action()} Okta's intended result ({@code CREATE_USER} or
 * {@code LINK_USER}) and {@link #matches()} the Okta users it matched. Answer with
 * {@link #respond()}.
 */
public final class UserImportRequest extends HookRequest {

    private UserImportRequest(@Nullable JsonNode root) {
        super(root, HookType.USER_IMPORT);
    }

    /**
     * Parses a request body.
     *
     * @throws HookParseException when the bytes are not a user import hook request
     */
    public static UserImportRequest parse(byte[] json) {
        return new UserImportRequest(HookJson.readTree(json));
    }

    /** A request from a JSON tree (copied). */
    public static UserImportRequest of(@Nullable JsonNode json) {
        return new UserImportRequest(json == null ? null : json.deepCopy());
    }

    /** {@code data.context.application.id}: the app the users come from. */
    public Optional<String> applicationId() {
        return stringAt("/data/context/application/id");
    }

    /** {@code data.context.application.name}, e.g. {@code test_app}. */
    public Optional<String> applicationName() {
        return stringAt("/data/context/application/name");
    }

    /** {@code data.context.application.label}: the app's display name. */
    public Optional<String> applicationLabel() {
        return stringAt("/data/context/application/label");
    }

    /** {@code data.context.application.status}: {@code ACTIVE} or {@code INACTIVE}. */
    public Optional<String> applicationStatus() {
        return stringAt("/data/context/application/status");
    }

    /** {@code data.context.job.id}: the import job. */
    public Optional<String> jobId() {
        return stringAt("/data/context/job/id");
    }

    /** {@code data.context.job.type}, e.g. {@code import:users}. */
    public Optional<String> jobType() {
        return stringAt("/data/context/job/type");
    }

    /** {@code data.context.conflicts}: attribute names that conflict with existing users. */
    public List<String> conflicts() {
        return stringsAt("/data/context/conflicts");
    }

    /** {@code data.context.policy}: the matching rules, e.g. {@code [EMAIL, FIRST_AND_LAST_NAME]}. */
    public List<String> matchingRules() {
        return stringsAt("/data/context/policy");
    }

    /** {@code data.context.matches}: the Okta users the imported user matched. */
    public List<User> matches() {
        JsonNode matches = RequestNodes.context(node()).get("matches");
        if (matches == null || !matches.isArray()) {
            return List.of();
        }
        List<User> users = new ArrayList<>();
        matches.forEach(m -> {
            if (m.isObject()) {
                users.add(new User(m));
            }
        });
        return Collections.unmodifiableList(users);
    }

    /** {@code data.action.result}: {@code CREATE_USER} or {@code LINK_USER}. */
    public Optional<String> action() {
        return stringAt("/data/action/result");
    }

    /** {@code data.appUser.profile}: the user as the app has it (values may be null or arrays); empty when absent. */
    public Optional<Profile> appUserProfile() {
        return profileAt("/appUser/profile");
    }

    /** {@code data.user.profile}: the Okta profile about to be created; empty when absent. */
    public Optional<Profile> userProfile() {
        return profileAt("/user/profile");
    }

    private Optional<Profile> profileAt(String pointer) {
        JsonNode profile = RequestNodes.data(node()).at(pointer);
        return profile.isObject() ? Optional.of(new Profile(profile)) : Optional.empty();
    }

    /** {@code data.user.id}: set when the user matched an existing Okta user. */
    public Optional<String> userId() {
        return stringAt("/data/user/id");
    }

    /** A response builder. */
    public UserImportResponseBuilder respond() {
        return UserImportResponseBuilder.create();
    }
}
