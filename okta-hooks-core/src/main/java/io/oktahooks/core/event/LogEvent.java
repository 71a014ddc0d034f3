package io.oktahooks.core.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.OktaObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One System Log event inside an event hook delivery. The commonly needed members are typed;
 * {@code authenticationContext}, {@code securityContext}, {@code request}, {@code debugContext} and
 * anything Okta adds are available through {@link #member(String)} and {@link #json()}.
 */
public final class LogEvent extends OktaObject {

    LogEvent(JsonNode node) {
        super(node);
    }

    /** {@code uuid}: the event's unique id, the key to drop duplicates by. */
    public Optional<String> uuid() {
        return string("uuid");
    }

    /** {@code published}: when the event happened. */
    public Optional<Instant> published() {
        return instant("published");
    }

    /** {@code eventType}, e.g. {@code user.session.start}. */
    public Optional<String> eventType() {
        return string("eventType");
    }

    /** {@code version}, e.g. {@code "0"}. */
    public Optional<String> version() {
        return string("version");
    }

    /** {@code severity}: DEBUG, INFO, WARN or ERROR. */
    public Optional<String> severity() {
        return string("severity");
    }

    /** {@code displayMessage}: human-readable description. */
    public Optional<String> displayMessage() {
        return string("displayMessage");
    }

    /** {@code legacyEventType}. */
    public Optional<String> legacyEventType() {
        return string("legacyEventType");
    }

    /** {@code actor}: who did it. */
    public Optional<LogEntity> actor() {
        return object("actor", LogEntity::new);
    }

    /** {@code target}: what it was done to. */
    public List<LogEntity> targets() {
        return objects("target", LogEntity::new);
    }

    /** {@code client.ipAddress}. */
    public Optional<String> clientIpAddress() {
        return stringAt("/client/ipAddress");
    }

    /** {@code client.userAgent.rawUserAgent}. */
    public Optional<String> userAgent() {
        return stringAt("/client/userAgent/rawUserAgent");
    }

    /** {@code client.geographicalContext.country}. */
    public Optional<String> country() {
        return stringAt("/client/geographicalContext/country");
    }

    /** {@code outcome.result}: SUCCESS, FAILURE, SKIPPED, ALLOW, DENY, ... */
    public Optional<String> outcomeResult() {
        return stringAt("/outcome/result");
    }

    /** {@code outcome.reason}. */
    public Optional<String> outcomeReason() {
        return stringAt("/outcome/reason");
    }

    /** {@code transaction.id}. */
    public Optional<String> transactionId() {
        return stringAt("/transaction/id");
    }

    /** {@code transaction.type}: WEB or JOB. */
    public Optional<String> transactionType() {
        return stringAt("/transaction/type");
    }

    /** {@code debugContext.debugData}: free-form, keys are not a stable contract. */
    public Optional<JsonNode> debugData() {
        JsonNode data = node().at("/debugContext/debugData");
        return data.isMissingNode() ? Optional.empty() : Optional.of(data.deepCopy());
    }
}
