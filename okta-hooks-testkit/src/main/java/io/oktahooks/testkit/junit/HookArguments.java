package io.oktahooks.testkit.junit;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.HookRequest;
import io.oktahooks.core.HookType;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.internal.HookTypes;
import io.oktahooks.testkit.fixtures.Fixture;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** Converts a payload into what the test method's first parameter asks for. */
final class HookArguments {

    private HookArguments() {}

    static Class<?> parameterType(ExtensionContext context) {
        Class<?>[] types = context.getRequiredTestMethod().getParameterTypes();
        if (types.length == 0) {
            throw new ParameterResolutionException("a hook payload source needs a test method with a parameter");
        }
        return types[0];
    }

    /** The hook type a parameter type requires, or null when it accepts any. */
    static @Nullable HookType requiredType(Class<?> parameter) {
        return HookTypes.forRequestClass(parameter).orElse(null);
    }

    static Object convert(Class<?> parameter, JsonNode json, HookType type, @Nullable Fixture fixture, String name) {
        if (parameter == Fixture.class) {
            if (fixture == null) {
                throw new ParameterResolutionException(name + " is not a testkit Fixture");
            }
            return fixture;
        }
        if (parameter == byte[].class) {
            return HookJson.toBytes(json);
        }
        if (JsonNode.class.isAssignableFrom(parameter)) {
            return json.deepCopy();
        }
        HookType required = requiredType(parameter);
        if (required != null && required != type) {
            throw new ParameterResolutionException(name + " is a " + type.displayName()
                    + " payload, but the test takes a " + parameter.getSimpleName());
        }
        if (HookRequest.class.isAssignableFrom(parameter)) {
            return Fixture.parse(type, json);
        }
        throw new ParameterResolutionException("cannot pass a hook payload as " + parameter.getName()
                + "; use a request type, HookRequest, Fixture, JsonNode or byte[]");
    }
}
