package io.oktahooks.core;

/**
 * A response that breaks one of Okta's documented rules, refused while it is being built.
 *
 * <p>Okta drops a whole patch (or fails the flow) when one command is invalid, and only says so in
 * its System Log. The SDK checks the documented rules up front instead: the message names the rule
 * (for example "claim 'sub' is reserved by Okta and cannot be patched in an ID token"), so the
 * mistake shows up in the handler's unit test rather than in production.
 */
public final class InvalidResponseException extends IllegalArgumentException {

    /** @param message the rule that was broken and how to comply */
    public InvalidResponseException(String message) {
        super(message);
    }
}
