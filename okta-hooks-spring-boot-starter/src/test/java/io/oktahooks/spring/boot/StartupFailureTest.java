package io.oktahooks.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;

/** A real application with a token hook and no authentication settings: it must not start, and must say why. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(Handlers.Token.class)
    static class App {}

    @Test
    void anApplicationWithoutAuthPropertiesFailsToStartNamingThem(CapturedOutput output) {
        SpringApplication application = new SpringApplication(App.class);
        application.setDefaultProperties(java.util.Map.of("server.port", "0", "server.address", "127.0.0.1"));
        assertThatThrownBy(application::run).hasRootCauseInstanceOf(InvalidHookSettingsException.class);
        assertThat(output.getOut() + output.getErr())
                .contains(
                        "APPLICATION FAILED TO START",
                        "The Okta hooks settings are incomplete or invalid",
                        "okta.hooks.auth.basic.username",
                        "okta.hooks.auth.jwt.issuer",
                        "Action:",
                        "OKTA_HOOKS_AUTH_BASIC_PASSWORD");
    }
}
