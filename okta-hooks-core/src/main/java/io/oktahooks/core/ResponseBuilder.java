package io.oktahooks.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.error.ErrorCause;
import io.oktahooks.core.error.HookError;
import io.oktahooks.core.internal.CommandDraft;
import io.oktahooks.core.internal.Drafts;
import io.oktahooks.core.passwordimport.PasswordImportResponseBuilder;
import io.oktahooks.core.registration.RegistrationResponseBuilder;
import io.oktahooks.core.saml.SamlResponseBuilder;
import io.oktahooks.core.telephony.TelephonyResponseBuilder;
import io.oktahooks.core.token.TokenResponseBuilder;
import io.oktahooks.core.userimport.UserImportResponseBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every per-type response builder shares: the {@code error} and {@code debugContext} parts.
 *
 * <p>Sealed: the SDK's six builders are the only ones, because each of them checks Okta's
 * documented rules for its hook type as commands are added, throwing
 * {@link InvalidResponseException}. A builder is a short-lived, single-threaded object; the
 * {@link HookResponse} it builds is immutable, and changing the builder afterwards never changes a
 * response already built.
 *
 * @param <B> the concrete builder, returned by every method for chaining
 */
public abstract sealed class ResponseBuilder<B extends ResponseBuilder<B>>
        permits TokenResponseBuilder,
                SamlResponseBuilder,
                RegistrationResponseBuilder,
                UserImportResponseBuilder,
                PasswordImportResponseBuilder,
                TelephonyResponseBuilder {

    static {
        Drafts.register(builder -> builder.draft);
    }

    private final CommandDraft draft;

    /**
     * For the SDK's own builders.
     *
     * @param type the hook type whose response this builds
     */
    protected ResponseBuilder(HookType type) {
        this.draft = new CommandDraft(Objects.requireNonNull(type, "type"));
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** Sets (replaces) the {@code error}; what Okta does with it depends on the hook type. */
    public final B error(HookError error) {
        draft.error(error);
        return self();
    }

    /** Sets (replaces) the {@code error} from a summary and causes. */
    public final B error(String errorSummary, ErrorCause... causes) {
        return error(HookError.of(errorSummary, causes));
    }

    /**
     * Adds one {@code debugContext} entry (replacing an entry of the same key). Okta copies
     * debugContext into its System Log event {@code inline_hook.response.processed}: never put
     * secrets or personal data in it.
     */
    public final B debugContext(String key, Object value) {
        draft.debugContext(key, value);
        return self();
    }

    /** Adds every entry of the map to {@code debugContext} (see {@link #debugContext(String, Object)}). */
    public final B debugContext(Map<String, ?> entries) {
        entries.forEach(draft::debugContext);
        return self();
    }

    /**
     * The immutable response. The builder may be discarded afterwards, or changed further without
     * affecting responses already built.
     */
    public final HookResponse build() {
        List<String> types = draft.commandTypes();
        List<JsonNode> values = draft.commandValues();
        List<Command> commands = new ArrayList<>(types.size());
        for (int i = 0; i < types.size(); i++) {
            commands.add(Command.owned(types.get(i), values.get(i)));
        }
        draft.share();
        return HookResponse.fromBuilder(
                draft.type(), commands, draft.error(), draft.debugContext(), draft.checkedAgainst());
    }
}
