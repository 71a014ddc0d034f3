package io.oktahooks.core.registration;

import io.oktahooks.core.HookType;
import io.oktahooks.core.ResponseBuilder;
import io.oktahooks.core.error.ErrorCause;
import io.oktahooks.core.error.HookError;
import io.oktahooks.core.internal.CommandDraft;
import io.oktahooks.core.internal.Drafts;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.internal.ResponseRules;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds the answer to a registration inline hook: allow or deny ({@code com.okta.action.update}),
 * set profile attributes ({@code com.okta.user.profile.update} for sign-ups,
 * {@code com.okta.user.progressive.profile.update} for progressive profile), or an {@code error}
 * whose causes the Sign-In Widget shows next to the form fields they name.
 *
 * <p>Commands run in the order added; attributes within one update in the order given. The
 * password can never be set. A builder from {@link RegistrationRequest#respond()} also refuses the
 * profile command of the other flow, which Okta rejects.
 */
public final class RegistrationResponseBuilder extends ResponseBuilder<RegistrationResponseBuilder> {

    private final CommandDraft draft;

    private final RegistrationRequest.@Nullable Kind kind;

    RegistrationResponseBuilder(RegistrationRequest.@Nullable Kind kind) {
        this(kind, HookType.REGISTRATION);
    }

    private RegistrationResponseBuilder(RegistrationRequest.@Nullable Kind kind, HookType type) {
        super(type);
        this.draft = Drafts.of(this);
        this.kind = kind;
    }

    /** A builder that knows nothing of the request (both profile commands allowed). */
    public static RegistrationResponseBuilder create() {
        return new RegistrationResponseBuilder(null);
    }

    /** Lets the registration or profile update go ahead (Okta's default). */
    public RegistrationResponseBuilder allow() {
        return action("ALLOW");
    }

    /** Denies the registration or profile update. Add an {@code error} to tell the user why. */
    public RegistrationResponseBuilder deny() {
        return action("DENY");
    }

    /**
     * Denies and says why: the summary is shown at the top of the form, and each cause whose
     * {@code location} names a submitted attribute (e.g. {@code data.userProfile.email}) next to it.
     */
    public RegistrationResponseBuilder deny(String errorSummary, ErrorCause... causes) {
        deny();
        return error(HookError.of(errorSummary, causes));
    }

    /** Sets one attribute of the new user's profile (self-service registration only). */
    public RegistrationResponseBuilder updateUserProfile(String attribute, Object value) {
        return updateUserProfile(CommandDraft.attribute(attribute, value));
    }

    /** Sets attributes of the new user's profile in one command (self-service registration only). */
    public RegistrationResponseBuilder updateUserProfile(Map<String, ?> attributes) {
        ResponseRules.checkRegistrationKind(HookType.Commands.USER_PROFILE_UPDATE, kind);
        return profileCommand(HookType.Commands.USER_PROFILE_UPDATE, attributes);
    }

    /** Sets one submitted attribute in a progressive-profile update. */
    public RegistrationResponseBuilder updateProgressiveProfile(String attribute, Object value) {
        return updateProgressiveProfile(CommandDraft.attribute(attribute, value));
    }

    /** Sets submitted attributes in a progressive-profile update, in one command. */
    public RegistrationResponseBuilder updateProgressiveProfile(Map<String, ?> attributes) {
        ResponseRules.checkRegistrationKind(HookType.Commands.PROGRESSIVE_PROFILE_UPDATE, kind);
        return profileCommand(HookType.Commands.PROGRESSIVE_PROFILE_UPDATE, attributes);
    }

    private RegistrationResponseBuilder action(String registration) {
        draft.add(HookType.Commands.ACTION_UPDATE, HookJson.newObject().put("registration", registration));
        return this;
    }

    private RegistrationResponseBuilder profileCommand(String type, Map<String, ?> attributes) {
        draft.add(type, draft.attributes(type, attributes));
        return this;
    }
}
