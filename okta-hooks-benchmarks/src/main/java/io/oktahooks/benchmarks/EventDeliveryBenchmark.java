package io.oktahooks.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oktahooks.core.event.EventDelivery;
import io.oktahooks.core.event.LogEvent;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** 4. An event hook delivery with 100 System Log events, parsed and read: typed events against a Jackson tree. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EventDeliveryBenchmark {

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
