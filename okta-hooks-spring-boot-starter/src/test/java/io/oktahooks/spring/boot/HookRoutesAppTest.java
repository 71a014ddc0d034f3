package io.oktahooks.spring.boot;

import static io.oktahooks.testkit.assertions.HookAssertions.assertThat;

import io.oktahooks.core.HookType;
import io.oktahooks.core.telephony.TelephonyStatus;
import io.oktahooks.testkit.fixtures.Fixture;
import io.oktahooks.testkit.simulator.OktaSimulator;
import io.oktahooks.testkit.simulator.SimulationReport;
import io.oktahooks.testkit.tokens.BasicAuth;
import io.oktahooks.testkit.tokens.LocalAuthorizationServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A whole application on a real port: every hook type's route answers the testkit's simulator
 * playing Okta, with Basic and with a Bearer JWT, beside the application's own Spring MVC JSON
 * (Jackson 2 on Boot 3, Jackson 3 on Boot 4) and Actuator.
 */
@SpringBootTest(
        classes = HookRoutesAppTest.App.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "okta.hooks.auth.basic.username=" + Handlers.USER,
            "okta.hooks.auth.basic.password=" + Handlers.PASSWORD,
            "okta.hooks.event-deduplication.in-memory-size=1000",
            "management.endpoints.web.exposure.include=health,metrics",
            "management.endpoint.health.show-details=always"
        })
class HookRoutesAppTest {

    private static final String BASIC = BasicAuth.header(Handlers.USER, Handlers.PASSWORD);
    private static final LocalAuthorizationServer OKTA = LocalOkta.start();

