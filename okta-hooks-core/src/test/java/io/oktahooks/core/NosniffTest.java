package io.oktahooks.core;

import static io.oktahooks.core.EndpointFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review, also: the verification echo is JSON holding a caller-chosen string, so no reply may be
 * sniffed as another type; every reply, whatever its status, carries {@code X-Content-Type-Options: nosniff}.
 */
class NosniffTest {

    private final HookEndpoint endpoint = HookEndpoint.builder()
            .authenticator(EndpointFixtures.AUTH)
            .maxBodyBytes(8192)
            .events(d -> {})
            .token(r -> r.eventId().orElse("").equals("boom") ? null : HookResponse.empty(HookType.TOKEN))
            .telephony(r -> r.respond().successful("X", "1").build())
            .build();

    @Test
    void aVerificationEchoCannotBeSniffedAsHtml() {
        HookHttpResponse echo = endpoint.handle(
                HookType.EVENT,
                HookHttpRequest.of(
                        "GET",
                        HookHeaders.of(
                                "Authorization",
                                EndpointFixtures.SECRET,
                                HookEndpoint.VERIFICATION_HEADER,
                                "<script>alert(1)</script>"),
                        new byte[0]));
        assertThat(echo.status()).isEqualTo(200);
        assertThat(echo.headers().get("Content-Type")).isEqualTo("application/json");
        assertThat(echo.headers().get("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void everyReplyCarriesNosniff() {
        List<HookHttpResponse> replies = List.of(
                endpoint.handle(HookType.TELEPHONY, post(Payloads.TELEPHONY)), // 200
                endpoint.handle(HookType.TOKEN, post(Payloads.TOKEN)), // 204
                endpoint.handle(
                        HookType.TOKEN,
                        post(Payloads.TOKEN.replace("\"eventId\": \"", "\"eventId\": \"boom"))), // fail-safe
                endpoint.handle(HookType.EVENT, post(Payloads.EVENTS)), // 200, empty
                endpoint.handle(HookType.TOKEN, post("{not json")), // 400
                endpoint.handle(HookType.TOKEN, HookHttpRequest.postJson(Payloads.bytes(Payloads.TOKEN))), // 401
                endpoint.handle(
                        HookType.TOKEN, post(Payloads.TOKEN, "Authorization", "Unavailable")), // 401 (two headers)
                endpoint.handle(
                        HookType.TOKEN,
                        HookHttpRequest.postJson(
                                Payloads.bytes(Payloads.TOKEN), "Authorization", "Unavailable")), // 503
                endpoint.handle(HookType.TOKEN, HookHttpRequest.of("PUT", HookHeaders.of(), new byte[0])), // 405
                endpoint.handle(
                        HookType.TOKEN,
                        HookHttpRequest.of(
                                "POST",
                                HookHeaders.of("Authorization", EndpointFixtures.SECRET, "Content-Type", "text/plain"),
                                new byte[0])), // 415
                endpoint.handle(HookType.TOKEN, post("{\"data\": \"" + "x".repeat(9000) + "\"}"))); // 413
        assertThat(replies).extracting(HookHttpResponse::status).contains(200, 204, 400, 401, 405, 413, 415, 503);
        assertThat(replies)
                .allSatisfy(reply -> assertThat(reply.headers().get("X-Content-Type-Options"))
                        .as(reply.toString())
                        .isEqualTo("nosniff"));
    }
}
