package io.oktahooks.benchmarks.coldstart;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * One cold start, measured: run in a fresh JVM, it builds a Lambda token hook handler, answers one
 * API Gateway HTTP API event carrying the testkit's token fixture, checks the answer, and prints
 * one line of timings. {@code cold-start.sh} runs it many times per variant and reports median,
 * min and max. Not a JMH benchmark: a cold start happens once per process, so each sample is a
 * process.
 *
 * <p>Variants: {@code sdk} ({@link SdkTokenHandler}, an {@code HttpApiHookHandler}) and
 * {@code jackson} ({@link JacksonTokenHandler}, what a user writes by hand with Jackson). Both
 * check Basic credentials, read the user from the token request and add the same claim.
 *
 * <p>Printed, in milliseconds: {@code jvm} from JVM start to the answer (JVM boot included),
 * {@code main} from this class's loading to the answer (the figure the two variants differ by),
 * split into {@code init} (constructing the handler: what Lambda's init phase, or SnapStart's
 * snapshot, pays) and {@code first} (the first invocation).
 */
public final class ColdStart {

    /** When this class was loaded: the first class of the benchmark's own. */
    private static final long LOADED = System.nanoTime();

    static final String USER = "okta";
    static final String PASSWORD = "correct-horse-battery-staple";
    static final Map<String, String> PATIENTS =
            Map.of("jessie.smith@example.com", "1235", "kim.sato@example.com", "6789");

    private ColdStart() {}

    /**
     * Runs one cold start.
     *
     * @param args {@code sdk} or {@code jackson}
     */
    public static void main(String[] args) throws IOException {
        String variant = args.length == 1 ? args[0] : "";
        APIGatewayV2HTTPEvent event = event(fixture());
        long start = System.nanoTime();
        RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler = switch (variant) {
            case "sdk" -> new SdkTokenHandler();
            case "jackson" -> new JacksonTokenHandler();
            default -> throw new IllegalArgumentException("usage: ColdStart sdk|jackson");
        };
        long constructed = System.nanoTime();
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        long answered = System.nanoTime();
        long answeredAt = System.currentTimeMillis();
        if (response.getStatusCode() != 200
                || !response.getBody().contains("/claims/extPatientId")
                || !response.getBody().contains("\"1235\"")) {
            throw new IllegalStateException(
                    "unexpected answer: " + response.getStatusCode() + " " + response.getBody());
        }
        long jvm = answeredAt - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf(
                "variant=%s jvm=%d main=%.1f init=%.1f first=%.1f%n",
                variant, jvm, (answered - LOADED) / 1e6, (constructed - start) / 1e6, (answered - constructed) / 1e6);
    }

    /** The token fixture's bytes, read raw from the testkit jar (no JSON library touched before the clock starts). */
    private static byte[] fixture() throws IOException {
        try (InputStream in = ColdStart.class
                .getClassLoader()
                .getResourceAsStream("io/oktahooks/testkit/fixtures/token-authorization-code.json")) {
            if (in == null) {
                throw new IllegalStateException("the testkit's token fixture is not on the class path");
            }
            return in.readAllBytes();
        }
    }

    /** An HTTP API (payload 2.0) event as API Gateway sends it for Okta's token hook call. */
    private static APIGatewayV2HTTPEvent event(byte[] body) {
        APIGatewayV2HTTPEvent.RequestContext.Http http = new APIGatewayV2HTTPEvent.RequestContext.Http();
        http.setMethod("POST");
        http.setPath("/hooks/token");
        APIGatewayV2HTTPEvent.RequestContext context = new APIGatewayV2HTTPEvent.RequestContext();
        context.setHttp(http);
        context.setStage("$default");
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setVersion("2.0");
        event.setRawPath("/hooks/token");
        event.setRequestContext(context);
        event.setHeaders(Map.of(
                "authorization",
                "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)),
                "content-type",
                "application/json",
                "content-length",
                Integer.toString(body.length)));
        event.setBody(new String(body, StandardCharsets.UTF_8));
        return event;
    }
}
