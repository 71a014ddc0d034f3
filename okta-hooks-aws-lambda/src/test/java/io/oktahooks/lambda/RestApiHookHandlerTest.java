package io.oktahooks.lambda;

import static io.oktahooks.testkit.assertions.HookAssertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import io.oktahooks.auth.HookAuth;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.testkit.fixtures.Fixture;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** REST API proxy events (payload 1.0) through {@link RestApiHookHandler}. */
class RestApiHookHandlerTest extends LambdaContract {

    @Override
    Object handlerForEveryType() {
        return new RestApiHookHandler(HookAuth.basic(USER, PASSWORD), this::everyType);
    }

    @Override
    Object handler(HookEndpoint endpoint, String basePath) {
        return new RestApiHookHandler(endpoint, basePath);
    }

    /**
     * The AWS-shaped sample with this request in it: REST APIs keep the client's header case, pass
     * the last value of a repeated header in {@code headers} and all of them in {@code multiValueHeaders}.
     */
    static APIGatewayProxyRequestEvent event(
            String method, String path, String stage, Map<String, List<String>> headers, String body, boolean base64) {
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent("events/rest-api.json");
        event.setHttpMethod(method);
        event.getRequestContext().setHttpMethod(method);
        event.setPath(path);
        if (stage != null) {
            event.getRequestContext().setStage(stage);
        }
        event.getRequestContext().setPath("/" + event.getRequestContext().getStage() + path);
        Map<String, String> last = new HashMap<>();
        headers.forEach((name, values) -> last.put(name, values.get(values.size() - 1)));
        event.setHeaders(last);
        event.setMultiValueHeaders(new HashMap<>(headers));
        event.setBody(body);
        event.setIsBase64Encoded(base64);
        return event;
    }

    static HookHttpResponse reply(APIGatewayProxyResponseEvent response) {
        return reply(response.getStatusCode(), response.getHeaders(), response.getBody());
    }

    @Override
    HookHttpResponse call(
            Object handler,
            String method,
            String path,
            String stage,
            Map<String, List<String>> headers,
            String body,
            boolean base64) {
        return reply(
                ((RestApiHookHandler) handler).handleRequest(event(method, path, stage, headers, body, base64), null));
    }

    @Test
    void theSampleEventAsLoadedIsRoutedByItsPathWithoutTheStage() {
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent("events/rest-api.json");
        assertThat(event.getRequestContext().getPath()).isEqualTo("/prod/hooks/token");
        event.setBody(new String(Fixture.TOKEN_AUTHORIZATION_CODE.bytes(), StandardCharsets.UTF_8));
        assertThat(reply(((RestApiHookHandler) handlerForEveryType()).handleRequest(event, null)))
                .hasStatus(200)
                .body()
                .addsIdTokenClaim("extPatientId", "1235");
    }

    @Test
    void aRepeatedAuthorizationReachesTheEndpointAsTwoValuesAndIsRefused() {
        byte[] body = Fixture.TOKEN_AUTHORIZATION_CODE.bytes();
        Map<String, List<String>> twice = okta(BASIC, body.length);
        twice.put("Authorization", List.of(BASIC, BASIC));
        HookHttpResponse reply = call(
                handlerForEveryType(),
                "POST",
                "/hooks/token",
                null,
                twice,
                new String(body, StandardCharsets.UTF_8),
                false);
        assertThat(reply).hasStatus(401);
        assertThat(reply.bodyText()).contains("ambiguous_credentials");
        assertThat(handled).hasValue(0);
    }

    @Test
    void withoutMultiValueHeadersTheSingleValuesAreRead() {
        byte[] body = Fixture.TOKEN_AUTHORIZATION_CODE.bytes();
        APIGatewayProxyRequestEvent event = event(
                "POST",
                "/hooks/token",
                null,
                okta(BASIC, body.length),
                new String(body, StandardCharsets.UTF_8),
                false);
        event.setMultiValueHeaders(null);
        assertThat(reply(((RestApiHookHandler) handlerForEveryType()).handleRequest(event, null)))
                .hasStatus(200);
    }
}
