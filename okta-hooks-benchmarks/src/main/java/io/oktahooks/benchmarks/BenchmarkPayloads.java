package io.oktahooks.benchmarks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.testkit.fixtures.Fixture;
import io.oktahooks.testkit.fixtures.FixtureBuilder;
import java.util.List;
import java.util.Map;

/** The bytes every benchmark pair shares. */
final class BenchmarkPayloads {

    static final String USER = "bench";
    static final String PASSWORD = "benchmark-password-123";

    private BenchmarkPayloads() {}

    /** A realistic token hook request of about 4 KB: the authorization-code fixture with a few more claims. */
    static byte[] tokenRequest() {
        FixtureBuilder builder = Fixture.TOKEN_AUTHORIZATION_CODE.builder().user("jessie.smith@example.com");
        builder.idTokenClaim("groups_hint", List.of("clinic-staff", "cardiology", "on-call", "badge-holders"));
        builder.idTokenClaim(
                "department", Map.of("id", "D-4947", "name", "Cardiology", "floor", 3, "building", "North"));
        builder.accessTokenClaim(
                "entitlements", List.of("records.read", "records.write", "schedule.read", "billing.none"));
        builder.accessTokenClaim("tenant", Map.of("id", "acme-clinic", "region", "us-east", "tier", "gold"));
        for (int i = 0; i < 20; i++) {
            builder.set("/data/context/user/profile/custom" + i, "value-" + i + "-" + "x".repeat(40));
        }
        return sized(builder, 3_500, 4_600, "the token request should be about 4 KB");
    }

    /** About 64 KB: the authorization-code fixture with a large user profile (545 custom attributes). */
    static byte[] largeTokenRequest() {
        FixtureBuilder builder = Fixture.TOKEN_AUTHORIZATION_CODE.builder().user("jessie.smith@example.com");
        for (int i = 0; i < 545; i++) {
            builder.set("/data/context/user/profile/custom" + i, "value-" + i + "-" + "x".repeat(90));
        }
        return sized(builder, 63_000, 67_000, "the large token request should be about 64 KB");
    }

    private static byte[] sized(FixtureBuilder builder, int min, int max, String expectation) {
        byte[] bytes = builder.bytes();
        if (bytes.length < min || bytes.length > max) {
            throw new IllegalStateException(expectation + ", is " + bytes.length + " bytes");
        }
        return bytes;
    }

    /** An event hook delivery with 100 System Log events. */
    static byte[] delivery100() {
        return Fixture.EVENT_DELIVERY_MANY.builder().eventCount(100).bytes();
    }

    /**
     * The value of claim {@code i} in the large response: a nested object with an array, built with
     * plain Jackson as a user's code builds it (not with the SDK's own node factory, whose compact
     * objects the hand-built baseline's deep copies would otherwise inherit).
     */
    static ObjectNode claimValue(int i) {
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        value.put("id", "C-" + i);
        value.put("label", "claim number " + i);
        value.putArray("tags").add("a" + i).add("b" + i).add("c" + i);
        value.putObject("meta").put("version", i).put("active", i % 2 == 0);
        return value;
    }
}
