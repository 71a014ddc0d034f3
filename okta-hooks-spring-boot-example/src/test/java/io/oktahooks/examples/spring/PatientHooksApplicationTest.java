package io.oktahooks.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktahooks.examples.ExampleHooks;
import io.oktahooks.examples.PatientScenario;
import io.oktahooks.testkit.tokens.BasicAuth;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sample as it runs: every route of the clinic, played by the simulator with the guide's credentials on loopback. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PatientHooksApplicationTest {

    @LocalServerPort
    int port;

    @Autowired
    ExampleHooks clinic;

    private PatientScenario scenario() {
        return new PatientScenario("http://127.0.0.1:" + port, BasicAuth.header("admin", "supersecret"));
    }

    @Test
    void patientsGetTheirIdInTheirTokens() throws IOException {
        scenario().tokens();
    }

    @Test
    void everyOtherInlineHookDoesTheClinicsBusiness() throws IOException {
        scenario().everyOtherInlineHook();
    }

    @Test
    void eventHooksAreVerifiedAndCounted() throws IOException {
        scenario().eventHooks(clinic);
    }

    @Test
    void theGuideCredentialsAreRefusedOffLoopback() {
        assertThatThrownBy(() -> new GuideCredentialsGuard("0.0.0.0", "supersecret"))
                .hasMessageContaining("loopback");
        assertThatThrownBy(() -> new GuideCredentialsGuard("", "supersecret")).hasMessageContaining("loopback");
        new GuideCredentialsGuard("0.0.0.0", "a-real-password-from-a-vault");
        new GuideCredentialsGuard("127.0.0.1", "supersecret");
        assertThat(port).isPositive();
    }
}
