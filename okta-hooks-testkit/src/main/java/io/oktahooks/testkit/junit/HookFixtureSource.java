package io.oktahooks.testkit.junit;

import io.oktahooks.testkit.fixtures.Fixture;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Feeds testkit fixtures to a {@code @ParameterizedTest}, one invocation per fixture. The first
 * parameter receives the typed request ({@code TokenRequest}, {@code RegistrationRequest}, ...,
 * or {@code HookRequest}), the {@link Fixture} itself, its {@code JsonNode} or its {@code byte[]}.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @HookFixtureSource({Fixture.TOKEN_AUTHORIZATION_CODE, Fixture.TOKEN_REFRESH})
 * void addsThePatientId(TokenRequest request) { ... }
 * }</pre>
 * With no fixtures named and {@link #type()} set, every fixture of that hook type is used.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(HookFixtureArgumentsProvider.class)
public @interface HookFixtureSource {

    /** The fixtures, in order. */
    Fixture[] value() default {};

    /** Every fixture of this hook type (used when {@link #value()} is empty). */
    io.oktahooks.core.HookType[] type() default {};
}
