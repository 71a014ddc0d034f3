package io.oktahooks.core.error;

import java.util.List;
import java.util.Objects;

/**
 * The {@code error} object of a hook response: a summary and optional causes.
 *
 * <p>What Okta does with it depends on the hook type: a token hook's flow fails with
 * {@code server_error}, a registration is denied and each cause is shown next to its form field,
 * a telephony hook fails over to Okta's own provider, a user import records it in the System Log.
 *
 * @param errorSummary what went wrong, for the admin or end user; required, not blank
 * @param errorCauses details, possibly empty; never null
 */
public record HookError(String errorSummary, List<ErrorCause> errorCauses) {

    /** Validates the summary and copies the causes. */
    public HookError {
        requireSummary(errorSummary, "HookError.errorSummary");
        errorCauses = List.copyOf(Objects.requireNonNull(errorCauses, "errorCauses"));
    }

    /** An error with a summary and the given causes. */
    public static HookError of(String errorSummary, ErrorCause... causes) {
        return new HookError(errorSummary, List.of(causes));
    }

    static void requireSummary(String summary, String field) {
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException(field + " is required and must not be blank: "
                    + "Okta shows it to the user or admin.");
        }
    }
}
