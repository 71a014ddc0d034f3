package io.oktahooks.core;

import java.util.Locale;

/**
 * A request body that is not an acceptable Okta hook request: not JSON, beyond a parser limit,
 * or JSON of the wrong shape or hook type.
 *
 * <p>It carries a machine-readable {@link Reason}, the location in the body ({@link #location()}:
 * a JSON Pointer such as {@code /data} or a {@code line L, column C} position), and a message a
 * user can act on. The message is a fixed text of the SDK's: it never contains request content
 * (not even member names; Jackson's own messages, which quote the input, are never copied), so it
 * is safe to log and to send back in a 400.
 * The endpoint turns it into HTTP 400 with an Okta-style {@code error} body.
 */
public final class HookParseException extends RuntimeException {

    /** Why the body was refused. */
    public enum Reason {
        /** The bytes are not one well-formed JSON document (RFC 8259), or contain duplicate names. */
        MALFORMED_JSON,
        /** Valid JSON, but deeper, longer or larger than the SDK accepts (nesting over 64, numbers over 100 digits, names over 1,024 or strings over 1,000,000 characters). */
        JSON_LIMIT_EXCEEDED,
        /** Valid JSON, but not the shape of an Okta hook request (for example no {@code data} object). */
        INVALID_REQUEST,
        /** A hook request of another type than the one expected. */
        WRONG_HOOK_TYPE;

        /** The lower-case code used on the wire, for example {@code malformed_json}. */
        public String wireValue() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;
    private final String location;

    /**
     * @param reason why the body was refused
     * @param location where in the body (JSON Pointer or line/column), empty when unknown
     * @param message what is wrong, without request content
     */
    public HookParseException(Reason reason, String location, String message) {
        super(message, null, false, false);
        this.reason = reason;
        this.location = location == null ? "" : location;
    }

    /** Why the body was refused. */
    public Reason reason() {
        return reason;
    }

    /** Where in the body: a JSON Pointer ({@code /data/events}) or {@code line L, column C}; empty when unknown. */
    public String location() {
        return location;
    }
}
