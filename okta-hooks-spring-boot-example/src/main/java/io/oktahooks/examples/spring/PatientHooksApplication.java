package io.oktahooks.examples.spring;

import io.oktahooks.core.EventHandler;
import io.oktahooks.core.HookHandler;
import io.oktahooks.core.passwordimport.PasswordImportRequest;
import io.oktahooks.core.registration.RegistrationRequest;
import io.oktahooks.core.saml.SamlRequest;
import io.oktahooks.core.telephony.TelephonyRequest;
import io.oktahooks.core.token.TokenRequest;
import io.oktahooks.core.userimport.UserImportRequest;
import io.oktahooks.examples.ExampleHooks;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The example service's clinic, as a Spring Boot application: the same hook logic
 * ({@link ExampleHooks}), one bean per hook type, and the starter does the rest (routes under
 * {@code /hooks}, authentication from {@code okta.hooks.auth.*}, metrics and health with Actuator).
 * Start it with {@code ./okta-hooks spring-example}; settings are in {@code application.properties}.
 */
@SpringBootApplication
public class PatientHooksApplication {

    /** Runs the application. */
    public static void main(String[] args) {
        SpringApplication.run(PatientHooksApplication.class, args);
    }

    @Bean
    ExampleHooks clinic(@Value("${hooks.allowed-domains:example.com}") Set<String> allowedDomains) {
        return new ExampleHooks(allowedDomains, ExampleHooks.demoPasswords());
    }

    @Bean
    HookHandler<TokenRequest> tokenHook(ExampleHooks clinic) {
        return clinic::token;
    }

    @Bean
    HookHandler<SamlRequest> samlHook(ExampleHooks clinic) {
        return clinic::saml;
    }

    @Bean
    HookHandler<RegistrationRequest> registrationHook(ExampleHooks clinic) {
        return clinic::registration;
    }

    @Bean
    HookHandler<UserImportRequest> userImportHook(ExampleHooks clinic) {
        return clinic::userImport;
    }

    @Bean
    HookHandler<PasswordImportRequest> passwordImportHook(ExampleHooks clinic) {
        return clinic::passwordImport;
    }

    @Bean
    HookHandler<TelephonyRequest> telephonyHook(ExampleHooks clinic) {
        return clinic::telephony;
    }

    @Bean
    EventHandler eventHook(ExampleHooks clinic) {
        return clinic::events;
    }

    @Bean
    GuideCredentialsGuard guideCredentialsGuard(
            @Value("${server.address:}") String address, @Value("${okta.hooks.auth.basic.password:}") String password) {
        return new GuideCredentialsGuard(address, password);
    }
}
