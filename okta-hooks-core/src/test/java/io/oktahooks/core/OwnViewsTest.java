package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.internal.HookJson;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * A user's own view of a member Okta sends (OktaObject's constructor and helpers are protected for
 * this) reads numbers, booleans, nested objects and lists with the same leniency as the SDK's views.
 */
class OwnViewsTest {

    /** What a user writes for, say, a custom object in the user profile. */
    static final class Badge extends OktaObject {
        Badge(JsonNode node) {
            super(node);
        }

        OptionalLong number() {
            return longValue("number");
        }

        Optional<Boolean> active() {
            return bool("active");
        }

        Optional<Badge> backup() {
            return object("backup", Badge::new);
        }

        List<Badge> history() {
            return objects("history", Badge::new);
        }

        List<String> doors() {
            return strings("doors");
        }
    }

    private static Badge badge(String json) {
        return new Badge(HookJson.readTree(Payloads.bytes(json)));
    }

    @Test
    void wholeNumbersComeAsNumbersOrNumericStrings() {
        assertThat(badge("{\"number\": 42}").number()).hasValue(42);
        assertThat(badge("{\"number\": \" 42 \"}").number()).hasValue(42);
        assertThat(badge("{\"number\": -9223372036854775808}").number()).hasValue(Long.MIN_VALUE);
        assertThat(badge("{\"number\": 9223372036854775808}").number()).isEmpty();
        assertThat(badge("{\"number\": 4.5}").number()).isEmpty();
        assertThat(badge("{\"number\": \"4x\"}").number()).isEmpty();
        assertThat(badge("{\"number\": true}").number()).isEmpty();
        assertThat(badge("{\"number\": null}").number()).isEmpty();
        assertThat(badge("{}").number()).isEmpty();
    }

    @Test
    void booleansComeAsBooleansOrTheirExactStrings() {
        assertThat(badge("{\"active\": true}").active()).contains(true);
        assertThat(badge("{\"active\": \"false\"}").active()).contains(false);
        assertThat(badge("{\"active\": \"TRUE\"}").active()).isEmpty();
        assertThat(badge("{\"active\": 1}").active()).isEmpty();
        assertThat(badge("{}").active()).isEmpty();
    }

    @Test
    void nestedObjectsAndListsSkipWhatIsNotAnObject() {
        Badge badge = badge("{\"backup\": {\"number\": 7}, \"history\": [{\"number\": 1}, 2, null, {\"number\": 3}],"
                + " \"doors\": \"north\"}");
        assertThat(badge.backup())
                .hasValueSatisfying(b -> assertThat(b.number()).hasValue(7));
        assertThat(badge.history()).extracting(b -> b.number().getAsLong()).containsExactly(1L, 3L);
        assertThat(badge.doors()).containsExactly("north");
        assertThat(badge("{\"backup\": [], \"history\": {}, \"doors\": [\"a\", {}, 1]}")
                        .backup())
                .isEmpty();
        assertThat(badge("{\"history\": {}}").history()).isEmpty();
        assertThat(badge("{\"doors\": [\"a\", {}, 1]}").doors()).containsExactly("a", "1");
        assertThat(badge("{}").history()).isEmpty();
    }
}
