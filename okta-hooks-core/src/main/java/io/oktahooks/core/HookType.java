package io.oktahooks.core;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of hook Okta calls, each with the {@code eventType} string that identifies it on the
 * wire and the command types a response to it may carry.
 */
public enum HookType {
    /** Token inline hook: patch ID and access tokens minted by a custom authorization server. */
    TOKEN(
            "com.okta.oauth2.tokens.transform",
            "token",
            "token hook",
            true,
            Set.of(Commands.IDENTITY_PATCH, Commands.ACCESS_PATCH)),
    /** SAML assertion inline hook: patch the assertion of a custom SAML app. */
    SAML("com.okta.saml.tokens.transform", "saml", "SAML assertion hook", true, Set.of(Commands.ASSERTION_PATCH)),
    /** Registration inline hook: self-service registration and progressive profile. */
    REGISTRATION(
            "com.okta.user.pre-registration",
            "registration",
            "registration hook",
            true,
            Set.of(Commands.USER_PROFILE_UPDATE, Commands.PROGRESSIVE_PROFILE_UPDATE, Commands.ACTION_UPDATE)),
    /** User import inline hook: shape or link each user imported from an app. */
    USER_IMPORT(
            "com.okta.import.transform",
            "user-import",
            "user import hook",
            true,
            Set.of(
                    Commands.APP_USER_PROFILE_UPDATE,
                    Commands.USER_PROFILE_UPDATE,
                    Commands.ACTION_UPDATE,
                    Commands.USER_UPDATE)),
    /** Password import inline hook: verify a migrated user's password at first sign-in. */
    PASSWORD_IMPORT(
            "com.okta.user.credential.password.import",
            "password-import",
            "password import hook",
            true,
            Set.of(Commands.ACTION_UPDATE)),
    /** Telephony inline hook: deliver SMS and voice one-time passcodes through your provider. */
    TELEPHONY("com.okta.telephony.provider", "telephony", "telephony hook", false, Set.of(Commands.TELEPHONY_ACTION)),
    /** Event hook: asynchronous delivery of System Log events (and the one-time verification). */
    EVENT("com.okta.event_hook", "events", "event hook", true, Set.of());

    private final String eventType;
    private final String shortName;
    private final String displayName;
    private final boolean allowsEmptyResponse;
    private final Set<String> commandTypes;

    HookType(
            String eventType,
            String shortName,
            String displayName,
            boolean allowsEmptyResponse,
            Set<String> commandTypes) {
        this.eventType = eventType;
        this.shortName = shortName;
        this.displayName = displayName;
        this.allowsEmptyResponse = allowsEmptyResponse;
        this.commandTypes = commandTypes;
    }

    /** The {@code eventType} Okta puts in the request envelope, e.g. {@code com.okta.oauth2.tokens.transform}. */
    public String eventType() {
        return eventType;
    }

    /**
     * The type's name in URL paths and metric tags: {@code token}, {@code saml}, {@code registration},
     * {@code user-import}, {@code password-import}, {@code telephony} or {@code events}. One spelling for
     * every adapter (the servlet's path segments, the Spring Boot starter's routes, the example service)
     * and for metrics, so a route, a dashboard and a log line name a type the same way.
     */
    public String shortName() {
        return shortName;
    }

    /** The one human name of this hook type, e.g. "token hook" or "event hook", used in messages and logs. */
    public String displayName() {
        return displayName;
    }

    /** Whether Okta accepts an empty reply (HTTP 204) for this type; telephony does not document one. */
    public boolean allowsEmptyResponse() {
        return allowsEmptyResponse;
    }

    /** The command types a response to this hook type may carry. */
    public Set<String> commandTypes() {
        return commandTypes;
    }

    /** The hook type with this {@code eventType}, if any. */
    public static Optional<HookType> fromEventType(String eventType) {
        return Arrays.stream(values())
                .filter(t -> t.eventType.equals(eventType))
                .findFirst();
    }

    /** The hook type with this {@link #shortName()} (exact, lower case), if any. */
    public static Optional<HookType> fromShortName(String shortName) {
        return Arrays.stream(values())
                .filter(t -> t.shortName.equals(shortName))
                .findFirst();
    }

    /** Command type names, as Okta spells them. */
    public static final class Commands {
        /** Patch the ID token (token hook). */
        public static final String IDENTITY_PATCH = "com.okta.identity.patch";
        /** Patch the access token (token hook). */
        public static final String ACCESS_PATCH = "com.okta.access.patch";
        /** Patch the SAML assertion (SAML hook). */
        public static final String ASSERTION_PATCH = "com.okta.assertion.patch";
        /** Update profile attributes (registration: self-service only; user import: the Okta user). */
        public static final String USER_PROFILE_UPDATE = "com.okta.user.profile.update";
        /** Update attributes submitted in a progressive-profile request (registration). */
        public static final String PROGRESSIVE_PROFILE_UPDATE = "com.okta.user.progressive.profile.update";
        /** Set the flow's action: registration ALLOW/DENY, import result, password credential. */
        public static final String ACTION_UPDATE = "com.okta.action.update";
        /** Update the app user's profile (user import). */
        public static final String APP_USER_PROFILE_UPDATE = "com.okta.appUser.profile.update";
        /** Name the existing Okta user to link to (user import, with LINK_USER). */
        public static final String USER_UPDATE = "com.okta.user.update";
        /** Report the outcome of sending an OTP (telephony). */
        public static final String TELEPHONY_ACTION = "com.okta.telephony.action";

        private Commands() {}
    }
}
