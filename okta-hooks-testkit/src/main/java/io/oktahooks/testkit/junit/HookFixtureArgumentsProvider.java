package io.oktahooks.testkit.junit;

import io.oktahooks.core.HookType;
import io.oktahooks.testkit.fixtures.Fixture;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

/** Supplies the fixtures named by {@link HookFixtureSource}. */
final class HookFixtureArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<HookFixtureSource> {

    private List<Fixture> fixtures = List.of();

    @Override
    public void accept(HookFixtureSource source) {
        List<Fixture> list = new ArrayList<>(Arrays.asList(source.value()));
        if (list.isEmpty()) {
            for (HookType type : source.type()) {
                list.addAll(Fixture.of(type));
            }
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("@HookFixtureSource names no fixtures and no type");
        }
        this.fixtures = List.copyOf(list);
    }

    @Override
    @SuppressWarnings(
            "deprecation") // the one-argument form keeps JUnit 5.10 to 5.12 (no ParameterDeclarations) working
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        Class<?> parameter = HookArguments.parameterType(context);
        return fixtures.stream()
                .map(f -> Arguments.of(HookArguments.convert(parameter, f.json(), f.type(), f, f.name())));
    }
}