    /** The application: handler beans, properties, and a controller of its own. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({Handlers.Token.class, Handlers.Events.class, Handlers.AllOthers.class})
    @RestController
    static class App {
        @GetMapping("/hello")
        Map<String, Object> hello() {
            return Map.of("hello", "world", "n", 1);
        }
    }

    @DynamicPropertySource
    static void oauth(DynamicPropertyRegistry registry) {
        registry.add("okta.hooks.auth.jwt.issuer", OKTA::issuer);
        registry.add("okta.hooks.auth.jwt.audience", () -> LocalAuthorizationServer.DEFAULT_AUDIENCE);
        registry.add("okta.hooks.auth.jwt.client-ids", () -> LocalAuthorizationServer.DEFAULT_CLIENT_ID);
        registry.add("okta.hooks.auth.jwt.required-scope", () -> LocalAuthorizationServer.DEFAULT_SCOPE);
        registry.add(
                "okta.hooks.auth.jwt.jwks-deadline", () -> "2500ms"); // a cold loopback fetch on a busy test machine
    }

    @AfterAll
    static void stopOkta() {
        OKTA.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    Handlers.Received received;

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private SimulationReport simulate(String path, HookType type, byte[] body, String authorization)
            throws IOException {
        SimulationReport report = OktaSimulator.to(url(path))
                .header("Authorization", authorization)
                .send(type, body);
        assertThat(report.violations()).as(report.toString()).isEmpty();
        return report;
    }

    @Test
    void everyHookTypeAnswersOktaAtItsRoute() throws IOException {
        byte[] jessie = Fixture.TOKEN_AUTHORIZATION_CODE
                .builder()
                .user("jessie.smith@example.com")
                .bytes();
        assertThat(simulate("/hooks/token", HookType.TOKEN, jessie, BASIC).reply())
                .body()
                .addsIdTokenClaim("extPatientId", "1235");
        assertThat(simulate("/hooks/token", HookType.TOKEN, jessie, OKTA.token().header())
                        .reply())
                .body()
                .addsIdTokenClaim("extPatientId", "1235");
        assertThat(simulate("/hooks/saml", HookType.SAML, Fixture.SAML.bytes(), BASIC)
                        .reply())
                .body()
                .addsSamlAttribute("patientId", "6789");
        assertThat(simulate(
                                "/hooks/registration",
                                HookType.REGISTRATION,
                                Fixture.REGISTRATION_SELF_SERVICE.bytes(),
                                BASIC)
                        .reply())
                .body()
                .allowsRegistration();
        assertThat(simulate("/hooks/user-import", HookType.USER_IMPORT, Fixture.USER_IMPORT_CREATE.bytes(), BASIC)
                        .reply())
                .body()
                .createsUser();
        assertThat(simulate("/hooks/password-import", HookType.PASSWORD_IMPORT, Fixture.PASSWORD_IMPORT.bytes(), BASIC)
                        .reply())
                .body()
                .verifiesPassword();
        assertThat(simulate(
                                "/hooks/telephony",
                                HookType.TELEPHONY,
                                Fixture.TELEPHONY_MFA_VERIFICATION_SMS.bytes(),
                                BASIC)
                        .reply())
                .body()
                .reportsTelephonyStatus(TelephonyStatus.SUCCESSFUL);
        assertThat(simulate("/hooks", HookType.SAML, Fixture.SAML.bytes(), BASIC)
                        .reply())
                .as("the base path dispatches on eventType")
                .body()
                .addsSamlAttribute("patientId", "6789");
    }

    @Test
    void eventHooksAreVerifiedDeliveredAndDeduplicated() throws IOException {
        SimulationReport verification = OktaSimulator.to(url("/hooks/events"))
                .header("Authorization", BASIC)
                .verify("boot-challenge");
        assertThat(verification.violations()).isEmpty();
        int before = received.deliveries.size();
        simulate("/hooks/events", HookType.EVENT, Fixture.EVENT_DELIVERY_MANY.bytes(), BASIC);
        simulate(
                "/hooks/events",
                HookType.EVENT,
                Fixture.EVENT_DELIVERY_MANY.bytes(),
                OKTA.token().header());
        assertThat(received.deliveries).as("the redelivery was a duplicate").hasSize(before + 1);
    }

    @Test
    void callsWithoutCredentialsOrToUnknownPathsAreRefused() throws Exception {
        byte[] token = Fixture.TOKEN_AUTHORIZATION_CODE.bytes();
        HttpResponse<String> anonymous = Http.postJson(url("/hooks/token"), token);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(Http.postJson(
                                url("/hooks/token"),
                                token,
                                "Authorization",
                                OKTA.token().clientId("0oaother").header())
                        .statusCode())
                .isEqualTo(401);
        assertThat(Http.postJson(url("/hooks/tokens"), token, "Authorization", BASIC)
                        .statusCode())
                .isEqualTo(404);
        assertThat(Http.get(url("/hooks/token"), "Authorization", BASIC).statusCode())
                .isEqualTo(405);
    }

    @Test
    void theHealthEndpointReportsTheSigningKeysFetchedAtStartUp() throws Exception {
        HttpResponse<String> health = Http.get(url("/actuator/health/oktaHooks"));
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body())
                .contains(
                        "\"status\":\"UP\"",
                        "\"jwtUsableKeys\":1",
                        "\"jwtLastRefresh\"",
                        "Basic or Bearer JWT from " + OKTA.issuer());
    }

    @Test
    void everyCallIsTimedInMicrometerAndTheApplicationsOwnJsonStillWorks() throws Exception {
        simulate("/hooks/token", HookType.TOKEN, Fixture.TOKEN_REFRESH.bytes(), BASIC);
        HttpResponse<String> metric =
                Http.get(url("/actuator/metrics/okta.hooks.calls?tag=hook:token&tag=outcome:SUCCESS"));
        assertThat(metric.statusCode()).isEqualTo(200);
        assertThat(metric.body()).contains("\"name\":\"okta.hooks.calls\"", "\"statistic\":\"COUNT\"");
        HttpResponse<String> hello = Http.get(url("/hello"));
        assertThat(hello.statusCode()).isEqualTo(200);
        assertThat(hello.body()).contains("\"hello\":\"world\"");
    }
}
