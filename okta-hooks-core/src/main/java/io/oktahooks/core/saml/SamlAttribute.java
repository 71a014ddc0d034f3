package io.oktahooks.core.saml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.internal.HookJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One SAML attribute statement as Okta renders it:
 * {@code {"attributes": {"NameFormat": ...}, "attributeValues": [{"attributes": {"xsi:type": ...}, "value": ...}]}}.
 *
 * @param nameFormat the {@code NameFormat}, e.g. {@link #BASIC}; may be null
 * @param values the attribute's values
 */
public record SamlAttribute(@Nullable String nameFormat, List<Value> values) {

    /** {@code urn:oasis:names:tc:SAML:2.0:attrname-format:basic}. */
    public static final String BASIC = "urn:oasis:names:tc:SAML:2.0:attrname-format:basic";
    /** {@code urn:oasis:names:tc:SAML:2.0:attrname-format:uri}. */
    public static final String URI = "urn:oasis:names:tc:SAML:2.0:attrname-format:uri";
    /** {@code urn:oasis:names:tc:SAML:2.0:attrname-format:unspecified}. */
    public static final String UNSPECIFIED = "urn:oasis:names:tc:SAML:2.0:attrname-format:unspecified";

    /** Copies the values. */
    public SamlAttribute {
        values = List.copyOf(Objects.requireNonNull(values, "values"));
    }

    /** An attribute of {@code xs:string} values with the given name format. */
    public static SamlAttribute strings(String nameFormat, String... values) {
        List<Value> list = new ArrayList<>();
        for (String value : values) {
            list.add(Value.string(value));
        }
        return new SamlAttribute(nameFormat, list);
    }

    /**
     * One attribute value.
     *
     * @param xsiType the {@code xsi:type}, e.g. {@code xs:string}; may be null
     * @param value the value as text
     */
    public record Value(@Nullable String xsiType, String value) {

        /** Requires a value. */
        public Value {
            Objects.requireNonNull(value, "value");
        }

        /** An {@code xs:string} value. */
        public static Value string(String value) {
            return new Value("xs:string", value);
        }
    }

    /** The JSON Okta expects in an attribute statement patch. */
    public ObjectNode toJson() {
        ObjectNode node = HookJson.newObject();
        ObjectNode attributes = node.putObject("attributes");
        if (nameFormat != null) {
            attributes.put("NameFormat", nameFormat);
        }
        var array = node.putArray("attributeValues");
        for (Value value : values) {
            ObjectNode entry = array.addObject();
            ObjectNode valueAttributes = entry.putObject("attributes");
            if (value.xsiType() != null) {
                valueAttributes.put("xsi:type", value.xsiType());
            }
            entry.put("value", value.value());
        }
        return node;
    }

    static SamlAttribute read(JsonNode node) {
        String format = text(node.at("/attributes/NameFormat"));
        List<Value> values = new ArrayList<>();
        JsonNode array = node.get("attributeValues");
        if (array != null && array.isArray()) {
            for (JsonNode entry : array) {
                String value = text(entry.get("value"));
                if (value != null) {
                    values.add(new Value(text(entry.at("/attributes/xsi:type")), value));
                }
            }
        }
        return new SamlAttribute(format, values);
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() || !node.isValueNode() ? null : node.asText();
    }
}
