package io.oktahooks.auth.secret;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.core.HookHeaders;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/**
 * H3 and H7: only SHA-256 digests of both sides are ever compared (so neither a secret's content
 * nor its length shows in timing), in constant time, and every configured secret is compared on
 * every call, also after a match (so the time does not tell which secret matched).
 */
class DigestComparisonTest {

    private static final String CURRENT = "current-secret-0123456789abcdef";
    private static final String PREVIOUS = "previous-secret-0123456789abcde";
    private static final String OLDEST = "oldest-secret-0123456789abcdefgh";

    private final List<byte[][]> comparisons = new ArrayList<>();
    private final BiPredicate<byte[], byte[]> spy = (expected, received) -> {
        comparisons.add(new byte[][] {expected.clone(), received.clone()});
        return MessageDigest.isEqual(expected, received);
    };
    private final HeaderSecretAuthenticator rotation = HeaderSecretAuthenticator.builder()
            .header("X-Hook-Secret")
            .secret(CURRENT)
            .secret(PREVIOUS)
            .secret(OLDEST)
            .build()
            .comparingWith(spy);

    private void call(String value) {
        rotation.check(HookHeaders.of("X-Hook-Secret", value));
    }

    @Test
    void h3OnlyDigestsOfEqualLengthAreCompared() {
        for (String value :
                List.of("x", CURRENT.substring(0, 10), CURRENT, CURRENT + "-and-much-longer-than-any-secret")) {
            comparisons.clear();
            call(value);
            assertThat(comparisons).as(value).isNotEmpty().allSatisfy(pair -> {
                assertThat(pair[0]).hasSize(32);
                assertThat(pair[1]).hasSize(32);
            });
        }
    }

    @Test
    void h7EverySecretIsComparedOnEveryCallWhicheverMatches() {
        for (String value : List.of(CURRENT, PREVIOUS, OLDEST, "wrong-secret-0123456789abcdefgh")) {
            comparisons.clear();
            call(value);
            assertThat(comparisons).as(value).hasSize(3);
        }
        assertThat(rotation.check(HookHeaders.of("X-Hook-Secret", PREVIOUS))).isNull();
        assertThat(rotation.check(HookHeaders.of("X-Hook-Secret", "wrong-secret-0123456789abcdefgh")))
                .isNotNull();
    }
}
