package io.oktahooks.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.auth.jwt.JwtAuthenticator;
import io.oktahooks.auth.secret.HeaderSecretAuthenticator;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookHeaders;
import io.oktahooks.core.HookHttpRequest;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.testsupport.LogCapture;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Threat model H8 and R4 (docs/threat-model.md): across a negative suite run with DEBUG logging captured, no secret,
 * Basic value, token or signature appears in logs, messages, toString() or response bodies.
 */
class NoSecretsInLogsTest {

    private static final String PASSWORD = "correct-horse-battery-staple";

    @Test
    void theWholeNegativeSuiteLeaksNothing() {
        List<String> secrets = new ArrayList<>();
        List<String> observed = new ArrayList<>();
        String logs = LogCapture.logsOf(() -> {
            var basic = HookAuth.basic("okta-hooks", PASSWORD);
            String basicValue = HeaderSecretAuthenticator.basicValue("okta-hooks", PASSWORD);
            secrets.add(PASSWORD);
            secrets.add(basicValue.substring(6));
            JwtAuthenticator jwt = JwtVerificationMatrixTest.configured().build();
            List<String> badTokens = List.of(
                    Tokens.with(c -> c.audience("api://other")),
                    Tokens.with(c -> c.expirationTime(new Date(0))),
                    Tokens.with(c -> c.claim("cid", "other")),
                    Tokens.sign(
                            Tokens.OTHER_KEY_SAME_KID,
                            Tokens.header(Tokens.KEY).build(),
                            Tokens.claims().build()),
                    Tokens.sign(
                            Tokens.KEY,
                            Tokens.header(Tokens.KEY)
                                    .keyID("k1\r\nFAKE LOG LINE")
                                    .build(),
                            Tokens.claims().build()),
                    Tokens.valid() + "==",
                    Tokens.raw("{\"alg\":\"none\"}", Tokens.payloadOf(Tokens.valid()), ""));
            for (String token : badTokens) {
                secrets.add(Tokens.signatureOf(token).isEmpty() ? token : Tokens.signatureOf(token));
                secrets.add(token);
                observed.add(jwt.verify(token).toString());
                observed.add(String.valueOf(jwt.authenticate(HookHeaders.of("Authorization", "Bearer " + token))));
            }
            for (String value : List.of(basicValue + "x", "Basic " + PASSWORD, basicValue.toLowerCase())) {
                secrets.add(value);
                observed.add(String.valueOf(basic.authenticate(HookHeaders.of("Authorization", value))));
            }
            HookEndpoint endpoint = HookEndpoint.builder()
                    .authenticator(HookAuth.anyOf(basic, jwt))
                    .token(r -> HookResponse.empty(HookType.TOKEN))
                    .build();
            for (String token : badTokens) {
                HookHttpResponse response = endpoint.handle(
                        HookType.TOKEN,
                        HookHttpRequest.postJson(
                                "{\"data\":{}}".getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + token));
                observed.add(response.bodyText());
                observed.add(response.headers().toString());
            }
            try {
                HookAuth.headerSecret()
                        .secret("short-" + PASSWORD.substring(0, 3))
                        .build();
            } catch (IllegalStateException e) {
                observed.add(e.getMessage());
                secrets.add("short-" + PASSWORD.substring(0, 3));
            }
            observed.add(basic.toString());
            observed.add(jwt.toString());
        });
        assertThat(logs).as("the suite logged something to check").contains("okta hook");
        assertThat(logs).doesNotContain("\nFAKE LOG LINE");
        String everything = logs + String.join("\n", observed);
        for (String secret : secrets) {
            assertThat(everything)
                    .as("a secret or token appeared in logs or output")
                    .doesNotContain(secret);
        }
    }
}
