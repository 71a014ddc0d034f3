package io.oktahooks.spring.boot;

import io.oktahooks.testkit.tokens.LocalAuthorizationServer;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A started local authorization server whose keys endpoint has already answered one fetch, so the
 * JDK HTTP client's one-time start-up cost (class loading, on a busy test machine over a second)
 * is not charged to the starter's first keys fetch, which has a deadline.
 */
final class LocalOkta {

    private LocalOkta() {}

    static LocalAuthorizationServer start() {
        LocalAuthorizationServer okta = LocalAuthorizationServer.create().start();
        try {
            Http.get(okta.jwksUri());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return okta;
    }
}
