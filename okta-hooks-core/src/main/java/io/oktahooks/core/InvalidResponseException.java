package io.oktahooks.core;

import java.util.Objects;

/**
 * A response that breaks one of Okta's documented rules, refused while it is being built.
 *
 * <p>Okta drops a whole patch (or fails the flow) when one command is invalid, and only says so in
 * its System Log. The SDK checks the documented rules up front instead, so the mistake shows up in
 * the handler's unit test rather than in production. {@link #rule()} says which rule was broken,
 * for code (assertions, the testkit's contract checker); the message says it for people, naming
 * the rule and how to comply (for example "claim 'sub' is reserved by Okta and cannot be patched
 * in an ID token").
 */
public final class InvalidResponseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The documented rules a response can break. */
    public enum Rule {
        /** The command type does not belong to the hook type answered. */
        COMMAND_NOT_ALLOWED,
        /** An attribute update is empty, or names an attribute with an empty name. */
        INVALID_ATTRIBUTE,
        /** An attribute the hook type may never set (for example {@code password} at registration). */
        FORBIDDEN_ATTRIBUTE,
        /** A registration command for the other kind of request (self-service vs progressive profile). */
        WRONG_REQUEST_KIND,
        /** A decision Okta reads once was given twice (telephony outcome, password verdict, import result). */
        DECIDED_TWICE,
        /** A claim Okta reserves for itself. */
        RESERVED_CLAIM,
        /** A token or session lifetime outside what Okta accepts. */
        LIFETIME_OUT_OF_RANGE,
        /** A patch path Okta does not accept (empty names, misplaced append, negative index, foreign root). */
        INVALID_PATH,
        /** An add or replace without a value. */
        MISSING_VALUE,
        /**
         * Nothing where the patch needs something: a replace or remove of a claim, member or
         * element the token does not carry, or a patch inside a claim (or below an object or array
         * on the path) that the token does not carry.
         */
        CLAIM_NOT_PRESENT,
        /**
         * An array index outside the array the token carries: {@code add} takes 0 to the array's
         * size ({@code -} appends), {@code replace} and {@code remove} need an existing element.
         */
        INDEX_OUT_OF_RANGE,
        /**
         * A step that does not fit the JSON the token carries there: a member of something that
         * is not a JSON object, an element (or append) of something that is not a JSON array.
         */
        WRONG_JSON_TYPE,
        /**
         * {@code aud} or {@code sub} removed from an access token: Okta lets a hook replace them
         * there, never remove them (its remove rules allow no system claim).
         */
        SYSTEM_CLAIM_REMOVED,
        /** A patch operation Okta does not document for the hook type (token: add, replace, remove; SAML: add, replace). */
        INVALID_OPERATION,
        /** A {@code remove} that carries a value: Okta drops the whole patch. */
        REMOVE_WITH_VALUE,
        /**
         * A command value of the wrong shape or with a value Okta does not know (an action other
         * than its documented ones, a telephony status other than SUCCESSFUL, PENDING or FAILED,
         * a patch that is not an array of operations).
         */
        INVALID_VALUE,
        /** A patch of a token the request does not mint. */
        TOKEN_NOT_MINTED,
        /** {@code LINK_USER} without the id of the Okta user to link to. */
        LINK_USER_WITHOUT_ID,
        /** A verification echo without the challenge. */
        EMPTY_VERIFICATION
    }

    private final Rule rule;

    /**
     * @param rule the rule that was broken
     * @param message the rule in words and how to comply
     */
    public InvalidResponseException(Rule rule, String message) {
        super(message);
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** The rule that was broken. */
    public Rule rule() {
        return rule;
    }
}
