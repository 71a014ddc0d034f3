package io.oktahooks.core.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.OktaObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One System Log event inside an event hook delivery. The members of Okta's LogEvent schema are
 * typed (actor, targets with their change details, client, outcome, transaction, authentication
 * and security context, the IP chain, debug data); anything Okta adds is available through
 * {@link #member(String)} and {@link #json()}.
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

    /** {@code authenticationContext}: how the actor authenticated. */
    public Optional<LogAuthenticationContext> authenticationContext() {
        return object("authenticationContext", LogAuthenticationContext::new);
    }

    /** {@code securityContext}: the client's network as Okta sees it. */
    public Optional<LogSecurityContext> securityContext() {
        return object("securityContext", LogSecurityContext::new);
    }

    /**
     * The addresses the request passed through: {@code request.ipChain} (Okta's LogEvent schema),
     * else {@code client.ipChain} (where Okta's delivery samples put it); empty when neither is there.
     */
    public List<LogIpAddress> ipChain() {
        JsonNode request = node().get("request");
        if (request != null && request.path("ipChain").isArray()) {
            return new Holder(request).ipChain();
        }
        JsonNode client = node().get("client");
        return client == null ? List.of() : new Holder(client).ipChain();
    }

    /**
     * The phone number a phone verification event was about ({@code system.sms.send_phone_verification_message},
     * {@code system.voice.send_phone_verification_call}): {@code debugContext.debugData.phoneNumber} on
     * Okta Identity Engine, else the {@code alternateId} of the {@code MobilePhone} target, where
     * Okta Classic Engine puts it. Treat it as personal data: never log it whole.
     */
    public Optional<String> phoneNumber() {
        Optional<String> identityEngine = stringAt("/debugContext/debugData/phoneNumber");
        if (identityEngine.isPresent()) {
            return identityEngine;
        }
        return targets().stream()
                .filter(target -> target.type().filter("MobilePhone"::equals).isPresent())
                .findFirst()
                .flatMap(LogEntity::alternateId);
    }

    /** A nested member ({@code request} or {@code client}), read with the same lenient rules as the event. */
    private static final class Holder extends OktaObject {
        Holder(JsonNode node) {
            super(node);
        }

        List<LogIpAddress> ipChain() {
            return objects("ipChain", LogIpAddress::new);
        }
    }
}
