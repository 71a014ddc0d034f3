package io.oktahooks.core.saml;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.OktaObject;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code data.assertion} of a SAML hook: subject, authentication statement, conditions, attribute
 * statements ({@code claims}) and lifetime, in Okta's JSON rendering of the assertion.
 */
public final class Assertion extends OktaObject {

    Assertion(JsonNode node) {
        super(node);
    }

    /** {@code subject.nameId}: the subject's name identifier. */
    public Optional<String> nameId() {
        return stringAt("/subject/nameId");
    }

    /** {@code subject.nameFormat}. */
    public Optional<String> nameFormat() {
        return stringAt("/subject/nameFormat");
    }

    /** {@code subject.confirmation.method}, e.g. {@code urn:oasis:names:tc:SAML:2.0:cm:bearer}. */
    public Optional<String> confirmationMethod() {
        return stringAt("/subject/confirmation/method");
    }

    /** {@code subject.confirmation.data.recipient}: the SP's ACS URL. */
    public Optional<String> recipient() {
        return stringAt("/subject/confirmation/data/recipient");
    }

    /** {@code authentication.sessionIndex}. */
    public Optional<String> sessionIndex() {
        return stringAt("/authentication/sessionIndex");
    }

    /** {@code authentication.authnContext.authnContextClassRef}. */
    public Optional<String> authnContextClassRef() {
        return stringAt("/authentication/authnContext/authnContextClassRef");
    }

    /** {@code conditions.audienceRestriction}: the audiences. */
    public List<String> audienceRestriction() {
        JsonNode conditions = node().get("conditions");
        return conditions == null ? List.of() : new Conditions(conditions).audiences();
    }

    /** {@code claims}: attribute name to attribute statement, in document order. */
    public Map<String, SamlAttribute> claims() {
        JsonNode claims = node().get("claims");
        if (claims == null || !claims.isObject()) {
            return Map.of();
        }
        Map<String, SamlAttribute> attributes = new LinkedHashMap<>();
        claims.properties().forEach(e -> attributes.put(e.getKey(), SamlAttribute.read(e.getValue())));
        return Collections.unmodifiableMap(attributes);
    }

    /** {@code lifetime.expiration}: how long the assertion is valid. */
    public Optional<Duration> lifetime() {
        JsonNode seconds = node().at("/lifetime/expiration");
        return seconds.isNumber() && seconds.canConvertToLong()
                ? Optional.of(Duration.ofSeconds(seconds.longValue()))
                : Optional.empty();
    }

    private static final class Conditions extends OktaObject {
        Conditions(JsonNode node) {
            super(node);
        }

        List<String> audiences() {
            return strings("audienceRestriction");
        }
    }
}
