package io.oktahooks.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.HookRequest;
import io.oktahooks.core.HookType;
import io.oktahooks.core.OktaObject;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.testkit.fixtures.Fixture;
import io.oktahooks.testsupport.SharedFiles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Okta adds fields: every documented request and every testkit fixture, with many random unknown
 * members added at every object level, still parses, and every typed accessor (at every depth)
 * returns what it returned for the original.
 */
class ForwardCompatibilityTest {

    private static final Set<String> NOT_ACCESSORS =
            Set.of("json", "data", "memberNames", "toString", "hashCode", "respond", "getClass", "builder");

    private static final Map<String, HookType> SAMPLE_TYPES = Map.of(
            "token",
            HookType.TOKEN,
            "saml",
            HookType.SAML,
            "registration",
            HookType.REGISTRATION,
            "import",
            HookType.USER_IMPORT,
            "password-import",
            HookType.PASSWORD_IMPORT,
            "telephony",
            HookType.TELEPHONY,
            "event-hook",
            HookType.EVENT);

    /** Adds {@code perObject} members with random names and values to every object in the tree. */
    static void inject(JsonNode node, Random random, int perObject) {
        if (node instanceof ObjectNode object) {
            List<JsonNode> children = new ArrayList<>();
            object.elements().forEachRemaining(children::add);
            children.forEach(child -> inject(child, random, perObject));
            for (int k = 0; k < perObject; k++) {
                String name = "zz_future_" + Integer.toHexString(random.nextInt());
                switch (random.nextInt(5)) {
                    case 0 -> object.put(name, random.nextLong());
                    case 1 -> object.put(name, "x" + random.nextInt());
                    case 2 -> object.putNull(name);
                    case 3 ->
                        object.putArray(name)
                                .add(random.nextBoolean())
                                .addObject()
                                .put("nested", 1);
                    default -> object.putObject(name).put("level", random.nextInt(10));
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> inject(child, random, perObject));
        }
    }

    /** Every zero-argument public accessor's value, recursively into nested views, keyed by path. */
    static Map<String, String> projection(Object view, String path, int depth) {
        Map<String, String> values = new TreeMap<>();
        if (depth > 5) {
            return values;
        }
        for (Method method : view.getClass().getMethods()) {
            if (method.getParameterCount() != 0
                    || Modifier.isStatic(method.getModifiers())
                    || NOT_ACCESSORS.contains(method.getName())
                    || method.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = method.invoke(view);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(path + method.getName() + " threw " + e.getCause(), e);
            }
            record(values, path + method.getName(), value, depth);
        }
        return values;
    }

    private static void record(Map<String, String> values, String path, Object value, int depth) {
        if (value instanceof Optional<?> optional) {
            if (optional.isEmpty()) {
                values.put(path, "empty");
            } else {
                record(values, path, optional.get(), depth);
            }
        } else if (value instanceof OktaObject view) {
            values.putAll(projection(view, path + ".", depth + 1));
        } else if (value instanceof Collection<?> list
                && !list.isEmpty()
                && list.iterator().next() instanceof OktaObject) {
            int index = 0;
            for (Object element : list) {
                values.putAll(projection(element, path + "[" + index++ + "].", depth + 1));
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> record(values, path + "{" + k + "}", v, depth));
        } else if (value instanceof JsonNode) {
            values.put(path, "(json)");
        } else {
            values.put(path, String.valueOf(value));
        }
    }

    /**
     * Claims, scopes and profiles are open maps: an injected member there is a new claim or
     * attribute and rightly listed. Everything else must be unchanged.
     */
    private static Map<String, String> withoutInjected(Map<String, String> projection) {
        Map<String, String> kept = new TreeMap<>();
        projection.forEach((key, value) -> {
            if (!key.contains("zz_future_")) {
                kept.put(key, value.replaceAll(", zz_future_[0-9a-f]+", ""));
            }
        });
        return kept;
    }

    private static void assertSameTypedView(HookType type, JsonNode original, String name, long seed) {
        Random random = new Random(seed);
        JsonNode augmented = original.deepCopy();
        inject(augmented, random, 50);
        HookRequest before = Fixture.parse(type, original);
        HookRequest after = Fixture.parse(type, HookJson.readTree(HookJson.toBytes(augmented)));
        assertThat(after.json()).as(name).isEqualTo(augmented);
        assertThat(withoutInjected(projection(after, "", 0))).as(name).isEqualTo(projection(before, "", 0));
    }

    @Test
    void everyOktaSampleRequestKeepsItsTypedViewUnderUnknownMembers() {
        int checked = 0;
        for (Map.Entry<String, HookType> entry : SAMPLE_TYPES.entrySet()) {
            String prefix = entry.getValue() == HookType.EVENT ? "delivery*.json" : "request*.json";
            for (Path file : SharedFiles.files("okta-samples/" + entry.getKey(), prefix)) {
                assertSameTypedView(
                        entry.getValue(), HookJson.readTree(SharedFiles.bytes(file)), file.toString(), checked);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(18);
    }

    @Test
    void everyFixtureKeepsItsTypedViewUnderUnknownMembers() {
        long seed = 1000;
        for (Fixture fixture : Fixture.values()) {
            assertSameTypedView(fixture.type(), fixture.json(), fixture.name(), seed++);
        }
    }

    @Test
    void theProjectionSeesDeepAccessors() {
        Map<String, String> projection = projection(Fixture.TOKEN_AUTHORIZATION_CODE.request(), "", 0);
        assertThat(projection)
                .containsEntry("preferredUsername", "jessie.smith@example.com")
                .containsKey("protocol.request.grantType")
                .containsKey("session.amr");
    }
}
