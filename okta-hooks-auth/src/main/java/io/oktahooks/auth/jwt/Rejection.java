package io.oktahooks.auth.jwt;

import io.oktahooks.auth.AuthFailure;

/**
 * A token refused for an exact reason by the signature stage or the claim rules; the verifier
 * turns it into a {@link JwtVerification.Rejected}. Cheap: it records no stack trace.
 */
final class Rejection extends Exception {

    private static final long serialVersionUID = 1L;

    private final AuthFailure reason;

    Rejection(AuthFailure reason) {
        super(reason.wireValue());
        this.reason = reason;
    }

    AuthFailure reason() {
        return reason;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
