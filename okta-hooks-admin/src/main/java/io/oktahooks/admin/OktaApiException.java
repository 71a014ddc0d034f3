package io.oktahooks.admin;

import io.oktahooks.core.internal.Sanitize;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Okta's Management API answered with an error: its HTTP status and Okta's documented error object
 * ({@code errorCode}, {@code errorSummary}, {@code errorLink}, {@code errorId},
 * {@code errorCauses[].errorSummary}), or, from the token endpoint, OAuth's {@code error} and
 * {@code error_description} in the same places.
 *
 * <p>Every text from Okta is escaped (control characters, line separators and bidirectional
 * controls become {@code \\uXXXX}) and cut at {@value #MAX_TEXT} characters, so it can be printed
 * or logged as it is. The message never carries a request body or a credential.
 */
public final class OktaApiException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Longest text kept from one field of Okta's error. */
    public static final int MAX_TEXT = 300;

    private final int status;
    private final @Nullable String errorCode;
    private final @Nullable String errorSummary;
    private final @Nullable String errorId;
    private final List<String> errorCauses;

    OktaApiException(
            String call,
            int status,
            @Nullable String errorCode,
            @Nullable String errorSummary,
            @Nullable String errorId,
            List<String> errorCauses) {
        super(message(
                call,
                status,
                clean(errorCode),
                clean(errorSummary),
                clean(errorId),
                errorCauses.stream().map(OktaApiException::clean).toList()));
        this.status = status;
        this.errorCode = clean(errorCode);
        this.errorSummary = clean(errorSummary);
        this.errorId = clean(errorId);
        this.errorCauses = errorCauses.stream().map(OktaApiException::clean).toList();
    }

    private static @Nullable String clean(@Nullable String text) {
        return text == null ? null : Sanitize.forLog(text, MAX_TEXT);
    }

    private static String message(
            String call,
            int status,
            @Nullable String code,
            @Nullable String summary,
            @Nullable String id,
            List<String> causes) {
        StringBuilder out = new StringBuilder(call).append(": HTTP ").append(status);
        if (code != null) {
            out.append(' ').append(code);
        }
        out.append(": ").append(summary == null ? "no Okta error object in the reply" : summary);
        causes.forEach(cause -> out.append("; ").append(cause));
        if (id != null) {
            out.append(" (errorId ").append(id).append(')');
        }
        return out.toString();
    }

    /** The HTTP status, e.g. 400, 401, 403, 404, 429. */
    public int status() {
        return status;
    }

    /** Okta's {@code errorCode} (e.g. {@code E0000001}), or OAuth's {@code error}; escaped. */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** Okta's {@code errorSummary}, or OAuth's {@code error_description}; escaped. */
    public Optional<String> errorSummary() {
        return Optional.ofNullable(errorSummary);
    }

    /** Okta's {@code errorId}, for Okta Support; escaped. */
    public Optional<String> errorId() {
        return Optional.ofNullable(errorId);
    }

    /** The {@code errorSummary} of each of Okta's {@code errorCauses}; escaped. */
    public List<String> errorCauses() {
        return errorCauses;
    }
}
