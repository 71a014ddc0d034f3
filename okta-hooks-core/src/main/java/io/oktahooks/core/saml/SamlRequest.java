package io.oktahooks.core.saml;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.HookParseException;
import io.oktahooks.core.HookRequest;
import io.oktahooks.core.HookType;
import io.oktahooks.core.context.RequestInfo;
import io.oktahooks.core.context.Session;
import io.oktahooks.core.context.User;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.internal.RequestNodes;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A SAML assertion inline hook call ({@code com.okta.saml.tokens.transform}): Okta is about to
 * sign an assertion for a custom SAML app and lets you add attribute statements or replace any
 * element. Answer with {@link #respond()}.
 */
public final class SamlRequest extends HookRequest {

    private SamlRequest(@Nullable JsonNode root) {
        super(root, HookType.SAML);
    }

    /**
     * Parses a request body.
     *
     * @throws HookParseException when the bytes are not a SAML assertion hook request
     */
    public static SamlRequest parse(byte[] json) {
        return new SamlRequest(HookJson.readTree(json));
    }

    /** A request from a JSON tree (copied). */
    public static SamlRequest of(@Nullable JsonNode json) {
        return new SamlRequest(json == null ? null : json.deepCopy());
    }

    /** {@code data.context.request}: the SSO request. */
    public Optional<RequestInfo> request() {
        return RequestNodes.contextObject(node(), "request", RequestInfo::new);
    }

    /** {@code data.context.session}. */
    public Optional<Session> session() {
        return RequestNodes.contextObject(node(), "session", Session::new);
    }

    /** {@code data.context.user}: who the assertion is for. */
    public Optional<User> user() {
        return RequestNodes.contextObject(node(), "user", User::new);
    }

    /** {@code data.context.protocol.issuer.id}: the app instance id. */
    public Optional<String> appId() {
        return stringAt("/data/context/protocol/issuer/id");
    }

    /** {@code data.context.protocol.issuer.name}: the app's label. */
    public Optional<String> appName() {
        return stringAt("/data/context/protocol/issuer/name");
    }

    /** {@code data.context.protocol.issuer.uri}: the IdP entity id. */
    public Optional<String> issuerUri() {
        return stringAt("/data/context/protocol/issuer/uri");
    }

    /** {@code data.assertion}: the assertion Okta is about to send (empty view when absent). */
    public Assertion assertion() {
        return new Assertion(RequestNodes.data(node()).get("assertion"));
    }

    /** A response builder for this request. */
    public SamlResponseBuilder respond() {
        return SamlResponseBuilder.create();
    }
}
