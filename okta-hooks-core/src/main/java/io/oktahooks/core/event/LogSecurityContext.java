package io.oktahooks.core.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.OktaObject;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code securityContext} of a System Log event: what Okta knows of the client's network (the
 * autonomous system, ISP, domain, whether it is a proxy) and the behaviours Okta detected. Unknown
 * members are kept; every accessor is lenient.
 */
public final class LogSecurityContext extends OktaObject {

    LogSecurityContext(JsonNode node) {
        super(node);
    }

    /** {@code asNumber}: the autonomous system number. */
    public OptionalLong asNumber() {
        return longValue("asNumber");
    }

    /** {@code asOrg}: the organisation of the autonomous system. */
    public Optional<String> asOrg() {
        return string("asOrg");
    }

    /** {@code isp}: the internet service provider. */
    public Optional<String> isp() {
        return string("isp");
    }

    /** {@code domain}: the domain of the client's address. */
    public Optional<String> domain() {
        return string("domain");
    }

    /** {@code isProxy}: whether the client came through an anonymising proxy. */
    public Optional<Boolean> isProxy() {
        return bool("isProxy");
    }

    /** {@code userBehaviors}: the behaviours Okta's risk engine detected, e.g. {@code New Device}. */
    public List<String> userBehaviors() {
        return strings("userBehaviors");
    }
}
