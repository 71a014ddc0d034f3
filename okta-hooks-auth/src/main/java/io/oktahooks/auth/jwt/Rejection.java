package io.oktahooks.auth.jwt;

import com.nimbusds.jwt.proc.BadJWTException;
import io.oktahooks.auth.AuthFailure;

/** Thrown inside the verifier to carry an exact reason through nimbus' processor. */
final class Rejection extends BadJWTException {

    private final AuthFailure reason;

    Rejection(AuthFailure reason) {
        super(reason.code());
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
