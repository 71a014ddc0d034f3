package io.oktahooks.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.HookAuthenticator;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookHttpRequest;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookRequest;
import io.oktahooks.core.HookResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.testkit.fixtures.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Polymorphic-typing gadgets in every string field of every fixture are only data: the body is
 * accepted (or refused as a shape error) and nothing is instantiated or touched on disk.
 */
class PolymorphicGadgetsTest {

    private static final String MARKER = "okta-hooks-gadget-marker";

    private static JsonNode gadget(int variant) {
        return switch (variant % 3) {
            case 0 ->
                HookJson.readTree(("[\"java.lang.ProcessBuilder\",{\"command\":[\"touch\",\"/tmp/" + MARKER + "\"]}]")
                        .getBytes());
            case 1 ->
                HookJson.readTree(
                        ("{\"@class\":\"java.net.URL\",\"val\":\"http://127.0.0.1:9/" + MARKER + "\"}").getBytes());
            default ->
                HookJson.readTree(
                        "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://127.0.0.1:9/x\"}"
                                .getBytes());
        };
    }

    private static int replaceStrings(JsonNode node, AtomicInteger counter) {
        int replaced = 0;
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = object.get(name);
                if (child.isTextual() && !name.equals("eventType")) {
                    object.set(name, gadget(counter.getAndIncrement()));
                    replaced++;
                } else {
                    replaced += replaceStrings(child, counter);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                replaced += replaceStrings(child, counter);
            }
        }
        return replaced;
    }

    @Test
    void gadgetsInEveryStringFieldAreOnlyData() throws Exception {
        List<HookRequest> seen = new ArrayList<>();
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(HookAuthenticator.insecureAcceptAll())
                .token(r -> record(seen, r, HookType.TOKEN))
                .saml(r -> record(seen, r, HookType.SAML))
                .registration(r -> record(seen, r, HookType.REGISTRATION))
                .userImport(r -> record(seen, r, HookType.USER_IMPORT))
                .passwordImport(r -> record(seen, r, HookType.PASSWORD_IMPORT))
                .telephony(r -> record(seen, r, HookType.TELEPHONY))
                .events(seen::add)
                .build();
        int fields = 0;
        for (Fixture fixture : Fixture.values()) {
            ObjectNode json = fixture.json();
            fields += replaceStrings(json, new AtomicInteger());
            HookHttpResponse response = endpoint.handle(HookHttpRequest.postJson(HookJson.toBytes(json)));
            assertThat(response.status()).as(fixture.name()).isIn(200, 204);
        }
        assertThat(seen).hasSize(Fixture.values().length);
        for (HookRequest request : seen) {
            assertThat(request.eventId()).isEmpty();
            assertThat(request.json().toString()).contains(MARKER);
        }
        assertThat(fields).isGreaterThan(500);
        assertThat(Files.exists(Path.of("/tmp/" + MARKER))).isFalse();
    }

    private static HookResponse record(List<HookRequest> seen, HookRequest request, HookType type) {
        seen.add(request);
        return HookResponse.empty(type);
    }
}
