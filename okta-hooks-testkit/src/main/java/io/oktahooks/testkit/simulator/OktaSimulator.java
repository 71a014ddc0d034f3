package io.oktahooks.testkit.simulator;

import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookParseException;
import io.oktahooks.core.HookRequest;
import io.oktahooks.core.HookType;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.internal.HookTypes;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Plays Okta against a running hook service over HTTP: POSTs a payload with Okta's headers and
 * credentials, waits at most Okta's 3 seconds, and checks the reply against the contract with
 * {@link ResponseContract}, knowing the request it sent, so it applies every request-dependent rule
 * too (a patch of a token not minted, a replace of a claim the sent token lacks, ...). Also sends
 * the event hook verification GET.
 *
 * <pre>{@code
 * SimulationReport report = OktaSimulator.to("http://127.0.0.1:8082/hooks/token")
 *         .header("Authorization", BasicAuth.header("admin", "supersecret"))
 *         .send(HookType.TOKEN, Fixture.TOKEN_AUTHORIZATION_CODE.bytes());
 * assertThat(report).meetsContract();            // HookAssertions
 * }</pre>
 * Immutable after configuration; a connection that cannot be made throws {@link IOException}.
 */
public final class OktaSimulator {

    /** How long Okta waits for a hook reply. */
    public static final Duration OKTA_TIMEOUT = Duration.ofSeconds(3);

    private final URI url;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Duration timeout = OKTA_TIMEOUT;
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(OKTA_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private OktaSimulator(URI url) {
        this.url = url;
    }

    /** A simulator calling this URL. */
    public static OktaSimulator to(String url) {
        URI uri = URI.create(Objects.requireNonNull(url, "url"));
        if (uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) {
            throw new IllegalArgumentException("the URL must be http(s)://..., not " + url);
        }
        return new OktaSimulator(uri);
    }

    /** Adds a header to every call (e.g. {@code Authorization}). */
    public OktaSimulator header(String name, String value) {
        headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /** Overrides Okta's 3-second timeout (only to test the simulator itself). */
    public OktaSimulator timeout(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        return this;
    }

    /**
     * POSTs a hook call and checks the reply against every rule, the ones that depend on the
     * request sent included (the body is read as a request of {@code type}; a body that is not one
     * is still sent, and the reply is then checked against the rules that hold for every request).
     */
    public SimulationReport send(HookType type, byte[] body) throws IOException {
        HookRequest sent;
        try {
            sent = HookTypes.parse(type, body);
        } catch (HookParseException e) {
            sent = null;
        }
        HookRequest request = sent;
        HttpRequest.Builder call = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(call::header);
        return exchange(
                type,
                "POST",
                call.build(),
                body,
                reply ->
                        request == null ? ResponseContract.check(type, reply) : ResponseContract.check(request, reply));
    }

    /** POSTs this request (e.g. {@code fixture.builder()...build()}) and checks the reply against every rule. */
    public SimulationReport send(HookRequest request) throws IOException {
        return send(request.type(), HookJson.toBytes(request.json()));
    }

    /** Sends the event hook verification GET with this challenge and checks the echo. */
    public SimulationReport verify(String challenge) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Accept", "application/json")
                .header(HookEndpoint.VERIFICATION_HEADER, challenge)
                .GET();
        headers.forEach(request::header);
        return exchange(
                HookType.EVENT,
                "GET",
                request.build(),
                new byte[0],
                reply -> ResponseContract.checkVerification(challenge, reply));
    }

    private SimulationReport exchange(
            HookType type,
            String method,
            HttpRequest request,
            byte[] body,
            java.util.function.Function<HookHttpResponse, List<ContractViolation>> check)
            throws IOException {
        Map<String, String> shown = new LinkedHashMap<>();
        request.headers().map().forEach((name, values) -> shown.put(name, redact(name, String.join(", ", values))));
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            Map<String, String> replyHeaders = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> replyHeaders.put(name, String.join(", ", values)));
            HookHttpResponse reply = new HookHttpResponse(response.statusCode(), replyHeaders, response.body());
            List<ContractViolation> violations = new ArrayList<>(check.apply(reply));
            if (elapsed.compareTo(OKTA_TIMEOUT) > 0) {
                violations.add(
                        0,
                        new ContractViolation(
                                "timeout",
                                "the reply took " + elapsed.toMillis() + " ms; Okta gives up after 3000 ms"));
            }
            return new SimulationReport(type, method, url.toString(), shown, body, reply, elapsed, violations);
        } catch (HttpTimeoutException e) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            if (e instanceof java.net.http.HttpConnectTimeoutException) {
                throw new ConnectException("could not connect to " + url + " within 3 s");
            }
            return new SimulationReport(
                    type,
                    method,
                    url.toString(),
                    shown,
                    body,
                    null,
                    elapsed,
                    List.of(new ContractViolation(
                            "timeout", "no reply within " + timeout.toMillis() + " ms; Okta gives up after 3000 ms")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + url, e);
        }
    }

    private static String redact(String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("authorization")
                || lower.contains("secret")
                || lower.contains("token")
                || lower.contains("key")) {
            int space = value.indexOf(' ');
            return (space > 0 ? value.substring(0, space + 1) : "") + "(redacted)";
        }
        return value;
    }
}
