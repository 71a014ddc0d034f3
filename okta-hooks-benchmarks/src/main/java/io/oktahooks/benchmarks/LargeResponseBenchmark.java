package io.oktahooks.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.HookResponse;
import io.oktahooks.core.token.TokenResponseBuilder;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/** 5. Building and writing a token response with 50 nested claims, the 256 KB check included. */
public class LargeResponseBenchmark extends BenchmarkSettings {

    private static final int CLAIMS = 50;
    private final ObjectNode[] values = new ObjectNode[CLAIMS];
    private final String[] names = new String[CLAIMS];
    private final ObjectMapper mapper = new ObjectMapper();

    @Setup
    public void setUp() {
        for (int i = 0; i < CLAIMS; i++) {
            values[i] = BenchmarkPayloads.claimValue(i);
            names[i] = "https://clinic.example/claims/c" + i;
        }
    }

    @Benchmark
    public byte[] sdk() {
        TokenResponseBuilder builder = TokenResponseBuilder.create();
        for (int i = 0; i < CLAIMS; i++) {
            builder.addIdTokenClaim(names[i], values[i]);
        }
        HookResponse response = builder.build();
        return response.toBytes();
    }

    @Benchmark
    public byte[] handBuilt() throws IOException {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode command = root.putArray("commands").addObject();
        command.put("type", "com.okta.identity.patch");
        ArrayNode ops = command.putArray("value");
        for (int i = 0; i < CLAIMS; i++) {
            ObjectNode op = ops.addObject();
            op.put("op", "add");
            op.put("path", "/claims/" + names[i].replace("~", "~0").replace("/", "~1"));
            op.set("value", values[i].deepCopy());
        }
        byte[] bytes = mapper.writeValueAsBytes(root);
        if (bytes.length >= HookResponse.MAX_BYTES) {
            throw new IllegalStateException("too large");
        }
        return bytes;
    }
}
