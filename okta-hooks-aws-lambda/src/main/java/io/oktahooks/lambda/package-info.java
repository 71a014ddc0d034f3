/**
 * okta-hooks-aws-lambda: serve a {@link io.oktahooks.core.HookEndpoint} from AWS Lambda.
 * {@link io.oktahooks.lambda.HttpApiHookHandler} takes API Gateway HTTP API events (payload 2.0)
 * and Lambda function URL events; {@link io.oktahooks.lambda.RestApiHookHandler} takes REST API
 * proxy events (payload 1.0). Both only translate: every status, header and body is the
 * endpoint's.
 */
@NullMarked
package io.oktahooks.lambda;

import org.jspecify.annotations.NullMarked;
