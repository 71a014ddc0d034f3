package io.oktahooks.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oktahooks.core.event.EventDelivery;
import io.oktahooks.core.event.LogEvent;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/** 4. An event hook delivery with 100 System Log events, parsed and read: typed events against a Jackson tree. */
public class EventDeliveryBenchmark extends BenchmarkSettings {

    private byte[] body;
    private final ObjectMapper mapper = new ObjectMapper();

    @Setup
    public void setUp() {
        body = BenchmarkPayloads.delivery100();
    }

    @Benchmark
    public void sdk(Blackhole blackhole) {
        for (LogEvent event : EventDelivery.parse(body).events()) {
            blackhole.consume(event.uuid().orElse(null));
            blackhole.consume(event.eventType().orElse(null));
            blackhole.consume(event.actor().flatMap(a -> a.alternateId()).orElse(null));
        }
    }

    @Benchmark
    public void jacksonTree(Blackhole blackhole) throws IOException {
        for (JsonNode event : mapper.readTree(body).path("data").path("events")) {
            blackhole.consume(event.path("uuid").asText(null));
            blackhole.consume(event.path("eventType").asText(null));
            blackhole.consume(event.path("actor").path("alternateId").asText(null));
        }
    }
}
