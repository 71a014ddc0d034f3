package io.oktahooks.core.error;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One cause inside an Okta {@code error} object.
 *
 * <p>Okta shows a cause's {@code errorSummary} to the end user next to the form field whose request
 * path is given in {@code location} (registration), or records it in the System Log. Only
 * {@code errorSummary} is required; build the others with {@link #builder(String)}.
 *
 * @param errorSummary the message for the user or admin; required, not blank
 * @param reason a machine-readable reason such as {@code INVALID_EMAIL_DOMAIN}; optional
 * @param locationType what {@code location} refers to; optional
 * @param location the path in the request, e.g. {@code data.userProfile.email}; optional
 * @param domain who should act, e.g. {@code end-user}; optional
 */
public record ErrorCause(
        String errorSummary,
        @Nullable String reason,
        @Nullable LocationType locationType,
        @Nullable String location,
        @Nullable String domain) {

    /** Validates that {@code errorSummary} is present. */
    public ErrorCause {
        HookError.requireSummary(errorSummary, "ErrorCause.errorSummary");
    }

    /** A cause with only a summary. */
    public static ErrorCause of(String errorSummary) {
        return new ErrorCause(errorSummary, null, null, null, null);
    }

    /**
     * A cause about a member of the request body, as the registration hook shows next to a form
     * field: {@code locationType} body, {@code domain} end-user.
     *
     * @param errorSummary what the user sees
     * @param reason machine-readable reason, e.g. {@code INVALID_EMAIL_DOMAIN}
     * @param location path in the request, e.g. {@code data.userProfile.email}
     */
    public static ErrorCause inBody(String errorSummary, String reason, String location) {
        return new ErrorCause(errorSummary, reason, LocationType.BODY, location, "end-user");
    }

    /** Starts a cause with the given summary. */
    public static Builder builder(String errorSummary) {
        return new Builder(errorSummary);
    }

    /** Builds an {@link ErrorCause} part by part. */
    public static final class Builder {
        private final String errorSummary;
        private @Nullable String reason;
        private @Nullable LocationType locationType;
        private @Nullable String location;
        private @Nullable String domain;

        private Builder(String errorSummary) {
            this.errorSummary = errorSummary;
        }

        /** A machine-readable reason, e.g. {@code UNIQUE_CONSTRAINT}. */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        /** Where the problem is, e.g. {@code (BODY, "data.userProfile.login")}. */
        public Builder location(LocationType locationType, String location) {
            this.locationType = Objects.requireNonNull(locationType, "locationType");
            this.location = Objects.requireNonNull(location, "location");
            return this;
        }

        /** Only a location, without a location type (as some Okta samples send). */
        public Builder location(String location) {
            this.location = Objects.requireNonNull(location, "location");
            return this;
        }

        /** Who should act, e.g. {@code end-user} or {@code external-service}. */
        public Builder domain(String domain) {
            this.domain = domain;
            return this;
        }

        /** The cause; fails when the summary is blank. */
        public ErrorCause build() {
            return new ErrorCause(errorSummary, reason, locationType, location, domain);
        }
    }
}
