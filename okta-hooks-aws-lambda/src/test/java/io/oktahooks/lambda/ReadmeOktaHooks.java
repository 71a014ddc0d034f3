package io.oktahooks.lambda;

import io.oktahooks.auth.HookAuth;
import io.oktahooks.core.HookResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.core.token.TokenRequest;
import java.util.Map;

/** README's "Running on AWS Lambda" handler, word for word but its name: it must compile. */
public final class ReadmeOktaHooks extends HttpApiHookHandler {

    private static final Map<String, String> PATIENTS = Map.of("jessie.smith@example.com", "1235");

    public ReadmeOktaHooks() {
        super(
                HookAuth.jwt()
                        .issuer(System.getenv("OKTA_ISSUER")) // https://{yourOktaDomain}/oauth2/{authServerId}
                        .audience("api://default")
                        .clientIds(System.getenv("OKTA_HOOK_CLIENT_ID"))
                        .requiredScope("okta.hooks")
                        .build(),
                hooks -> hooks.token(ReadmeOktaHooks::token)
                        .events(delivery -> delivery.events().forEach(event -> System.out.println(event.eventType()))));
    }

    private static HookResponse token(TokenRequest request) {
        return request.user()
                .flatMap(user -> user.login())
                .map(PATIENTS::get)
                .map(id -> request.respond().addIdTokenClaim("extPatientId", id).build())
                .orElse(HookResponse.empty(HookType.TOKEN));
    }
}
