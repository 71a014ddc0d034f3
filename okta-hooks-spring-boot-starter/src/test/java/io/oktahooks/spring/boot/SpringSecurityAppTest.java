package io.oktahooks.spring.boot;

import static io.oktahooks.testkit.assertions.HookAssertions.assertThat;

import io.oktahooks.core.HookType;
import io.oktahooks.testkit.fixtures.Fixture;
import io.oktahooks.testkit.simulator.OktaSimulator;
import io.oktahooks.testkit.simulator.SimulationReport;
import io.oktahooks.testkit.tokens.BasicAuth;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The done-when application with Spring Security on the class path and no security configuration
 * of its own: Okta's token call still reaches the SDK, and the rest of the application keeps
 * Spring Boot's default protection.
 */
@Tag("spring-security")
@SpringBootTest(
        classes = SpringSecurityAppTest.App.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "okta.hooks.auth.basic.username=" + Handlers.USER,
            "okta.hooks.auth.basic.password=" + Handlers.PASSWORD
        })
class SpringSecurityAppTest {

    private static final String BASIC = BasicAuth.header(Handlers.USER, Handlers.PASSWORD);

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(Handlers.Token.class)
    @RestController
    static class App {
        @GetMapping("/account")
        String account() {
            return "private";
        }
    }

    @LocalServerPort
    int port;

    @Test
    void oktasTokenCallReachesTheHook() throws Exception {
        SimulationReport report = OktaSimulator.to("http://127.0.0.1:" + port + "/hooks/token")
                .header("Authorization", BASIC)
                .send(
                        HookType.TOKEN,
                        Fixture.TOKEN_AUTHORIZATION_CODE
                                .builder()
                                .user("jessie.smith@example.com")
                                .bytes());
        assertThat(report.violations()).as(report.toString()).isEmpty();
        assertThat(report.reply()).hasStatus(200).body().addsIdTokenClaim("extPatientId", "1235");
        HttpResponse<String> raw = Http.postJson(
                "http://127.0.0.1:" + port + "/hooks/token",
                Fixture.TOKEN_AUTHORIZATION_CODE
                        .builder()
                        .user("someone@example.org")
                        .bytes(),
                "Authorization",
                BASIC);
        assertThat(raw.statusCode()).isEqualTo(204);
        assertThat(raw.headers().allValues("X-Content-Type-Options"))
                .as("one nosniff, not Spring Security's second")
                .hasSize(1);
        assertThat(raw.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(raw.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
    }

    @Test
    void theSdkStillAuthenticatesHookCalls() throws Exception {
        HttpResponse<String> anonymous =
                Http.postJson("http://127.0.0.1:" + port + "/hooks/token", Fixture.TOKEN_AUTHORIZATION_CODE.bytes());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body())
                .as("the SDK's refusal, not Spring Security's")
                .contains("missing_credentials");
    }

    @Test
    void theRestOfTheApplicationKeepsSpringBootsDefaultSecurity() throws Exception {
        assertThat(Http.get("http://127.0.0.1:" + port + "/account").statusCode())
                .isEqualTo(401);
        assertThat(Http.get("http://127.0.0.1:" + port + "/account", "Authorization", BASIC)
                        .statusCode())
                .as("the hook's credentials are not the application's")
                .isEqualTo(401);
    }
}
