package io.oktahooks.core.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.OktaObject;
import java.util.Optional;

/**
 * One entry of a System Log event's {@code ipChain}: an address the request passed through, with
 * where Okta places it. Unknown members are kept; every accessor is lenient.
 */
public final class LogIpAddress extends OktaObject {

    LogIpAddress(JsonNode node) {
        super(node);
    }

    /** {@code ip}. */
    public Optional<String> ip() {
        return string("ip");
    }

    /** {@code version}: {@code V4} or {@code V6}. */
    public Optional<String> version() {
        return string("version");
    }

    /** {@code source}: the proxy or service that reported the address, if any. */
    public Optional<String> source() {
        return string("source");
    }

    /** {@code geographicalContext.city}. */
    public Optional<String> city() {
        return stringAt("/geographicalContext/city");
    }

    /** {@code geographicalContext.state}. */
    public Optional<String> state() {
        return stringAt("/geographicalContext/state");
    }

    /** {@code geographicalContext.country}. */
    public Optional<String> country() {
        return stringAt("/geographicalContext/country");
    }

    /** {@code geographicalContext.postalCode}. */
    public Optional<String> postalCode() {
        return stringAt("/geographicalContext/postalCode");
    }
}
