package io.oktahooks.core.error;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@code error} object of a hook response: an optional summary and optional causes.
 *
 * <p>What Okta does with it depends on the hook type: a token hook's flow fails with
 * {@code server_error}, a registration is denied and each cause is shown next to its form field,
 * a telephony hook fails over to Okta's own provider, a user import records it in the System Log.
 * Okta documents an {@code error} without a top-level {@code errorSummary} too
 * ({@link #withoutSummary(ErrorCause...)}): a registration is still denied (the causes still show
 * next to their fields), and token, SAML and telephony hooks fall back to Okta's default message
 * ("The callback service returned an error").
 *
 * @param errorSummary what went wrong, for the admin or end user; null when absent (Okta then
 *     shows its default message), never blank
 * @param errorCauses details, possibly empty; never null
 */
public record HookError(@Nullable String errorSummary, List<ErrorCause> errorCauses) {

    /** Validates the summary (absent, or not blank) and copies the causes. */
    public HookError {
        if (errorSummary != null) {
            requireSummary(errorSummary, "HookError.errorSummary");
        }
        errorCauses = List.copyOf(Objects.requireNonNull(errorCauses, "errorCauses"));
    }

    /**
     * An error with a summary and the given causes.
     *
     * @param errorSummary required and not blank (for an error without one, use
     *     {@link #withoutSummary(ErrorCause...)})
     */
    public static HookError of(String errorSummary, ErrorCause... causes) {
        requireSummary(errorSummary, "HookError.errorSummary");
        return new HookError(errorSummary, List.of(causes));
    }

    /**
     * An error without a top-level {@code errorSummary}, only the given causes (possibly none:
     * {@code "error": {}} still denies a registration).
     */
    public static HookError withoutSummary(ErrorCause... causes) {
        return new HookError(null, List.of(causes));
    }

    static void requireSummary(String summary, String field) {
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException(field + " is required and must not be blank: "
                    + "Okta shows it to the user or admin."
                    + (field.startsWith("HookError")
                            ? " For an error without a summary use HookError.withoutSummary(causes)."
                            : ""));
        }
    }
}
