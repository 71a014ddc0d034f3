package io.oktahooks.spring.boot;

import java.util.List;

/** The {@code okta.hooks.*} settings cannot give a safe endpoint; the message names every property at fault. */
final class InvalidHookSettingsException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    InvalidHookSettingsException(List<String> problems) {
        super("Okta hooks cannot start: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, naming its property. */
    List<String> problems() {
        return problems;
    }
}
