package io.oktahooks.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The members of one JSON object the SDK parsed, as a compact map: names and values in two arrays
 * in document order, found by a scan while the object is small and through an open-addressing
 * index of positions once it has more than {@value #SCAN_MAX} members. Jackson's default, a
 * {@code LinkedHashMap}, holds a 40-byte entry per member and a bucket table besides (about 340
 * bytes for a five-member object, against about 110 here), and parsed objects are most of what a
 * request allocates. A full, mutable {@link Map} (insertion order, {@code null} values, iterator
 * removal, {@code setValue}), so an {@code ObjectNode} over it behaves as over a
 * {@code LinkedHashMap}; equality and hash code follow {@link Map}'s contract. Not thread-safe,
 * like {@code LinkedHashMap}. Not API.
 */
final class Members extends AbstractMap<String, JsonNode> {

    /**
     * Up to this many members, lookups scan the names (parsed names are interned, so mostly by
     * identity), and only when the name's bit in {@link #hashBits} is set: with at most 16 of 64 bits
     * taken, most puts of a new name scan nothing, so an index (a table of 64 ints) pays only beyond.
     */
    static final int SCAN_MAX = 16;
    /** Room for the first members (then doubled): most objects in requests and responses have two to eight. */
    private static final int INITIAL_CAPACITY = 4;

    private static final String[] NO_NAMES = {};
    private static final JsonNode[] NO_VALUES = {};

    private String[] names = NO_NAMES;
    private JsonNode[] values = NO_VALUES;
    private int size;
    /** Position + 1 of each name by hash (open addressing, linear probing); null while small. */
    private int @Nullable [] index;

    /**
     * One bit per name hash (its low six bits, after {@link #spread}) of every name added since the
     * map was last empty, indexed or not: a clear bit proves a name absent without the scan, which
     * is what almost every put while parsing finds. Removals leave their bits set; a set bit only
     * means "scan".
     */
    private long hashBits;

    private int modifications;

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public boolean containsKey(@Nullable Object name) {
        return name instanceof String text && position(text) >= 0;
    }

    @Override
    public @Nullable JsonNode get(@Nullable Object name) {
        if (!(name instanceof String text)) {
            return null;
        }
        int at = position(text);
        return at < 0 ? null : values[at];
    }

    @Override
    public @Nullable JsonNode put(String name, JsonNode value) {
        int hash = name.hashCode(); // a null name fails here, as the contract of ObjectNode expects
        int[] table = index;
        if (table == null) {
            int at = scan(name, hash);
            if (at >= 0) {
                return replace(at, value);
            }
            append(name, hash, value);
            if (size > SCAN_MAX) {
                reindex();
            }
            return null;
        }
        // One probe finds the name or, failing that, the free slot the new member's position goes in
        // (linear probing without deletions: a removal rebuilds the index).
        int mask = table.length - 1;
        int slot = spread(hash) & mask;
        for (int entry = table[slot]; entry != 0; entry = table[slot]) {
            if (names[entry - 1].equals(name)) {
                return replace(entry - 1, value);
            }
            slot = (slot + 1) & mask;
        }
        append(name, hash, value);
        if (size * 2 > table.length) {
            reindex();
        } else {
            table[slot] = size; // position + 1 of the member just appended
        }
        return null;
    }

    private JsonNode replace(int at, JsonNode value) {
        JsonNode old = values[at];
        values[at] = value;
        return old;
    }

    private void append(String name, int hash, JsonNode value) {
        if (size == names.length) {
            int capacity = size == 0 ? INITIAL_CAPACITY : size * 2;
            names = Arrays.copyOf(names, capacity);
            values = Arrays.copyOf(values, capacity);
        }
        names[size] = name;
        values[size] = value;
        hashBits |= hashBit(hash);
        size++;
        modifications++;
    }

    @Override
    public @Nullable JsonNode remove(@Nullable Object name) {
        if (!(name instanceof String text)) {
            return null;
        }
        int at = position(text);
        if (at < 0) {
            return null;
        }
        JsonNode old = values[at];
        removeAt(at);
        return old;
    }

    @Override
    public void clear() {
        Arrays.fill(names, 0, size, null);
        Arrays.fill(values, 0, size, null);
        size = 0;
        index = null;
        hashBits = 0;
        modifications++;
    }

    @Override
    public Set<Map.Entry<String, JsonNode>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Map.Entry<String, JsonNode>> iterator() {
                return new Entries();
            }
        };
    }

    /** Writes each member as {@code ObjectNode.serialize} does: its name, then its value. */
    void writeTo(JsonGenerator generator, @Nullable SerializerProvider provider) throws IOException {
        for (int i = 0; i < size; i++) {
            generator.writeFieldName(names[i]);
            values[i].serialize(generator, provider);
        }
    }

    private void removeAt(int at) {
        int tail = size - at - 1;
        System.arraycopy(names, at + 1, names, at, tail);
        System.arraycopy(values, at + 1, values, at, tail);
        size--;
        names[size] = null;
        values[size] = null;
        modifications++;
        if (index != null) {
            if (size > SCAN_MAX) {
                reindex();
            } else {
                index = null;
            }
        }
    }

    private int position(String name) {
        int hash = name.hashCode(); // cached in the String after its first use
        int[] table = index;
        if (table == null) {
            return scan(name, hash);
        }
        int mask = table.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            String candidate = names[entry - 1];
            if (candidate.equals(name)) {
                return entry - 1;
            }
        }
    }

    /** The position of a name in an object without an index, or -1; no scan when its bit is clear. */
    private int scan(String name, int hash) {
        if ((hashBits & hashBit(hash)) == 0) {
            return -1; // the name was never added since the map was last empty
        }
        for (int i = 0; i < size; i++) {
            String candidate = names[i];
            if (candidate.hashCode() == hash && candidate.equals(name)) { // equals() tries identity first
                return i;
            }
        }
        return -1;
    }

    private void reindex() {
        int capacity = Integer.highestOneBit(Math.max(16, size * 4 - 1)) << 1;
        int[] table = new int[capacity];
        index = table;
        for (int i = 0; i < size; i++) {
            insert(table, i);
        }
    }

    private void insert(int[] table, int position) {
        int mask = table.length - 1;
        int slot = spread(names[position].hashCode()) & mask;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = position + 1;
    }

    /** The name's bit in {@link #hashBits}: a shift by a long's width uses the low six bits. */
    private static long hashBit(int hash) {
        return 1L << spread(hash);
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** Iterates in document order; remove() and Entry.setValue() write through. */
    private final class Entries implements Iterator<Map.Entry<String, JsonNode>> {
        private int next;
        private int last = -1;
        private int expected = modifications;

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @Override
        public Map.Entry<String, JsonNode> next() {
            if (expected != modifications) {
                throw new ConcurrentModificationException();
            }
            if (next >= size) {
                throw new NoSuchElementException();
            }
            last = next++;
            return new Entry(last);
        }

        @Override
        public void remove() {
            if (last < 0) {
                throw new IllegalStateException();
            }
            if (expected != modifications) {
                throw new ConcurrentModificationException();
            }
            removeAt(last);
            next = last;
            last = -1;
            expected = modifications;
        }
    }

    /**
     * One member. While the member is still where the entry found it, the entry reads and writes
     * the map's value, as a {@code LinkedHashMap} entry does; once the map has moved it, the entry
     * keeps the value it last held. Equality and hash code follow {@link Map.Entry}.
     */
    private final class Entry implements Map.Entry<String, JsonNode> {
        private final String name;
        private final int position;
        private JsonNode value;

        Entry(int position) {
            this.name = names[position];
            this.position = position;
            this.value = values[position];
        }

        private boolean inPlace() {
            return position < size && names[position].equals(name); // names are unique in the map
        }

        @Override
        public String getKey() {
            return name;
        }

        @Override
        public JsonNode getValue() {
            return inPlace() ? values[position] : value;
        }

        @Override
        public JsonNode setValue(JsonNode next) {
            JsonNode old = getValue();
            if (inPlace()) {
                values[position] = next;
            }
            value = next;
            return old;
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Map.Entry<?, ?> entry
                    && name.equals(entry.getKey())
                    && java.util.Objects.equals(getValue(), entry.getValue());
        }

        @Override
        public int hashCode() {
            return name.hashCode() ^ java.util.Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return name + "=" + getValue();
        }
    }
}
