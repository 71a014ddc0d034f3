package io.oktahooks.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A Jackson {@code ObjectNode} over a {@link Members} map, which it also writes by walking the
 * map's arrays (Jackson's own code walks {@code entrySet()}, which for this map makes an entry
 * object per member). Written exactly as {@code ObjectNode.serialize} writes it: with a
 * serializer provider that filters empty arrays or null members, or sorts members, Jackson's own
 * code runs. Not API.
 */
// javac flags the covariant deepCopy() that ObjectNode itself declares over JsonNode's generic one
// (inherited here, not written): nothing in this class is unchecked.
@SuppressWarnings("unchecked")
final class CompactObjectNode extends ObjectNode {

    private static final long serialVersionUID = 1L;

    private final Members members;

    CompactObjectNode(JsonNodeFactory nodes, Members members) {
        super(nodes, members);
        this.members = members;
    }

    @Override
    public void serialize(JsonGenerator generator, @Nullable SerializerProvider provider) throws IOException {
        if (provider != null
                && (!provider.isEnabled(SerializationFeature.WRITE_EMPTY_JSON_ARRAYS)
                        || !provider.isEnabled(JsonNodeFeature.WRITE_NULL_PROPERTIES)
                        || provider.isEnabled(JsonNodeFeature.WRITE_PROPERTIES_SORTED))) {
            super.serialize(generator, provider);
            return;
        }
        generator.writeStartObject(this, members.size());
        members.writeTo(generator, provider);
        generator.writeEndObject();
    }
}
