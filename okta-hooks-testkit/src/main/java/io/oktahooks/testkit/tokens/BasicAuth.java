package io.oktahooks.testkit.tokens;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Builds the header values Okta sends in header-secret mode. */
public final class BasicAuth {

    private BasicAuth() {}

    /** {@code Basic base64(user:password)}, as Okta sends it when configured per its guides. */
    public static String header(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
