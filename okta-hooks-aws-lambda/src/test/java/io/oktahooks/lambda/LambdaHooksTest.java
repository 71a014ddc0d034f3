package io.oktahooks.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The start-up work a handler does once per JVM. */
class LambdaHooksTest {

    @Test
    void primingParsesAndAnswersItsTokenRequest() {
        assertThat(LambdaHooks.Primer.prime())
                .as("the primer's token response was built and serialised")
                .isPositive();
    }
}
