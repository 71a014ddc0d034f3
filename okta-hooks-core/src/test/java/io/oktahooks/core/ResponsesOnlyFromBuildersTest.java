package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * README: "Responses can only be built through the per-type builders". No public constructor or
 * factory takes commands, so no code outside the builders makes a response that skips a rule.
 */
class ResponsesOnlyFromBuildersTest {

    @Test
    void noPublicFactoryOfAResponseTakesCommands() {
        List<Method> factories = Arrays.stream(HookResponse.class.getMethods())
                .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getReturnType() == HookResponse.class)
                .toList();
        assertThat(factories).extracting(Method::getName).containsExactlyInAnyOrder("empty", "error", "verification");
        assertThat(factories)
                .allSatisfy(m -> assertThat(m.getParameterTypes()).doesNotContain(List.class, Command.class));
        assertThat(HookResponse.class.getConstructors()).isEmpty();
    }

    @Test
    void noPublicConstructorOrFactoryMakesACommand() {
        assertThat(Command.class.getConstructors()).isEmpty();
        assertThat(Arrays.stream(Command.class.getMethods()).filter(m -> Modifier.isStatic(m.getModifiers())))
                .isEmpty();
    }
}
