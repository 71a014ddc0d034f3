package io.oktahooks.core.context;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.OktaObject;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code data.context.request}: the end user's HTTP request to Okta that triggered the hook.
 * The URL is a full URL for token and SAML hooks and a path for the others.
 */
public final class RequestInfo extends OktaObject {

    /** A view of a copy of the given {@code request} object (later changes to {@code node} do not show). */
    public RequestInfo(@Nullable JsonNode node) {
        super(node == null ? null : node.deepCopy());
    }

    /** Okta's request id. */
    public Optional<String> id() {
        return string("id");
    }

    /** The HTTP method, e.g. {@code GET} or {@code POST}. */
    public Optional<String> method() {
        return string("method");
    }

    /** {@code url.value}: the URL or path the user requested. */
    public Optional<String> url() {
        return stringAt("/url/value");
    }

    /** The end user's IP address as Okta saw it. */
    public Optional<String> ipAddress() {
        return string("ipAddress");
    }
}
