package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.internal.HookJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A reply is written once into a pooled buffer and checked there: its bytes are exactly Jackson's
 * for the same tree whatever the pooled buffer held before, on any thread, and a reply at or over
 * the limit is refused with its exact size.
 */
class ReplyWritingTest {

    private static ObjectNode reply(int fill, char c) {
        ObjectNode node = HookJson.newObject();
        node.put("text", String.valueOf(c).repeat(fill));
        node.putArray("list").add(1).add("two").addObject().put("three", 3.5);
        return node;
    }

    @Test
    void repliesOfEverySizeAreJacksonsBytesWhateverThePooledBufferHeldBefore() {
        for (int fill : new int[] {0, 10, 70_000, 5, 8_190, 8_191, 8_192, 200_000, 3, 255_900}) {
            ObjectNode node = reply(fill, (char) ('a' + fill % 26));
            assertThat(HookJson.toBytes(node, HookResponse.MAX_BYTES, n -> new IllegalStateException("size " + n)))
                    .as("fill %d", fill)
                    .isEqualTo(HookJson.toBytes(node));
        }
    }

    @Test
    void aReplyAtOrOverTheLimitIsRefusedWithItsExactSize() {
        ObjectNode node = reply(300_000, 'x');
        int size = HookJson.toBytes(node).length;
        assertThatThrownBy(() ->
                        HookJson.toBytes(node, HookResponse.MAX_BYTES, n -> new IllegalStateException("size " + n)))
                .hasMessage("size " + size);
        assertThatThrownBy(() -> HookJson.toBytes(node, size, n -> new IllegalStateException("size " + n)))
                .hasMessage("size " + size);
        assertThat(HookJson.toBytes(node, size + 1, n -> new IllegalStateException("size " + n)))
                .hasSize(size);
    }

    @Test
    void concurrentRepliesNeverShareABuffer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 64; task++) {
                int fill = 1_000 + task * 997;
                char c = (char) ('a' + task % 26);
                results.add(pool.submit(() -> {
                    ObjectNode node = reply(fill, c);
                    byte[] expected = HookJson.toBytes(node);
                    for (int i = 0; i < 50; i++) {
                        if (!java.util.Arrays.equals(
                                HookJson.toBytes(
                                        node, HookResponse.MAX_BYTES, n -> new IllegalStateException("size " + n)),
                                expected)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
