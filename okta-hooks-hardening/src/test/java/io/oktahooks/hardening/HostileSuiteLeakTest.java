package io.oktahooks.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.auth.HookAuth;
import io.oktahooks.auth.jwt.JwtAuthenticator;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookHttpRequest;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookRequest;
import io.oktahooks.core.HookResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.core.token.TokenResponseBuilder;
import io.oktahooks.examples.ExampleHooks;
import io.oktahooks.testkit.fixtures.Fixture;
import io.oktahooks.testkit.tokens.BasicAuth;
import io.oktahooks.testkit.tokens.LocalAuthorizationServer;
import io.oktahooks.testsupport.LogCapture;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One log-capturing assertion across the hostile suite: with the SDK logging at DEBUG, no secret,
 * token, signature, password or OTP appears in logs, exception messages, toString() or responses.
 */
class HostileSuiteLeakTest {

    @Test
    void nothingSecretLeaksAnywhere() {
        String password = "hostile-password-42";
        String basic = BasicAuth.header("hostile", password);
        LocalAuthorizationServer okta = LocalAuthorizationServer.create();
        JwtAuthenticator jwt = okta.authenticatorBuilder().build();
        List<String> secrets = new ArrayList<>(List.of(password, basic.substring(6), "Blue-Heron-42"));
        for (Fixture fixture : Fixture.of(HookType.TELEPHONY)) {
            secrets.add(((io.oktahooks.core.telephony.TelephonyRequest) fixture.request())
                    .message()
                    .otpCode()
                    .orElseThrow());
        }
        List<String> observed = new ArrayList<>();
        LogCapture capture = LogCapture.start();
        try {
            ExampleHooks example = new ExampleHooks(Set.of("example.com"), ExampleHooks.demoPasswords());
            HookEndpoint working =
                    example.endpoint(HookAuth.anyOf(HookAuth.basic("hostile", password), jwt), call -> {});
            HookEndpoint failing = HookEndpoint.builder()
                    .authenticator(HookAuth.basic("hostile", password))
                    .passwordImport(r -> {
                        throw new IllegalStateException("legacy store unreachable");
                    })
                    .telephony(r -> {
                        throw new IllegalStateException("provider timeout");
                    })
                    .token(r -> TokenResponseBuilder.create()
                            .addIdTokenClaim("blob", "x".repeat(300_000))
                            .build())
                    .build();
            List<String> badTokens = List.of(
                    okta.token().audience("api://elsewhere").mint(),
                    okta.token().clientId("0oaother").mint(),
                    okta.token().mint() + "x",
                    okta.token().issuer("https://evil.example/oauth2/x").mint());
            badTokens.forEach(t -> {
                secrets.add(t);
                secrets.add(t.substring(t.lastIndexOf('.') + 1));
            });
            for (Fixture fixture : Fixture.values()) {
                byte[] body = fixture.bytes();
                for (HookEndpoint endpoint : List.of(working, failing)) {
                    observe(observed, endpoint.handle(HookHttpRequest.postJson(body, "Authorization", basic)));
                    observe(observed, endpoint.handle(HookHttpRequest.postJson(body, "Authorization", basic + "x")));
                    observe(
                            observed,
                            endpoint.handle(HookHttpRequest.postJson(body, "Authorization", "Basic " + password)));
                    for (String token : badTokens) {
                        observe(
                                observed,
                                endpoint.handle(HookHttpRequest.postJson(body, "Authorization", "Bearer " + token)));
                    }
                }
                HookRequest request = fixture.request();
                observed.add(request.toString());
                observed.add(String.valueOf(request.json().size()));
                String truncated = new String(body, StandardCharsets.UTF_8);
                observe(
                        observed,
                        working.handle(HookHttpRequest.postJson(
                                truncated.substring(0, truncated.length() / 2).getBytes(StandardCharsets.UTF_8),
                                "Authorization",
                                basic)));
            }
            observed.add(io.oktahooks.core.passwordimport.PasswordImportRequest.class
                    .cast(Fixture.PASSWORD_IMPORT.request())
                    .credential()
                    .toString());
            observed.add(jwt.toString());
            observed.add(HookResponse.empty(HookType.TOKEN).toString());
        } finally {
            capture.close();
        }
        String logs = capture.text();
        assertThat(logs).contains("okta hook").contains("handler failed");
        String everything = logs + "\n" + String.join("\n", observed);
        for (String secret : secrets) {
            assertThat(everything)
                    .as("a secret appeared in logs, messages or responses (length " + secret.length() + ")")
                    .doesNotContain(secret);
        }
    }

    private static void observe(List<String> observed, HookHttpResponse response) {
        observed.add(response.status() + " " + response.headers() + " " + response.bodyText());
    }
}
