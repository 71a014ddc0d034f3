package io.oktahooks.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The compact member map behaves as the LinkedHashMap Jackson would use: the same answers to every
 * operation in random sequences across the scan/index threshold, and parsed trees equal to, hashing
 * like and printing like Jackson's own.
 */
class MembersTest {

    @Test
    void randomOperationsGiveTheSameAnswersAsALinkedHashMap() {
        Random random = new Random(19);
        for (int round = 0; round < 300; round++) {
            Members members = new Members();
            Map<String, JsonNode> expected = new LinkedHashMap<>();
            int names = 1 + random.nextInt(40);
            for (int step = 0; step < 400; step++) {
                String name = "m" + random.nextInt(names);
                JsonNode value = random.nextInt(10) == 0 ? null : IntNode.valueOf(random.nextInt(5));
                switch (random.nextInt(9)) {
                    case 0, 1, 2, 3 ->
                        assertThat(members.put(new String(name), value)).isEqualTo(expected.put(name, value));
                    case 4 -> assertThat(members.remove(name)).isEqualTo(expected.remove(name));
                    case 5 -> {
                        Iterator<Map.Entry<String, JsonNode>> it =
                                members.entrySet().iterator();
                        Iterator<Map.Entry<String, JsonNode>> ex =
                                expected.entrySet().iterator();
                        while (it.hasNext()) {
                            Map.Entry<String, JsonNode> actual = it.next();
                            Map.Entry<String, JsonNode> wanted = ex.next();
                            assertThat(actual).isEqualTo(wanted);
                            assertThat(actual.hashCode()).isEqualTo(wanted.hashCode());
                            if (actual.getKey().equals(name)) {
                                it.remove();
                                ex.remove();
                            } else if (random.nextBoolean()) {
                                assertThat(actual.setValue(TextNode.valueOf("set")))
                                        .isEqualTo(wanted.setValue(TextNode.valueOf("set")));
                            }
                        }
                        assertThat(ex.hasNext()).isFalse();
                    }
                    case 6 -> assertThat(members.containsKey(name)).isEqualTo(expected.containsKey(name));
                    case 7 -> assertThat(members.get(name)).isEqualTo(expected.get(name));
                    default -> {
                        if (random.nextInt(20) == 0) {
                            members.clear();
                            expected.clear();
                        }
                    }
                }
                assertThat(members.size()).isEqualTo(expected.size());
            }
            assertThat(new ArrayList<>(members.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
            assertThat(new ArrayList<>(members.values())).isEqualTo(new ArrayList<>(expected.values()));
            assertThat(members).isEqualTo(expected);
            assertThat(expected).isEqualTo(members);
            assertThat(members.hashCode()).isEqualTo(expected.hashCode());
        }
    }

    @Test
    void namesSharingAHashAreToldApartAndARepeatedNameIsFoundAfterTheIndexIsDropped() {
        Members members = new Members();
        // "Aa" and "BB" have the same String hash code, so the same bit in the map's name filter.
        assertThat(members.put("Aa", IntNode.valueOf(1))).isNull();
        assertThat(members.put("BB", IntNode.valueOf(2))).isNull();
        assertThat(members.put(new String("BB"), IntNode.valueOf(3))).isEqualTo(IntNode.valueOf(2));
        assertThat(members).containsExactly(Map.entry("Aa", IntNode.valueOf(1)), Map.entry("BB", IntNode.valueOf(3)));
        // Grow past the scan limit (an index is built), shrink below it (the index is dropped): every
        // name still present is still found, by put as by get.
        for (int i = 0; i < Members.SCAN_MAX + 4; i++) {
            members.put("extra" + i, IntNode.valueOf(i));
        }
        for (int i = 0; i < Members.SCAN_MAX + 4; i++) {
            members.remove("extra" + i);
        }
        assertThat(members.get(new String("Aa"))).isEqualTo(IntNode.valueOf(1));
        assertThat(members.put(new String("Aa"), IntNode.valueOf(4))).isEqualTo(IntNode.valueOf(1));
        assertThat(members).hasSize(2);
    }

    @Test
    void parsedTreesAreEqualToJacksonsOwnAndPrintTheSame() throws Exception {
        StringBuilder big = new StringBuilder("{");
        for (int i = 0; i < 30; i++) {
            big.append(i == 0 ? "" : ",")
                    .append("\"k")
                    .append(i)
                    .append("\":{\"v\":")
                    .append(i)
                    .append(",\"w\":[")
                    .append(i)
                    .append("]}");
        }
        big.append("}");
        List<String> documents =
                List.of(big.toString(), "{}", "{\"a\":{\"b\":{\"c\":null}},\"d\":[{\"e\":1.50},{}],\"f\":\"x\"}");
        // Jackson's own tree with the SDK's number settings: only the member map differs
        ObjectMapper plain = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
        for (String json : documents) {
            JsonNode ours = HookJson.readTree(json.getBytes(StandardCharsets.UTF_8));
            JsonNode theirs = plain.readTree(json);
            assertThat(ours).isEqualTo(theirs);
            assertThat(theirs).isEqualTo(ours);
            assertThat(ours.hashCode()).isEqualTo(theirs.hashCode());
            assertThat(ours.toString()).isEqualTo(theirs.toString());
            assertThat((Object) ours.deepCopy()).isEqualTo(theirs);
            ObjectNode copy = (ObjectNode) ours.deepCopy();
            copy.retain("k3", "a");
            ObjectNode expected = ((ObjectNode) theirs.deepCopy()).retain("k3", "a");
            assertThat(copy).isEqualTo(expected);
            assertThat(ours).isEqualTo(theirs); // the copy is independent
        }
        ObjectNode node = (ObjectNode) HookJson.readTree(big.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(node.at("/k17/w/0").asInt()).isEqualTo(17);
        node.remove("k17");
        assertThat(node.has("k17")).isFalse();
        assertThat(node.get("k18").get("v").asInt()).isEqualTo(18);
        assertThat(node.size()).isEqualTo(29);
    }

    @Test
    void aUsersPlainJacksonValueIsCopiedIntoCompactObjectsEqualAndIndependent() throws Exception {
        JsonNode users = new ObjectMapper()
                .readTree("{\"id\":\"C-1\",\"tags\":[\"a\",{\"x\":[]}],\"meta\":{\"v\":1,\"n\":null,\"d\":2.50}}");
        JsonNode copy = HookJson.toNode(users);
        assertThat(copy).isEqualTo(users);
        assertThat(copy.toString()).isEqualTo(users.toString());
        ((ObjectNode) users.get("meta")).put("v", 2);
        ((com.fasterxml.jackson.databind.node.ArrayNode) users.get("tags")).removeAll();
        assertThat(copy.at("/meta/v").asInt()).isEqualTo(1);
        assertThat(copy.at("/tags/1/x").isArray()).isTrue();
        java.lang.reflect.Field children = ObjectNode.class.getDeclaredField("_children");
        children.setAccessible(true);
        assertThat(children.get(copy)).isInstanceOf(Members.class);
        assertThat(children.get(copy.get("meta"))).isInstanceOf(Members.class);
    }
}
