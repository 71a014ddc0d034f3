package io.oktahooks.testkit.junit;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.HookParseException;
import io.oktahooks.core.HookType;
import io.oktahooks.core.internal.HookJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

/** Loads the payloads named by {@link HookJsonSource}. */
final class HookJsonArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<HookJsonSource> {

    private List<String> names = List.of();

    @Override
    public void accept(HookJsonSource source) {
        this.names = List.of(source.value());
    }

    @Override
    @SuppressWarnings(
            "deprecation") // the one-argument form keeps JUnit 5.10 to 5.12 (no ParameterDeclarations) working
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        Class<?> parameter = HookArguments.parameterType(context);
        ClassLoader loader = context.getRequiredTestClass().getClassLoader();
        return names.stream().map(name -> {
            JsonNode json = read(loader, name);
            HookType type = HookArguments.requiredType(parameter);
            if (type == null) {
                String eventType = json.path("eventType").asText("");
                type = HookType.fromEventType(eventType)
                        .orElseThrow(
                                () -> new ParameterResolutionException(
                                        name
                                                + " has no known eventType; take a typed request parameter (e.g. TokenRequest) instead"));
            }
            try {
                return Arguments.of(HookArguments.convert(parameter, json, type, null, name));
            } catch (HookParseException e) {
                throw new ParameterResolutionException(
                        name + " is not a valid " + type.displayName() + " request: " + e.getMessage());
            }
        });
    }

    private static JsonNode read(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name.startsWith("/") ? name.substring(1) : name)) {
            byte[] bytes;
            if (in != null) {
                bytes = in.readAllBytes();
            } else if (Files.isRegularFile(Path.of(name))) {
                bytes = Files.readAllBytes(Path.of(name));
            } else {
                throw new ParameterResolutionException(name + " is neither a classpath resource nor a file");
            }
            return HookJson.readTree(bytes);
        } catch (IOException e) {
            throw new ParameterResolutionException(name + " could not be read: " + e.getMessage());
        } catch (HookParseException e) {
            throw new ParameterResolutionException(name + " is not valid JSON: " + e.getMessage());
        }
    }
}
