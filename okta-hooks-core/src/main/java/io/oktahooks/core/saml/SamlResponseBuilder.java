package io.oktahooks.core.saml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.HookType;
import io.oktahooks.core.InvalidResponseException;
import io.oktahooks.core.ResponseBuilder;
import io.oktahooks.core.internal.CommandDraft;
import io.oktahooks.core.internal.Drafts;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.internal.JsonPointers;
import io.oktahooks.core.internal.ResponseRules;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds the answer to a SAML assertion inline hook: {@code com.okta.assertion.patch} operations
 * that add attribute statements or replace elements of the assertion, or an {@code error} (the SAML
 * request is then denied and the user sees the error summary).
 *
 * <p>Operations go into the current patch command; {@link #nextCommand()} starts another one. Paths
 * must lie under {@code /subject/}, {@code /authentication/}, {@code /conditions/} or
 * {@code /claims/}; attribute names are escaped per RFC 6901. Okta documents only {@code add} and
 * {@code replace} for assertions.
 */
public final class SamlResponseBuilder extends ResponseBuilder<SamlResponseBuilder> {

    private final CommandDraft draft;

    private boolean startNewCommand;

    private SamlResponseBuilder() {
        this(HookType.SAML);
    }

    private SamlResponseBuilder(HookType type) {
        super(type);
        this.draft = Drafts.of(this);
    }

    /** A new builder. */
    public static SamlResponseBuilder create() {
        return new SamlResponseBuilder();
    }

    /** The escaped pointer of an attribute statement, e.g. {@code /claims/http:~1~1example.com~1role}. */
    public static String claimPath(String attributeName) {
        if (attributeName == null || attributeName.isEmpty()) {
            throw new InvalidResponseException(
                    InvalidResponseException.Rule.INVALID_ATTRIBUTE, "a SAML attribute name must not be empty");
        }
        return "/claims/" + JsonPointers.escape(attributeName);
    }

    /** Adds a new attribute statement to the assertion. */
    public SamlResponseBuilder addAttribute(String name, SamlAttribute attribute) {
        Objects.requireNonNull(attribute, "attribute");
        if (attribute.values().isEmpty()) {
            throw new InvalidResponseException(
                    InvalidResponseException.Rule.INVALID_ATTRIBUTE,
                    "attribute '" + name + "' needs at least one value");
        }
        return operation("add", claimPath(name), attribute.toJson());
    }

    /** Adds a new attribute statement with {@code xs:string} values and the basic name format. */
    public SamlResponseBuilder addAttribute(String name, String... values) {
        return addAttribute(name, SamlAttribute.strings(SamlAttribute.BASIC, values));
    }

    /** Replaces one value of an existing attribute statement (zero-based index). */
    public SamlResponseBuilder replaceAttributeValue(String name, int index, String value) {
        if (index < 0) {
            throw new InvalidResponseException(
                    InvalidResponseException.Rule.INVALID_PATH,
                    "attribute value index " + index + " is negative; indices start at 0");
        }
        return operation(
                "replace",
                claimPath(name) + "/attributeValues/" + index + "/value",
                HookJson.toNode(Objects.requireNonNull(value, "value")));
    }

    /** Replaces the authentication context class, e.g. with {@code urn:oasis:names:tc:SAML:2.0:ac:classes:X509}. */
    public SamlResponseBuilder replaceAuthnContextClassRef(String classRef) {
        ObjectNode value =
                HookJson.newObject().put("authnContextClassRef", Objects.requireNonNull(classRef, "classRef"));
        return operation("replace", "/authentication/authnContext", value);
    }

    /** Replaces the authentication statement's session index. */
    public SamlResponseBuilder replaceSessionIndex(String sessionIndex) {
        return operation(
                "replace",
                "/authentication/sessionIndex",
                HookJson.toNode(Objects.requireNonNull(sessionIndex, "sessionIndex")));
    }

    /** Sets {@code SessionNotOnOrAfter} to the assertion's issue instant plus this lifetime (whole seconds). */
    public SamlResponseBuilder sessionLifetime(Duration lifetime) {
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero() || lifetime.toNanosPart() != 0) {
            throw new InvalidResponseException(
                    InvalidResponseException.Rule.LIFETIME_OUT_OF_RANGE,
                    "the SAML session lifetime must be a positive number of whole seconds, not " + lifetime);
        }
        return operation(
                "add", "/authentication/sessionLifetime", JsonNodeFactory.instance.numberNode(lifetime.toSeconds()));
    }

    /** Replaces any element of the assertion at an (already escaped) JSON Pointer. */
    public SamlResponseBuilder replace(String pointer, Object value) {
        return operation("replace", pointer, value == null ? null : HookJson.toNode(value));
    }

    /** Adds an element to the assertion at an (already escaped) JSON Pointer. */
    public SamlResponseBuilder add(String pointer, Object value) {
        return operation("add", pointer, value == null ? null : HookJson.toNode(value));
    }

    /** Puts the following operations into a new {@code com.okta.assertion.patch} command. */
    public SamlResponseBuilder nextCommand() {
        startNewCommand = true;
        return this;
    }

    private SamlResponseBuilder operation(String op, String pointer, @Nullable JsonNode value) {
        Objects.requireNonNull(pointer, "pointer");
        ResponseRules.checkSamlOperation(op, pointer, value);
        ObjectNode operation = HookJson.newObject();
        operation.put("op", op);
        operation.put("path", pointer);
        operation.set("value", value);
        operations().add(operation);
        return this;
    }

    private ArrayNode operations() {
        JsonNode current = draft.last(HookType.Commands.ASSERTION_PATCH);
        if (current instanceof ArrayNode array && !startNewCommand) {
            return array;
        }
        startNewCommand = false;
        return draft.add(HookType.Commands.ASSERTION_PATCH, JsonNodeFactory.instance.arrayNode());
    }
}
