package io.oktahooks.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Feeds your own JSON payloads to a {@code @ParameterizedTest} as typed requests: each value is a
 * classpath resource (e.g. {@code hooks/token-vip.json}) or, failing that, a file path. The hook
 * type comes from the first parameter's type ({@code TokenRequest} ...), or from the payload's
 * {@code eventType} when the parameter is {@code HookRequest}. A file that is missing or not a
 * request of that type fails the test with the file name and the reason.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(HookJsonArgumentsProvider.class)
public @interface HookJsonSource {

    /** Classpath resources or file paths, in order. */
    String[] value();
}
