package io.oktahooks.core.userimport;

import io.oktahooks.core.HookJson;
import io.oktahooks.core.HookType;
import io.oktahooks.core.InvalidResponseException;
import io.oktahooks.core.ResponseBuilder;
import java.util.Map;
import java.util.Set;

/**
 * Builds the answer to a user import inline hook: create a new Okta user or link to an existing
 * one, change the app user's or the Okta user's profile, or report an {@code error} (recorded in
 * Okta's System Log). An empty response keeps Okta's default action.
 */
public final class UserImportResponseBuilder extends ResponseBuilder<UserImportResponseBuilder> {

    private boolean actionSet;

    private UserImportResponseBuilder() {
        super(HookType.USER_IMPORT);
    }

    /** A new builder. */
    public static UserImportResponseBuilder create() {
        return new UserImportResponseBuilder();
    }

    /** Imports the user as a new Okta user ({@code CREATE_USER}). */
    public UserImportResponseBuilder createUser() {
        action("CREATE_USER");
        return this;
    }

    /**
     * Links the imported user to an existing Okta user: emits {@code LINK_USER} and the
     * {@code com.okta.user.update {id}} command Okta requires with it.
     *
     * @param oktaUserId the existing Okta user's id, e.g. {@code 00garwpuyxHaWOkdV0g3}
     */
    public UserImportResponseBuilder linkUser(String oktaUserId) {
        if (oktaUserId == null || oktaUserId.isBlank()) {
            throw new InvalidResponseException("LINK_USER needs the id of the Okta user to link to; Okta rejects "
                    + "LINK_USER without a com.okta.user.update {id} command");
        }
        action("LINK_USER");
        addCommand(HookType.Commands.USER_UPDATE, HookJson.newObject().put("id", oktaUserId));
        return this;
    }

    /** Sets one attribute of the app user's profile (flows on to the Okta profile through mappings). */
    public UserImportResponseBuilder updateAppUserProfile(String attribute, Object value) {
        return updateAppUserProfile(attribute(attribute, value));
    }

    /** Sets attributes of the app user's profile in one command. */
    public UserImportResponseBuilder updateAppUserProfile(Map<String, ?> attributes) {
        return profile(HookType.Commands.APP_USER_PROFILE_UPDATE, attributes);
    }

    /** Sets one attribute of the Okta user's profile. */
    public UserImportResponseBuilder updateUserProfile(String attribute, Object value) {
        return updateUserProfile(attribute(attribute, value));
    }

    /** Sets attributes of the Okta user's profile in one command. */
    public UserImportResponseBuilder updateUserProfile(Map<String, ?> attributes) {
        return profile(HookType.Commands.USER_PROFILE_UPDATE, attributes);
    }

    private void action(String result) {
        if (actionSet) {
            throw new InvalidResponseException("a user import response sets its result once (CREATE_USER or LINK_USER)");
        }
        actionSet = true;
        addCommand(HookType.Commands.ACTION_UPDATE, HookJson.newObject().put("result", result));
    }

    private UserImportResponseBuilder profile(String type, Map<String, ?> attributes) {
        addCommand(type, attributes(type, attributes, Set.of()));
        return this;
    }
}
