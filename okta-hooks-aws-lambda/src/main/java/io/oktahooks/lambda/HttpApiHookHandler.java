package io.oktahooks.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.oktahooks.core.HookAuthenticator;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookHttpResponse;
import java.util.function.Consumer;

/**
 * Serves a {@link HookEndpoint} from AWS Lambda behind an API Gateway HTTP API (payload format
 * 2.0) or a Lambda function URL. Extend it with a public no-argument constructor and name that
 * class as the function's handler:
 * <pre>{@code
 * public final class OktaHooks extends HttpApiHookHandler {
 *     public OktaHooks() {
 *         super(HookAuth.basic("okta", System.getenv("HOOK_PASSWORD")),
 *                 hooks -> hooks.token(request -> ...).events(delivery -> ...));
 *     }
 * }
 * }</pre>
 *
 * <p>Lambda constructs the handler once per execution environment, so the slow work happens once,
 * in the init phase (with SnapStart, before the snapshot) rather than in the first call: the
 * endpoint is built, a {@code JwtAuthenticator}'s signing keys are fetched, and the JSON, request
 * and response classes a call needs are loaded by answering a small token request in memory (no
 * handler, listener or authenticator sees it).
 *
 * <p>Routes, under a base path (default {@code /hooks}): {@code /hooks/token}, {@code /hooks/saml},
 * {@code /hooks/registration}, {@code /hooks/user-import}, {@code /hooks/password-import},
 * {@code /hooks/telephony} and {@code /hooks/events} serve that hook type; {@code /hooks} itself
 * serves every type the endpoint has, found from the body's {@code eventType}. A path with the
 * stage in front ({@code /prod/hooks/token}) is the same route. Any other path, or a type the
 * endpoint has no handler for, is a 404 with no body. Everything else is the endpoint's answer,
 * unchanged: 401 and 413 are decided before the body reaches a handler, a base64 body is decoded
 * as the endpoint reads it, and header names are matched without regard to case.
 */
public class HttpApiHookHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final LambdaHooks hooks;

    /** Serves the endpoint's hook types under {@code /hooks}. */
    public HttpApiHookHandler(HookEndpoint endpoint) {
        this(endpoint, LambdaHooks.DEFAULT_BASE_PATH);
    }

    /**
     * Serves the endpoint's hook types under a base path of your choice.
     *
     * @param basePath {@code "/"} or a path such as {@code "/okta"}, without a trailing slash
     */
    public HttpApiHookHandler(HookEndpoint endpoint, String basePath) {
        this.hooks = new LambdaHooks(endpoint, basePath);
    }

    /**
     * Builds the endpoint from an authenticator and your handlers, under {@code /hooks}; a
     * {@code JwtAuthenticator} has its signing keys fetched now (a failure is logged and calls are
     * answered 503 until keys arrive).
     *
     * @param handlers registers the handlers, e.g. {@code hooks -> hooks.token(...)}
     */
    public HttpApiHookHandler(HookAuthenticator authenticator, Consumer<HookEndpoint.Builder> handlers) {
        this(LambdaHooks.endpoint(authenticator, handlers));
    }

    /** Translates the event into a call to the endpoint and its reply into the Lambda response. */
    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        APIGatewayV2HTTPEvent.RequestContext requestContext = event.getRequestContext();
        String method = requestContext == null || requestContext.getHttp() == null
                ? null
                : requestContext.getHttp().getMethod();
        String stage = requestContext == null ? null : requestContext.getStage();
        // HTTP APIs pass header names in lower case and join a repeated header's values with commas
        HookHttpResponse reply = hooks.handle(
                method,
                event.getRawPath(),
                stage,
                LambdaHooks.headers(event.getHeaders(), null),
                event.getBody(),
                event.getIsBase64Encoded());
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(reply.status())
                .withHeaders(reply.headers())
                .withBody(reply.bodyText())
                .withIsBase64Encoded(false)
                .build();
    }
}
