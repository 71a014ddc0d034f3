package io.oktahooks.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oktahooks.auth.HookAuth;
import io.oktahooks.benchmarks.coldstart.JacksonTokenHandler;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookHeaders;
import io.oktahooks.core.HookHttpRequest;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.core.token.TokenRequest;
import io.oktahooks.examples.ExampleHooks;
import io.oktahooks.testkit.tokens.BasicAuth;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * 1. A token hook call, bytes in to bytes out, with Basic auth: the SDK endpoint (with the example's
 * handler) against what a user writes by hand without the SDK.
 */
public class TokenHookBenchmark extends BenchmarkSettings {

    private byte[] body;
    private HookHeaders headers;
    private HookEndpoint endpoint;
    private ExampleHooks hooks;

    private final ObjectMapper mapper = new ObjectMapper();
    private byte[] expectedAuthorization;
    private String authorization;

    @Setup
    public void setUp() {
        body = BenchmarkPayloads.tokenRequest();
        authorization = BasicAuth.header(BenchmarkPayloads.USER, BenchmarkPayloads.PASSWORD);
        headers = HookHeaders.of(Map.of(
                "Authorization",
                java.util.List.of(authorization),
                "Content-Type",
                java.util.List.of("application/json"),
                "Content-Length",
                java.util.List.of(Integer.toString(body.length))));
        hooks = new ExampleHooks(Set.of("example.com"), ExampleHooks.demoPasswords());
        endpoint = HookEndpoint.builder()
                .authenticator(HookAuth.basic(BenchmarkPayloads.USER, BenchmarkPayloads.PASSWORD))
                .token(hooks::token)
                .build();
        expectedAuthorization = authorization.getBytes(StandardCharsets.UTF_8);
    }

    /** The SDK: authenticate, cap and parse the body, typed request, handler, validated response, size check. */
    @Benchmark
    public byte[] sdk() {
        HookHttpResponse response =
                endpoint.handle(HookType.TOKEN, new HookHttpRequest("POST", headers, new ByteArrayInputStream(body)));
        return response.body();
    }

    /**
     * The SDK's typed work alone, for reference: the request parsed into its typed view, the same
     * handler, the response written with the 256 KB check; none of the endpoint's HTTP rules (the
     * credential check, method, content type and body cap, the response rules against the request,
     * the reply's headers, the slow-call timing). Row 1 against this row is what those rules cost.
     */
    @Benchmark
    public byte[] sdkTypedWorkOnly() {
        return hooks.token(TokenRequest.parse(body)).toBytes();
    }

    /** By hand: constant-time Basic compare, Jackson tree parse, find the user, build the patch, write bytes. */
    @Benchmark
    public byte[] handWritten() throws IOException {
        String header = headers.first("Authorization").orElse("");
        if (!MessageDigest.isEqual(expectedAuthorization, header.getBytes(StandardCharsets.UTF_8))) {
            return new byte[0];
        }
        byte[] read = new ByteArrayInputStream(body).readAllBytes();
        JsonNode root = mapper.readTree(read);
        String user = root.at("/data/identity/claims/preferred_username").asText(null);
        String patientId = user == null ? null : ExampleHooks.PATIENTS.get(user);
        if (patientId == null) {
            return new byte[0];
        }
        return mapper.writeValueAsBytes(JacksonTokenHandler.patch(mapper, patientId));
    }
}
