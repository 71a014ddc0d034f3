package io.oktahooks.core;

import static io.oktahooks.core.EndpointFixtures.logsOf;
import static io.oktahooks.core.EndpointFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.core.event.EventDelivery;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review finding 7: a {@code uuid} may be a string of up to a million characters, so a deduplicator
 * that keeps uuids is bounded by entries, not bytes ({@code inMemory(100_000)} could hold ~100 GB).
 * The in-memory one keeps a fixed-size digest; the endpoint never deduplicates absurd uuids.
 */
class DeduplicatorMemoryTest {

    /** Records a fresh megabyte-long uuid and returns a weak reference to it; nothing else holds it. */
    private static WeakReference<String> recordMegabyteUuid(EventDeduplicator deduplicator) {
        String uuid = "u".repeat(1_000_000);
        assertThat(deduplicator.firstSeen(uuid)).isTrue();
        return new WeakReference<>(uuid);
    }

    @Test
    void aMegabyteUuidIsNotKeptByTheInMemoryDeduplicator() throws InterruptedException {
        EventDeduplicator deduplicator = EventDeduplicator.inMemory(100_000);
        WeakReference<String> uuid = recordMegabyteUuid(deduplicator);
        for (int i = 0; i < 100 && uuid.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(uuid.get()).as("the deduplicator let go of the uuid itself").isNull();
        assertThat(deduplicator.firstSeen("u".repeat(1_000_000)))
                .as("and still knows it")
                .isFalse();
        assertThat(deduplicator.firstSeen("u".repeat(999_999))).isTrue();
    }

    @Test
    void anAbsurdlyLongUuidIsHandledWithoutDeduplicationAndTheLogSaysWhy() {
        List<String> asked = new ArrayList<>();
        List<EventDelivery> deliveries = new ArrayList<>();
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .events(deliveries::add)
                .deduplicateEvents(uuid -> asked.add(uuid))
                .build();
        String limit = "u".repeat(EventDeduplicator.MAX_UUID_LENGTH);
        String body = "{\"eventType\": \"com.okta.event_hook\", \"data\": {\"events\": [{\"uuid\": \"" + limit
                + "\"}, {\"uuid\": \"" + limit + "u\"}]}}";
        String logs =
                logsOf(() -> assertThat(endpoint.handle(post(body)).status()).isEqualTo(200));
        assertThat(asked).containsExactly(limit);
        assertThat(deliveries)
                .singleElement()
                .extracting(d -> d.events().size())
                .isEqualTo(2);
        assertThat(logs)
                .contains("an event uuid of 257 characters is over the 256-character limit; the event is handled "
                        + "without deduplication");
    }

    @Test
    void theInMemoryDeduplicatorForgetsTheOldestFirst() {
        EventDeduplicator deduplicator = EventDeduplicator.inMemory(2);
        assertThat(deduplicator.firstSeen("a")).isTrue();
        assertThat(deduplicator.firstSeen("b")).isTrue();
        assertThat(deduplicator.firstSeen("a")).isFalse();
        assertThat(deduplicator.firstSeen("c")).isTrue();
        assertThat(deduplicator.firstSeen("a")).as("the oldest, forgotten").isTrue();
        assertThat(deduplicator.firstSeen("c")).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventDeduplicator.inMemory(0))
                .hasMessage("maxEntries must be at least 1, not 0");
    }
}
