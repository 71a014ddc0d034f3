package io.oktahooks.core.userimport;

import io.oktahooks.core.HookType;
import io.oktahooks.core.InvalidResponseException;
import io.oktahooks.core.ResponseBuilder;
import io.oktahooks.core.internal.CommandDraft;
import io.oktahooks.core.internal.Drafts;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.internal.ResponseRules;
import java.util.Map;

/**
 * Builds the answer to a user import inline hook: create a new Okta user or link to an existing
 * one, change the app user's or the Okta user's profile, or report an {@code error} (recorded in
 * Okta's System Log). An empty response keeps Okta's default action.
 */
public final class UserImportResponseBuilder extends ResponseBuilder<UserImportResponseBuilder> {

    private final CommandDraft draft;

    private boolean actionSet;

    private UserImportResponseBuilder() {
        this(HookType.USER_IMPORT);
    }

    private UserImportResponseBuilder(HookType type) {
        super(type);
        this.draft = Drafts.of(this);
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
        ResponseRules.checkLinkedUserId(oktaUserId);
        action("LINK_USER");
        draft.add(HookType.Commands.USER_UPDATE, HookJson.newObject().put("id", oktaUserId));
        return this;
    }

    /** Sets one attribute of the app user's profile (flows on to the Okta profile through mappings). */
    public UserImportResponseBuilder updateAppUserProfile(String attribute, Object value) {
        return updateAppUserProfile(CommandDraft.attribute(attribute, value));
    }

    /** Sets attributes of the app user's profile in one command. */
    public UserImportResponseBuilder updateAppUserProfile(Map<String, ?> attributes) {
        return profile(HookType.Commands.APP_USER_PROFILE_UPDATE, attributes);
    }

    /** Sets one attribute of the Okta user's profile. */
    public UserImportResponseBuilder updateUserProfile(String attribute, Object value) {
        return updateUserProfile(CommandDraft.attribute(attribute, value));
    }

    /** Sets attributes of the Okta user's profile in one command. */
    public UserImportResponseBuilder updateUserProfile(Map<String, ?> attributes) {
        return profile(HookType.Commands.USER_PROFILE_UPDATE, attributes);
    }

    private void action(String result) {
        if (actionSet) {
            throw new InvalidResponseException(
                    InvalidResponseException.Rule.DECIDED_TWICE,
                    "a user import response sets its result once (CREATE_USER or LINK_USER)");
        }
        actionSet = true;
        draft.add(HookType.Commands.ACTION_UPDATE, HookJson.newObject().put("result", result));
    }

    private UserImportResponseBuilder profile(String type, Map<String, ?> attributes) {
        draft.add(type, draft.attributes(type, attributes));
        return this;
    }
}
