package io.oktahooks.core;

import static io.oktahooks.core.EndpointFixtures.logsOf;
import static io.oktahooks.core.EndpointFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.core.event.EventDelivery;
import io.oktahooks.core.event.LogEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A delivery is deduplicated in one question to the deduplicator (so a shared store answers in
 * one round trip), and a deduplicator that cannot answer never costs an event.
 */
class DeliveryDeduplicationTest {

    private final List<EventDelivery> deliveries = new ArrayList<>();

    private static String delivery(String... uuids) {
        StringBuilder events = new StringBuilder();
        for (String uuid : uuids) {
            events.append(events.length() == 0 ? "" : ", ")
                    .append("{\"uuid\": \"")
                    .append(uuid)
                    .append("\", \"eventType\": \"user.session.start\"}");
        }
        return "{\"eventType\": \"com.okta.event_hook\", \"eventId\": \"delivery-1\", \"data\": {\"events\": [" + events
                + "]}}";
    }

    private HookEndpoint endpoint(EventDeduplicator deduplicator) {
        return HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .events(deliveries::add)
                .deduplicateEvents(deduplicator)
                .build();
    }

    /** A deduplicator answering whole deliveries only, as a shared store does. */
    private static EventDeduplicator batches(java.util.function.Function<Collection<String>, Set<String>> answer) {
        return new EventDeduplicator() {
            @Override
            public boolean firstSeen(String uuid) {
                throw new AssertionError("the endpoint asks for the whole delivery at once");
            }

            @Override
            public Set<String> firstSeen(Collection<String> uuids) {
                return answer.apply(uuids);
            }
        };
    }

    private List<String> handledUuids() {
        return deliveries.stream()
                .flatMap(d -> d.events().stream())
                .map(LogEvent::uuid)
                .map(u -> u.orElse("-"))
                .toList();
    }

    @Test
    void aDeliveryIsOneQuestionWithItsDistinctUuids() {
        List<Collection<String>> questions = new ArrayList<>();
        EventDeduplicator memory = EventDeduplicator.inMemory(100);
        HookEndpoint endpoint = endpoint(batches(uuids -> {
            questions.add(List.copyOf(uuids));
            return memory.firstSeen(uuids);
        }));
        assertThat(endpoint.handle(post(delivery("a", "b", "a", "c"))).status()).isEqualTo(200);
        assertThat(endpoint.handle(post(delivery("c", "d"))).status()).isEqualTo(200);
        assertThat(questions).containsExactly(List.of("a", "b", "c"), List.of("c", "d"));
        assertThat(handledUuids())
                .as("a uuid repeated within a delivery is handled once")
                .containsExactly("a", "b", "c", "d");
    }

    @Test
    void theDefaultBatchAsksForEachUuidInTurn() {
        List<String> asked = new ArrayList<>();
        EventDeduplicator odd = uuid -> asked.add(uuid) && uuid.length() % 2 == 1;
        assertThat(odd.firstSeen(List.of("a", "bb", "ccc"))).containsExactly("a", "ccc");
        assertThat(asked).containsExactly("a", "bb", "ccc");
    }

    @Test
    void aDeliveryOfDuplicatesOnlyIsAcknowledgedWithoutCallingTheHandler() {
        HookEndpoint endpoint = endpoint(EventDeduplicator.inMemory(100));
        endpoint.handle(post(delivery("a", "b")));
        HookHttpResponse again = endpoint.handle(post(delivery("b", "a")));
        assertThat(again.status()).isEqualTo(200);
        assertThat(deliveries).hasSize(1);
    }

    @Test
    void aFailingDeduplicatorCostsNoEventAndLogsOneWarn() {
        AtomicInteger calls = new AtomicInteger();
        HookEndpoint endpoint = endpoint(uuid -> {
            calls.incrementAndGet();
            throw new IllegalStateException("timed out\r\nforged line");
        });
        HookHttpResponse[] reply = new HookHttpResponse[1];
        String logs = logsOf(() -> reply[0] = endpoint.handle(post(delivery("a", "b", "c"))));
        assertThat(reply[0].status()).isEqualTo(200);
        assertThat(calls).hasValue(1);
        assertThat(handledUuids()).containsExactly("a", "b", "c");
        assertThat(logs.lines().filter(line -> line.contains(" WARN ")))
                .singleElement()
                .asString()
                .contains("event deduplication was skipped for delivery eventId=delivery-1 (3 events)")
                .contains("handled without it (at least once)")
                .contains("java.lang.IllegalStateException: timed out\\u000d\\u000aforged line");
    }

    @Test
    void aDeduplicatorAnsweringNullIsTreatedAsFailing() {
        HookEndpoint endpoint = endpoint(batches(uuids -> null));
        String logs = logsOf(() -> endpoint.handle(post(delivery("a"))));
        assertThat(handledUuids()).containsExactly("a");
        assertThat(logs).contains("event deduplication was skipped").contains("the deduplicator returned null");
    }

    @Test
    void eventsWithoutUuidAreHandledAndNotAsked() {
        List<Collection<String>> questions = new ArrayList<>();
        HookEndpoint endpoint = endpoint(batches(uuids -> {
            questions.add(List.copyOf(uuids));
            return Set.copyOf(uuids);
        }));
        String body =
                "{\"eventType\": \"com.okta.event_hook\", \"data\": {\"events\": [{\"eventType\": \"x\"}, 7, {\"uuid\": \"a\"}]}}";
        assertThat(endpoint.handle(post(body)).status()).isEqualTo(200);
        assertThat(questions).containsExactly(List.of("a"));
        assertThat(deliveries)
                .singleElement()
                .satisfies(d -> assertThat(d.json().at("/data/events")).hasSize(3));
        deliveries.clear();
        endpoint.handle(
                post("{\"eventType\": \"com.okta.event_hook\", \"data\": {\"events\": [{\"eventType\": \"x\"}]}}"));
        assertThat(questions).as("nothing to ask").hasSize(1);
        assertThat(deliveries).hasSize(1);
    }
}
