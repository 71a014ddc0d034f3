package io.oktahooks.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.HookParseException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The one hardened Jackson configuration the SDK reads and writes Okta JSON with.
 *
 * <p>Why it exists: Okta's payloads come from the network, so the parser must refuse what a
 * second parser (a WAF, a log pipeline) could read differently: duplicate member names, trailing
 * data after the document, absurd nesting, numbers or names. One instance is shared by the whole
 * process (Jackson readers and writers are immutable and thread-safe); nothing in the SDK creates
 * a mapper per call. No default typing is ever enabled, so no JSON can name a Java class to
 * instantiate.
 *
 * <p>Internal: not part of the SDK's API (exported only to the SDK's own modules).
 *
 * <p>Limits: nesting depth 64 (Okta's deepest documented payload nests 9 levels), numbers up to
 * 100 digits, member names up to 1,024 characters, strings up to 1,000,000 characters, documents
 * up to 16 MiB (the endpoint's own body cap, 1 MiB by default, applies before this).
 */
public final class HookJson {

    /** Nesting depth accepted in a request body. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest number (in characters) accepted in a request body. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Longest member name accepted in a request body. */
    public static final int MAX_NAME_LENGTH = 1_024;
    /** Longest string value accepted in a request body. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Largest document the shared reader accepts at all; endpoints cap bodies lower. */
    public static final long MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;

    private static final ObjectMapper MAPPER = createMapper();
    private static final ObjectReader TREE_READER = MAPPER.reader();
    private static final ObjectWriter WRITER = MAPPER.writer();

    private HookJson() {}

    private static ObjectMapper createMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                // Duplicate member names are refused where the tree puts each member into its object's
                // map: the put that builds the tree already returns the member it replaced, so the check
                // costs nothing. (The parser-level StreamReadFeature.STRICT_DUPLICATE_DETECTION kept a
                // second set of names per object: about a fifth of the parse time and a quarter of the
                // bytes.) Every read of Okta JSON in the SDK builds a tree (readTree), so every object
                // of every request passes this check, nested ones included.
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .nodeFactory(new CompactNodes())
                .build();
    }

    /**
     * Objects whose members live in a {@link Members} map rather than a {@code LinkedHashMap}: every
     * object the SDK parses or builds, and their deep copies, take about a third of the memory.
     * (Exact decimals come from the mapper's disabled {@code STRIP_TRAILING_BIGDECIMAL_ZEROES}.)
     */
    private static final class CompactNodes extends JsonNodeFactory {
        private static final long serialVersionUID = 1L;

        CompactNodes() {
            super();
        }

        @Override
        public ObjectNode objectNode() {
            return new CompactObjectNode(this, new Members());
        }
    }

    /**
     * The shared, immutable reader (thread-safe). Its limits apply to every read; duplicate member
     * names are refused when it reads a tree ({@link #readTree(byte[])}), which is how the SDK reads
     * all Okta JSON.
     */
    public static ObjectReader reader() {
        return TREE_READER;
    }

    /** The shared, immutable writer (thread-safe), compact output. */
    public static ObjectWriter writer() {
        return WRITER;
    }

    /** A new empty JSON object node, for building values to send. */
    public static ObjectNode newObject() {
        return MAPPER.getNodeFactory().objectNode();
    }

    /**
     * Reads one JSON document.
     *
     * @throws HookParseException naming the line and column (and the reason code
     *     {@code malformed_json} or {@code json_limit_exceeded}) when the bytes are not one
     *     acceptable JSON document
     */
    public static JsonNode readTree(byte[] json) {
        if (json == null || json.length == 0) {
            throw new HookParseException(
                    HookParseException.Reason.MALFORMED_JSON, "", "the body is empty; Okta sends a JSON object");
        }
        try {
            JsonNode node = TREE_READER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new HookParseException(
                        HookParseException.Reason.MALFORMED_JSON, "", "the body holds no JSON document");
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw limitExceeded(e);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof StreamConstraintsException sce) {
                throw limitExceeded(sce);
            }
            throw new HookParseException(
                    HookParseException.Reason.MALFORMED_JSON, where(e.getLocation()), malformed(e));
        } catch (IOException e) {
            throw new HookParseException(
                    HookParseException.Reason.MALFORMED_JSON, "", "the body could not be read as JSON");
        } catch (RuntimeException e) {
            // Jackson documents only JsonProcessingException, but a parser bug must not become a 500.
            throw new HookParseException(
                    HookParseException.Reason.MALFORMED_JSON, "", "the body could not be parsed as JSON");
        }
    }

    /** Converts a Java value (String, Number, Boolean, Map, List, JsonNode, record) to a fresh JSON node. */
    public static JsonNode toNode(Object value) {
        if (value instanceof JsonNode node) {
            return copy(node);
        }
        JsonNodeFactory nodes = MAPPER.getNodeFactory();
        if (value instanceof String text) {
            return nodes.textNode(text);
        }
        if (value instanceof Boolean bool) {
            return nodes.booleanNode(bool);
        }
        if (value instanceof Integer number) {
            return nodes.numberNode(number);
        }
        if (value instanceof Long number) {
            return nodes.numberNode(number);
        }
        try {
            return MAPPER.valueToTree(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "value of type " + value.getClass().getName() + " cannot be written as JSON: "
                            + firstLine(e.getMessage()),
                    e);
        }
    }

    /**
     * A deep copy, as {@link JsonNode#deepCopy()} makes it (value nodes, immutable, are shared), but
     * with the SDK's compact objects whatever factory built the original (a user's plain Jackson
     * nodes copy into a third of the memory).
     */
    static JsonNode copy(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = MAPPER.getNodeFactory().objectNode();
            for (java.util.Map.Entry<String, JsonNode> member : object.properties()) {
                copy.set(member.getKey(), copy(member.getValue()));
            }
            return copy;
        }
        if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
            com.fasterxml.jackson.databind.node.ArrayNode copy =
                    MAPPER.getNodeFactory().arrayNode(array.size());
            for (JsonNode element : array) {
                copy.add(copy(element));
            }
            return copy;
        }
        return node.deepCopy();
    }

    /** Serialises a node to compact UTF-8 JSON bytes. */
    public static byte[] toBytes(JsonNode node) {
        try {
            return WRITER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "a JSON tree could not be written: " + firstLine(e.getOriginalMessage()), e);
        }
    }

    /**
     * Serialises a reply once, into one pooled buffer, and checks its size there: the bytes when the
     * JSON is shorter than {@code limit}, else the exception {@code tooLarge} makes (bytes beyond the
     * limit are only counted, for the exact size in the refusal). What is returned is the only array
     * allocated for the output ({@link #toBytes(JsonNode)} grows a chain of blocks and copies them).
     *
     * @param tooLarge the exception for a reply of the given size (exact), not below the limit
     * @return the compact UTF-8 JSON, shorter than {@code limit}
     */
    public static byte[] toBytes(JsonNode node, int limit, LongFunction<? extends RuntimeException> tooLarge) {
        ReplyBuffer buffer = ReplyBuffer.acquire(limit);
        try {
            try (JsonGenerator generator = MAPPER.getFactory().createGenerator(buffer)) {
                WRITER.writeValue(generator, node);
            }
            if (buffer.size >= limit) {
                throw tooLarge.apply(buffer.size);
            }
            return java.util.Arrays.copyOf(buffer.bytes, (int) buffer.size);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree could not be written: " + firstLine(e.getMessage()), e);
        } finally {
            buffer.release();
        }
    }

    /**
     * The output of one reply: bytes kept up to the limit, counted beyond it. Buffers of up to 64 KiB
     * are pooled (16 slots, picked by thread id, each held by one writer at a time), so a reply
     * allocates its exact-size result and nothing else for the output.
     */
    private static final class ReplyBuffer extends OutputStream {
        private static final int SLOTS = 16;
        private static final int INITIAL = 8 * 1024;
        private static final int POOLED_MAX = 64 * 1024;
        private static final AtomicReferenceArray<byte[]> POOL = new AtomicReferenceArray<>(SLOTS);

        private final int slot;
        private final int limit;
        private byte[] bytes;
        private long size;

        private ReplyBuffer(int slot, int limit, byte[] bytes) {
            this.slot = slot;
            this.limit = limit;
            this.bytes = bytes;
        }

        static ReplyBuffer acquire(int limit) {
            int slot = (int) (Thread.currentThread().getId() & (SLOTS - 1));
            byte[] pooled = POOL.getAndSet(slot, null);
            return new ReplyBuffer(slot, limit, pooled != null ? pooled : new byte[INITIAL]);
        }

        void release() {
            if (bytes.length <= POOLED_MAX) {
                POOL.set(slot, bytes);
            }
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] source, int offset, int length) {
            long kept = Math.min(size + length, limit);
            if (kept > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, (int) Math.min(limit, Math.max(kept, 2L * bytes.length)));
            }
            if (kept > size) {
                System.arraycopy(source, offset, bytes, (int) size, (int) (kept - size));
            }
            size += length;
        }
    }

    /*
     * Jackson's messages quote the input (up to 200 characters of it: a password in a malformed
     * password-import body would come back in the reply), so they are never copied. They are only
     * read to pick one of these fixed texts; the reason and the line and column say the rest.
     */

    private static HookParseException limitExceeded(StreamConstraintsException e) {
        String jackson = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
        String which;
        if (jackson.contains("nesting depth")) {
            which = "it nests deeper than " + MAX_NESTING_DEPTH + " levels";
        } else if (jackson.contains("number value length")) {
            which = "a number is longer than " + MAX_NUMBER_LENGTH + " characters";
        } else if (jackson.contains("name length")) {
            which = "a member name is longer than " + MAX_NAME_LENGTH + " characters";
        } else if (jackson.contains("string value length")) {
            which = "a string is longer than " + MAX_STRING_LENGTH + " characters";
        } else if (jackson.contains("document length")) {
            which = "the document is longer than " + MAX_DOCUMENT_LENGTH + " bytes";
        } else {
            which = "a parser limit";
        }
        return new HookParseException(
                HookParseException.Reason.JSON_LIMIT_EXCEEDED,
                where(e.getLocation()),
                "the JSON exceeds a limit: " + which);
    }

    private static String malformed(JsonProcessingException e) {
        String jackson = String.valueOf(e.getOriginalMessage());
        if (e instanceof JsonEOFException) {
            return "the body is not valid JSON: it ends inside the document";
        }
        if (jackson.startsWith("Duplicate field")) {
            return "the body is not valid JSON: a member name appears twice in one object";
        }
        if (jackson.startsWith("Trailing token")) {
            return "the body is not valid JSON: something follows the document";
        }
        return "the body is not valid JSON";
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** The first line of a message, cut at 200 characters. */
    public static String firstLine(@Nullable String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
