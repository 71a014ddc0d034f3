package io.oktahooks.core;

/**
 * A response whose JSON would be {@value HookResponse#MAX_BYTES} bytes or more.
 *
 * <p>Okta refuses responses of 256 KB or more, so the SDK refuses to produce them: this is
 * thrown before any byte is sent. It names the size and the limit so the handler author can see
 * how far over they are (typically too many or too large claims or attributes).
 */
public final class ResponseTooLargeException extends IllegalStateException {

    private final long size;

    /**
     * @param hookType the hook type of the response
     * @param size the serialised size in bytes
     */
    public ResponseTooLargeException(HookType hookType, long size) {
        super("the " + hookType.displayName() + " response is " + size + " bytes of JSON; Okta accepts less than "
                + HookResponse.MAX_BYTES
                + " bytes (256 KB). Send fewer or smaller claims, attributes or debugContext entries.");
        this.size = size;
    }

    /** The serialised size in bytes. */
    public long size() {
        return size;
    }

    /** The limit: a response must be smaller than this many bytes. */
    public long limit() {
        return HookResponse.MAX_BYTES;
    }
}
