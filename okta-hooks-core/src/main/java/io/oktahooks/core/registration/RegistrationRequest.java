package io.oktahooks.core.registration;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.HookParseException;
import io.oktahooks.core.HookRequest;
import io.oktahooks.core.HookType;
import io.oktahooks.core.context.Profile;
import io.oktahooks.core.context.RequestInfo;
import io.oktahooks.core.context.User;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.internal.RequestNodes;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A registration inline hook call ({@code com.okta.user.pre-registration}): a new user signing up
 * (self-service registration) or an existing user submitting more attributes (progressive profile).
 *
 * <p>{@link #kind()} tells which. Self-service registration brings the submitted attributes in
 * {@link #userProfile()}; progressive profile brings the changed ones in {@link #userProfileUpdate()}
 * and the current user in {@link #user()}. Classic Engine payloads have no {@code requestType} and
 * are always self-service registrations. Answer with {@link #respond()}.
 */
public final class RegistrationRequest extends HookRequest {

    /** {@code requestType} of a self-service registration. */
    public static final String SELF_SERVICE_REGISTRATION = "self.service.registration";
    /** {@code requestType} of a progressive-profile update. */
    public static final String PROGRESSIVE_PROFILE = "progressive.profile";

    /** Which registration flow called the hook. */
    public enum Kind {
        /** A new user signs up; {@code data.userProfile} holds the submitted attributes. */
        SELF_SERVICE_REGISTRATION,
        /** An existing user is asked for more attributes; {@code data.userProfileUpdate} holds them. */
        PROGRESSIVE_PROFILE
    }

    private RegistrationRequest(@Nullable JsonNode root) {
        super(root, HookType.REGISTRATION);
    }

    /**
     * Parses a request body.
     *
     * @throws HookParseException when the bytes are not a registration hook request
     */
    public static RegistrationRequest parse(byte[] json) {
        return new RegistrationRequest(HookJson.readTree(json));
    }

    /** A request from a JSON tree (copied). */
    public static RegistrationRequest of(@Nullable JsonNode json) {
        return new RegistrationRequest(json == null ? null : json.deepCopy());
    }

    /**
     * Self-service registration or progressive profile. A payload without {@code requestType}
     * (Classic Engine) is a self-service registration unless it carries {@code userProfileUpdate}.
     */
    public Kind kind() {
        String requestType = requestType().orElse("");
        if (PROGRESSIVE_PROFILE.equals(requestType)) {
            return Kind.PROGRESSIVE_PROFILE;
        }
        if (requestType.isEmpty()
                && RequestNodes.data(node()).has("userProfileUpdate")
                && !RequestNodes.data(node()).has("userProfile")) {
            return Kind.PROGRESSIVE_PROFILE;
        }
        return Kind.SELF_SERVICE_REGISTRATION;
    }

    /** Whether this is a Classic Engine payload (no {@code requestType}). */
    public boolean isClassic() {
        return requestType().isEmpty();
    }

    /** {@code data.context.request}: the sign-up or profile request (url is a path). */
    public Optional<RequestInfo> request() {
        return RequestNodes.contextObject(node(), "request", RequestInfo::new);
    }

    /** {@code data.context.user}: the existing user (progressive profile only). */
    public Optional<User> user() {
        return RequestNodes.contextObject(node(), "user", User::new);
    }

    /** {@code data.userProfile}: attributes submitted at sign-up (never the password). */
    public Optional<Profile> userProfile() {
        return profile("userProfile");
    }

    /** {@code data.userProfileUpdate}: attributes submitted in a progressive-profile form. */
    public Optional<Profile> userProfileUpdate() {
        return profile("userProfileUpdate");
    }

    /**
     * The submitted attributes, whichever flow: {@code userProfile} for sign-up,
     * {@code userProfileUpdate} for progressive profile.
     */
    public Optional<Profile> submittedProfile() {
        return kind() == Kind.PROGRESSIVE_PROFILE ? userProfileUpdate() : userProfile();
    }

    /** {@code data.action}: {@code ALLOW} by default; null in Classic payloads. */
    public Optional<String> action() {
        return stringAt("/data/action");
    }

    /** A response builder that checks commands against this request's flow. */
    public RegistrationResponseBuilder respond() {
        return new RegistrationResponseBuilder(kind());
    }

    private Optional<Profile> profile(String name) {
        JsonNode node = RequestNodes.data(node()).get(name);
        return node != null && node.isObject() ? Optional.of(new Profile(node)) : Optional.empty();
    }
}
