package io.oktahooks.benchmarks;

import io.oktahooks.auth.HookAuth;
import io.oktahooks.auth.jwt.JwtAuthenticator;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookHeaders;
import io.oktahooks.core.HookHttpRequest;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.examples.ExampleHooks;
import io.oktahooks.testkit.tokens.BasicAuth;
import io.oktahooks.testkit.tokens.LocalAuthorizationServer;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * 7. The 64 KB latency bar of HARDENING.md, as latency percentiles (JMH sample mode): a 64 KB token hook call
 * authenticated by a bearer JWT that is verified in full every time (the verified-token cache is off;
 * the keys come from the local authorization server's JWKS endpoint over loopback and are cached,
 * warm), parsed and answered; and the calls refused before the body is read (a bad signature, a
 * 64 KiB token, wrong Basic credentials), whose 64 KB body is never parsed.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LargeBodyLatencyBenchmark extends BenchmarkSettings {

    private static final int TOKENS = 256;

    private LocalAuthorizationServer okta;
    private JwtAuthenticator jwt;
    private HookEndpoint bearerEndpoint;
    private HookEndpoint basicEndpoint;
    private byte[] body;
    private List<HookHeaders> bearerCalls;
    private HookHeaders badSignature;
    private HookHeaders hugeToken;
    private HookHeaders wrongBasic;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        body = BenchmarkPayloads.largeTokenRequest();
        okta = LocalAuthorizationServer.create().start();
        jwt = okta.authenticatorBuilder().verifiedTokenCacheSize(0).build();
        ExampleHooks hooks = new ExampleHooks(Set.of("example.com"), ExampleHooks.demoPasswords());
        bearerEndpoint =
                HookEndpoint.builder().authenticator(jwt).token(hooks::token).build();
        basicEndpoint = HookEndpoint.builder()
                .authenticator(HookAuth.basic(BenchmarkPayloads.USER, BenchmarkPayloads.PASSWORD))
                .token(hooks::token)
                .build();
        bearerCalls = new ArrayList<>(TOKENS);
        for (int i = 0; i < TOKENS; i++) {
            bearerCalls.add(headers("Bearer "
                    + okta.token()
                            .claim("jti", "AT.bench." + i)
                            .lifetime(Duration.ofHours(2))
                            .mint()));
        }
        String valid = okta.token().lifetime(Duration.ofHours(2)).mint();
        // change the next-to-last signature character: the encoding stays canonical, the signature wrong
        char nextToLast = valid.charAt(valid.length() - 2);
        badSignature = headers("Bearer " + valid.substring(0, valid.length() - 2) + (nextToLast == 'A' ? 'B' : 'A')
                + valid.charAt(valid.length() - 1));
        hugeToken = headers("Bearer " + "A".repeat(64 * 1024));
        wrongBasic = headers(BasicAuth.header(BenchmarkPayloads.USER, "not-the-password-123"));
        HookHttpResponse warm = call(bearerEndpoint, bearerCalls.get(0));
        if (warm.status() != 200
                || call(bearerEndpoint, badSignature).status() != 401
                || call(bearerEndpoint, hugeToken).status() != 401
                || call(basicEndpoint, wrongBasic).status() != 401) {
            throw new IllegalStateException("benchmark set-up answers wrongly: " + warm.status());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        jwt.close();
        okta.close();
    }

    private HookHeaders headers(String authorization) {
        return HookHeaders.of(Map.of(
                "Authorization",
                List.of(authorization),
                "Content-Type",
                List.of("application/json"),
                "Content-Length",
                List.of(Integer.toString(body.length))));
    }

    private HookHttpResponse call(HookEndpoint endpoint, HookHeaders headers) {
        return endpoint.handle(HookType.TOKEN, new HookHttpRequest("POST", headers, new ByteArrayInputStream(body)));
    }

    /** Full JWT verification, 64 KB body read and parsed, handler, response written: target p99 < 25 ms. */
    @Benchmark
    public byte[] bearerVerifiedAndParsed() {
        HookHeaders headers = bearerCalls.get(next);
        next = (next + 1) % TOKENS;
        return call(bearerEndpoint, headers).body();
    }

    /** A token whose signature fails: 401 before the body is read; target < 1 ms. */
    @Benchmark
    public int bearerBadSignatureRefused() {
        return call(bearerEndpoint, badSignature).status();
    }

    /** J15: a 64 KiB bearer token, refused by its size before any parsing or body read; target < 1 ms. */
    @Benchmark
    public int bearerHugeTokenRefused() {
        return call(bearerEndpoint, hugeToken).status();
    }

    /** B1: wrong Basic credentials, 401 before the body is read; target < 1 ms. */
    @Benchmark
    public int basicWrongCredentialsRefused() {
        return call(basicEndpoint, wrongBasic).status();
    }
}
