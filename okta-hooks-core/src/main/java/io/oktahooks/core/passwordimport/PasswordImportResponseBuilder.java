package io.oktahooks.core.passwordimport;

import io.oktahooks.core.HookType;
import io.oktahooks.core.InvalidResponseException;
import io.oktahooks.core.ResponseBuilder;
import io.oktahooks.core.internal.CommandDraft;
import io.oktahooks.core.internal.Drafts;
import io.oktahooks.core.internal.HookJson;

/**
 * Builds the answer to a password import inline hook: {@code VERIFIED} (Okta stores the password
 * and signs the user in) or {@code UNVERIFIED} (sign-in fails; Okta asks again next time). An
 * empty response means UNVERIFIED.
 */
public final class PasswordImportResponseBuilder extends ResponseBuilder<PasswordImportResponseBuilder> {

    private final CommandDraft draft;

    private boolean decided;

    private PasswordImportResponseBuilder() {
        this(HookType.PASSWORD_IMPORT);
    }

    private PasswordImportResponseBuilder(HookType type) {
        super(type);
        this.draft = Drafts.of(this);
    }

    /** A new builder. */
    public static PasswordImportResponseBuilder create() {
        return new PasswordImportResponseBuilder();
    }

    /** The password matched: Okta imports it and completes the sign-in. */
    public PasswordImportResponseBuilder verified() {
        return credential("VERIFIED");
    }

    /** The password did not match: the sign-in fails. */
    public PasswordImportResponseBuilder unverified() {
        return credential("UNVERIFIED");
    }

    /** {@link #verified()} when {@code matches}, else {@link #unverified()}. */
    public PasswordImportResponseBuilder verified(boolean matches) {
        return matches ? verified() : unverified();
    }

    private PasswordImportResponseBuilder credential(String value) {
        if (decided) {
            throw new InvalidResponseException(
                    InvalidResponseException.Rule.DECIDED_TWICE,
                    "a password import response is VERIFIED or UNVERIFIED, once");
        }
        decided = true;
        draft.add(HookType.Commands.ACTION_UPDATE, HookJson.newObject().put("credential", value));
        return this;
    }
}
