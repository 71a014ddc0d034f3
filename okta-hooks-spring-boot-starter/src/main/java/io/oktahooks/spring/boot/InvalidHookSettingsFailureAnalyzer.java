package io.oktahooks.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns invalid {@code okta.hooks.*} settings into Spring Boot's "APPLICATION FAILED TO START" report. */
final class InvalidHookSettingsFailureAnalyzer extends AbstractFailureAnalyzer<InvalidHookSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidHookSettingsException cause) {
        String description =
                "The Okta hooks settings are incomplete or invalid:\n  - " + String.join("\n  - ", cause.problems());
        String action =
                "Set the okta.hooks.* properties named above (application.properties, environment variables such as "
                        + "OKTA_HOOKS_AUTH_BASIC_PASSWORD, or a secret store), or define your own HookAuthenticator or HookEndpoint bean.";
        return new FailureAnalysis(description, action, cause);
    }
}
