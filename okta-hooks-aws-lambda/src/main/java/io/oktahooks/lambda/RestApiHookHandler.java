package io.oktahooks.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.oktahooks.core.HookAuthenticator;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookHttpResponse;
import java.util.function.Consumer;

/**
 * Serves a {@link HookEndpoint} from AWS Lambda behind an API Gateway REST API with Lambda proxy
 * integration (payload format 1.0, which an HTTP API can also be set to send). Extend it with a
 * public no-argument constructor and name that class as the function's handler, exactly like
 * {@link HttpApiHookHandler}, whose routes, statuses and start-up work it shares: the hook types
 * under {@code /hooks} (or your base path), the stage-prefixed path accepted too, 404 for any
 * other path.
 *
 * <p>A repeated header reaches the endpoint with every value (from {@code multiValueHeaders}),
 * so a repeated {@code Authorization} header is refused as the endpoint refuses it anywhere.
 */
public class RestApiHookHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final LambdaHooks hooks;

    /** Serves the endpoint's hook types under {@code /hooks}. */
    public RestApiHookHandler(HookEndpoint endpoint) {
        this(endpoint, LambdaHooks.DEFAULT_BASE_PATH);
    }

    /**
     * Serves the endpoint's hook types under a base path of your choice.
     *
     * @param basePath {@code "/"} or a path such as {@code "/okta"}, without a trailing slash
     */
    public RestApiHookHandler(HookEndpoint endpoint, String basePath) {
        this.hooks = new LambdaHooks(endpoint, basePath);
    }

    /**
     * Builds the endpoint from an authenticator and your handlers, under {@code /hooks}; a
     * {@code JwtAuthenticator} has its signing keys fetched now (a failure is logged and calls are
     * answered 503 until keys arrive).
     *
     * @param handlers registers the handlers, e.g. {@code hooks -> hooks.token(...)}
     */
    public RestApiHookHandler(HookAuthenticator authenticator, Consumer<HookEndpoint.Builder> handlers) {
        this(LambdaHooks.endpoint(authenticator, handlers));
    }

    /** Translates the event into a call to the endpoint and its reply into the Lambda response. */
    @Override
    public final APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        String stage = event.getRequestContext() == null
                ? null
                : event.getRequestContext().getStage();
        HookHttpResponse reply = hooks.handle(
                event.getHttpMethod(),
                event.getPath(),
                stage,
                LambdaHooks.headers(event.getHeaders(), event.getMultiValueHeaders()),
                event.getBody(),
                Boolean.TRUE.equals(event.getIsBase64Encoded()));
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(reply.status())
                .withHeaders(reply.headers())
                .withBody(reply.bodyText())
                .withIsBase64Encoded(false);
    }
}
