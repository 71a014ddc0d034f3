package io.oktahooks.core.passwordimport;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.HookParseException;
import io.oktahooks.core.HookRequest;
import io.oktahooks.core.HookType;
import io.oktahooks.core.context.RequestInfo;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.internal.RequestNodes;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A password import inline hook call ({@code com.okta.user.credential.password.import}), made at
 * the first sign-in of a user imported with {@code credentials.password.hook}: check the password
 * against your old store and answer VERIFIED or UNVERIFIED.
 *
 * <p>The request carries the user's clear-text password. The SDK never shows it in
 * {@code toString()}, logs or exception messages; keep it that way in your handler.
 */
public final class PasswordImportRequest extends HookRequest {

    private PasswordImportRequest(@Nullable JsonNode root) {
        super(root, HookType.PASSWORD_IMPORT);
    }

    /**
     * Parses a request body.
     *
     * @throws HookParseException when the bytes are not a password import hook request
     */
    public static PasswordImportRequest parse(byte[] json) {
        return new PasswordImportRequest(HookJson.readTree(json));
    }

    /** A request from a JSON tree (copied). */
    public static PasswordImportRequest of(@Nullable JsonNode json) {
        return new PasswordImportRequest(json == null ? null : json.deepCopy());
    }

    /** {@code data.context.request}: the sign-in request. */
    public Optional<RequestInfo> request() {
        return RequestNodes.contextObject(node(), "request", RequestInfo::new);
    }

    /** {@code data.context.credential}: the username and password the user typed. */
    public PasswordCredential credential() {
        return new PasswordCredential(
                stringAt("/data/context/credential/username").orElse(""),
                stringAt("/data/context/credential/password").orElse(""));
    }

    /** {@code data.action.credential}: Okta's default, always {@code UNVERIFIED}. */
    public Optional<String> action() {
        return stringAt("/data/action/credential");
    }

    /** A response builder. */
    public PasswordImportResponseBuilder respond() {
        return PasswordImportResponseBuilder.create();
    }
}
