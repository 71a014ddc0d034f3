package io.oktahooks.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.oktahooks.core.HookAuthenticator;
import io.oktahooks.core.HookCall;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.examples.JdkHttpServerRoute;
import io.oktahooks.testkit.fixtures.Fixture;
import io.oktahooks.testkit.simulator.OktaSimulator;
import io.oktahooks.testkit.simulator.SimulationReport;
import io.oktahooks.testsupport.Await;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A handler slower than Okta's 3 s: Okta (the simulator) gives up, and the endpoint reports the call as slow. */
class HandlerFaultsTest {

    @Test
    void aHandlerSlowerThanOktasTimeoutIsATimeoutAndIsReportedSlow() throws Exception {
        List<HookCall> calls = new CopyOnWriteArrayList<>();
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(HookAuthenticator.insecureAcceptAll())
                .token(r -> {
                    Thread.sleep(3_500);
                    return HookResponse.empty(HookType.TOKEN);
                })
                .listener(calls::add)
                .build();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hooks/token", new JdkHttpServerRoute(endpoint, HookType.TOKEN));
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        try {
            SimulationReport report = OktaSimulator.to(
                            "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/token")
                    .send(HookType.TOKEN, Fixture.TOKEN_AUTHORIZATION_CODE.bytes());
            assertThat(report.violations("timeout")).hasSize(1);
            // the simulator gave up at 3 s; the handler finishes at 3.5 s and the listener hears of it then
            Await.until(Duration.ofSeconds(10), "the slow call is reported", () -> !calls.isEmpty());
            assertThat(calls).singleElement().satisfies(call -> {
                assertThat(call.slow()).isTrue();
                assertThat(call.status()).isEqualTo(204);
            });
        } finally {
            server.stop(0);
        }
    }
}
