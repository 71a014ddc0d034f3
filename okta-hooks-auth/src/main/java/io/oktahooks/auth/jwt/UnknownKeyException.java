package io.oktahooks.auth.jwt;

import com.nimbusds.jose.KeySourceException;

/** No trusted key matches the token's header: a rejection, not an outage. */
final class UnknownKeyException extends KeySourceException {

    UnknownKeyException() {
        super("no trusted key matches the token header");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
