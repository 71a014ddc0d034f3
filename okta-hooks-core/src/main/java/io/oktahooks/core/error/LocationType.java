package io.oktahooks.core.error;

import java.util.Locale;

/** Where in the request an {@link ErrorCause} points, as Okta's {@code locationType} values. */
public enum LocationType {
    /** The JSON body; {@code location} is then a path such as {@code data.userProfile.email}. */
    BODY,
    /** An HTTP header. */
    HEADER,
    /** The URL. */
    URL,
    /** The query string. */
    QUERY;

    /** The lower-case wire value, e.g. {@code body}. */
    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
