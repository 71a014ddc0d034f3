package io.oktahooks.benchmarks.coldstart;

import io.oktahooks.auth.HookAuth;
import io.oktahooks.core.HookResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.core.token.TokenRequest;
import io.oktahooks.lambda.HttpApiHookHandler;

/** The token hook as an SDK user deploys it to Lambda: a handler class with a no-argument constructor. */
public final class SdkTokenHandler extends HttpApiHookHandler {

    /** Builds the endpoint: Basic credentials and the token handler. */
    public SdkTokenHandler() {
        super(HookAuth.basic(ColdStart.USER, ColdStart.PASSWORD), hooks -> hooks.token(SdkTokenHandler::token));
    }

    private static HookResponse token(TokenRequest request) {
        String patientId = request.identity()
                .flatMap(token -> token.claims().string("preferred_username"))
                .map(ColdStart.PATIENTS::get)
                .orElse(null);
        return patientId == null
                ? HookResponse.empty(HookType.TOKEN)
                : request.respond().addIdTokenClaim("extPatientId", patientId).build();
    }
}
