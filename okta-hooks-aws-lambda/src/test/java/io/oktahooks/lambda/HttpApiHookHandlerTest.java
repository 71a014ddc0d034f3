package io.oktahooks.lambda;

import static io.oktahooks.testkit.assertions.HookAssertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import io.oktahooks.auth.HookAuth;
import io.oktahooks.auth.jwt.JwtAuthenticator;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.testkit.fixtures.Fixture;
import io.oktahooks.testkit.tokens.LocalAuthorizationServer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HTTP API (payload 2.0) and function URL events through {@link HttpApiHookHandler}. */
class HttpApiHookHandlerTest extends LambdaContract {

    @Override
    Object handlerForEveryType() {
        return new HttpApiHookHandler(HookAuth.basic(USER, PASSWORD), this::everyType);
    }

    @Override
    Object handler(HookEndpoint endpoint, String basePath) {
        return new HttpApiHookHandler(endpoint, basePath);
    }

    /** The AWS-shaped sample with this request in it; repeated headers joined with commas, as HTTP APIs do. */
    static APIGatewayV2HTTPEvent event(
            String method, String path, String stage, Map<String, List<String>> headers, String body, boolean base64) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/http-api.json");
        event.getRequestContext().getHttp().setMethod(method);
        event.getRequestContext().getHttp().setPath(path);
        if (stage != null) {
            event.getRequestContext().setStage(stage);
        }
        event.setRawPath(path);
        Map<String, String> joined = new HashMap<>();
        headers.forEach((name, values) -> joined.put(name, String.join(",", values)));
        event.setHeaders(joined);
        event.setBody(body);
        event.setIsBase64Encoded(base64);
        return event;
    }

    static HookHttpResponse reply(APIGatewayV2HTTPResponse response) {
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
                ((HttpApiHookHandler) handler).handleRequest(event(method, path, stage, headers, body, base64), null));
    }

    @Test
    void aFunctionUrlEventWithABase64BodyIsAnswered() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/function-url-base64.json");
        APIGatewayV2HTTPResponse response = ((HttpApiHookHandler) handlerForEveryType()).handleRequest(event, null);
        assertThat(response.getIsBase64Encoded()).isFalse();
        assertThat(reply(response))
                .hasStatus(200)
                .meetsContract(HookType.TOKEN)
                .body()
                .addsIdTokenClaim("extPatientId", "1235");
    }

    @Test
    void aRepeatedAuthorizationJoinedWithACommaIsRefused() {
        byte[] body = Fixture.TOKEN_AUTHORIZATION_CODE.bytes();
        Map<String, List<String>> twice = okta(BASIC, body.length);
        twice.put("Authorization", List.of(BASIC, BASIC));
        assertThat(call(
                        handlerForEveryType(),
                        "POST",
                        "/hooks/token",
                        null,
                        twice,
                        new String(body, StandardCharsets.UTF_8),
                        false))
                .hasStatus(401);
        assertThat(handled).hasValue(0);
    }

    @Test
    void aJwtAuthenticatorHasItsKeysBeforeTheFirstCallAndABadSignatureIs401() {
        try (LocalAuthorizationServer okta = LocalAuthorizationServer.create().start()) {
            JwtAuthenticator jwt = okta.authenticatorBuilder().build();
            assertThat(jwt.keyStatus().ready()).as("nothing fetched yet").isFalse();
            HttpApiHookHandler handler =
                    new HttpApiHookHandler(jwt, hooks -> hooks.token(r -> HookResponse.empty(HookType.TOKEN)));
            assertThat(jwt.keyStatus().ready())
                    .as("fetched while the handler was constructed")
                    .isTrue();

            byte[] body = Fixture.TOKEN_AUTHORIZATION_CODE.bytes();
            String token = okta.token().mint();
            assertThat(call(
                            handler,
                            "POST",
                            "/hooks/token",
                            null,
                            okta("Bearer " + token, body.length),
                            new String(body, StandardCharsets.UTF_8),
                            false))
                    .hasStatus(204);
            String forged = token.substring(0, token.lastIndexOf('.') + 1) + "A".repeat(342);
            HookHttpResponse refused = call(
                    handler,
                    "POST",
                    "/hooks/token",
                    null,
                    okta("Bearer " + forged, body.length),
                    new String(body, StandardCharsets.UTF_8),
                    false);
            assertThat(refused).hasStatus(401);
            assertThat(refused.bodyText()).contains("bad_signature");
            jwt.close();
        }
    }
}
