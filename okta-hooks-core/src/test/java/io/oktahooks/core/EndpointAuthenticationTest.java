package io.oktahooks.core;

import static io.oktahooks.core.EndpointFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.core.EndpointFixtures.CountingStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Calls are authenticated from the headers before the body is read. */
class EndpointAuthenticationTest {

    private final AtomicInteger handled = new AtomicInteger();
    private final HookEndpoint endpoint = EndpointFixtures.tokenEndpoint(request -> {
        handled.incrementAndGet();
        return HookResponse.empty(HookType.TOKEN);
    });

    private HookHttpResponse call(CountingStream body, String... headers) {
        return endpoint.handle(HookType.TOKEN, new HookHttpRequest("POST", HookHeaders.of(headers), body));
    }

    @Test
    void missingCredentialsGet401WithoutReadingTheBody() {
        CountingStream body = new CountingStream(Payloads.bytes(Payloads.TOKEN));
        HookHttpResponse response = call(body, "Content-Type", "application/json");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).contains("Basic realm=\"okta-hooks\"");
        assertThat(json(response).at("/error/errorCauses/0/reason").asText()).isEqualTo("missing_credentials");
        assertThat(body.read).isZero();
        assertThat(handled).hasValue(0);
    }

    @Test
    void wrongCredentialsGet401AndTheBodyNeverEchoesThem() {
        CountingStream body = new CountingStream(Payloads.bytes(Payloads.TOKEN));
        HookHttpResponse response =
                call(body, "Content-Type", "application/json", "Authorization", "Basic d3Jvbmc6c2VjcmV0");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.bodyText()).doesNotContain("d3Jvbmc6c2VjcmV0").contains("bad_credentials");
        assertThat(body.read).isZero();
        assertThat(handled).hasValue(0);
    }

    @Test
    void cannotVerifyNowGets503() {
        HookHttpResponse response = call(
                new CountingStream(Payloads.bytes(Payloads.TOKEN)),
                "Content-Type",
                "application/json",
                "Authorization",
                "Unavailable");
        assertThat(response.status()).isEqualTo(503);
        assertThat(json(response).at("/error/errorCauses/0/reason").asText()).isEqualTo("keys_unavailable");
        assertThat(handled).hasValue(0);
    }

    @Test
    void aThrowingAuthenticatorGets503NotAStackTrace() {
        HookEndpoint broken = HookEndpoint.builder()
                .authenticator(headers -> {
                    throw new IllegalStateException("boom at com.example.Secret");
                })
                .token(r -> HookResponse.empty(HookType.TOKEN))
                .build();
        HookHttpResponse response = broken.handle(HookType.TOKEN, EndpointFixtures.post(Payloads.TOKEN));
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.bodyText()).doesNotContain("boom").doesNotContain("Exception");
    }

    @Test
    void validCredentialsReachTheHandler() {
        HookHttpResponse response = call(
                new CountingStream(Payloads.bytes(Payloads.TOKEN)),
                "Content-Type",
                "application/json",
                "Authorization",
                EndpointFixtures.SECRET);
        assertThat(response.status()).isEqualTo(204);
        assertThat(handled).hasValue(1);
    }

    @Test
    void anEndpointCannotBeBuiltWithoutAnAuthenticatorOrHandler() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> HookEndpoint.builder().token(r -> null).build())
                .hasMessageContaining("authenticator is required");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HookEndpoint.builder()
                        .authenticator(HookAuthenticator.insecureAcceptAll())
                        .build())
                .hasMessageContaining("at least one handler");
    }
}
