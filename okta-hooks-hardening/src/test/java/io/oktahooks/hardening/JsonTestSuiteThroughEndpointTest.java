package io.oktahooks.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.auth.HookAuth;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookHttpRequest;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.testkit.tokens.BasicAuth;
import io.oktahooks.testsupport.SharedFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every file of JSONTestSuite's test_parsing (read in place from ../shared/corpora) goes through
 * the endpoint as a token hook body: every n_ file is a 400 with the documented error body, y_ files
 * never crash (the policy rejections are named), i_ files answer the same way twice, nothing
 * escapes, each file in under 100 ms.
 */
class JsonTestSuiteThroughEndpointTest {

    private static final String AUTH = BasicAuth.header("hardening", "hardening-password-1");
    private final HookEndpoint endpoint = HookEndpoint.builder()
            .authenticator(HookAuth.basic("hardening", "hardening-password-1"))
            .token(r -> HookResponse.empty(HookType.TOKEN))
            .build();

    private HookHttpResponse post(byte[] body) {
        return endpoint.handle(HookType.TOKEN, HookHttpRequest.postJson(body, "Authorization", AUTH));
    }

    private static String reason(HookHttpResponse response) {
        return HookJson.readTree(response.body())
                .at("/error/errorCauses/0/reason")
                .asText();
    }

    @Test
    void theWholeSuiteIsAnsweredAsDocumented() {
        List<Path> files = SharedFiles.files("corpora/jsontestsuite/test_parsing", "*.json");
        assertThat(files).hasSizeGreaterThanOrEqualTo(318);
        List<String> nAccepted = new ArrayList<>();
        List<String> yPolicyRejections = new ArrayList<>();
        List<String> nondeterministic = new ArrayList<>();
        Map<String, Long> slow = new TreeMap<>();
        int n = 0;
        int y = 0;
        int i = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            byte[] body = SharedFiles.bytes(file);
            long start = System.nanoTime();
            HookHttpResponse response = post(body);
            long millis = (System.nanoTime() - start) / 1_000_000;
            // A file that is slow to handle is slow every time; one collector or scheduler pause on a
            // shared machine is not: the time that counts is the best of three.
            for (int attempt = 1; attempt < 3 && millis >= 100; attempt++) {
                long again = System.nanoTime();
                post(body);
                millis = Math.min(millis, (System.nanoTime() - again) / 1_000_000);
            }
            if (millis >= 100) {
                slow.put(name, millis);
            }
            assertThat(response.status()).as(name).isIn(204, 400, 413);
            if (response.status() == 400) {
                assertThat(HookJson.readTree(response.body())
                                .at("/error/errorSummary")
                                .asText())
                        .as(name)
                        .isEqualTo("Bad Request");
            }
            if (name.startsWith("n_")) {
                n++;
                if (response.status() != 400
                        || !Set.of("malformed_json", "json_limit_exceeded").contains(reason(response))) {
                    nAccepted.add(name);
                }
            } else if (name.startsWith("y_")) {
                y++;
                if (response.status() == 400
                        && Set.of("malformed_json", "json_limit_exceeded").contains(reason(response))) {
                    yPolicyRejections.add(name);
                }
            } else if (name.startsWith("i_")) {
                i++;
                HookHttpResponse again = post(body);
                if (again.status() != response.status() || !java.util.Arrays.equals(again.body(), response.body())) {
                    nondeterministic.add(name);
                }
            }
        }
        assertThat(n).isEqualTo(188);
        assertThat(y).isEqualTo(95);
        assertThat(i).isEqualTo(35);
        assertThat(nAccepted).as("n_ files not refused as malformed JSON").isEmpty();
        assertThat(yPolicyRejections)
                .as("valid JSON refused by policy (duplicate member names)")
                .containsExactlyInAnyOrder("y_object_duplicated_key.json", "y_object_duplicated_key_and_value.json");
        assertThat(nondeterministic).isEmpty();
        assertThat(slow).as("files handled in 100 ms or more (best of three)").isEmpty();
    }

    private static final class Set {
        static java.util.Set<String> of(String... values) {
            return java.util.Set.of(values);
        }
    }
}
