package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.core.EndpointFixtures.EndlessStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The body cap is enforced while reading: exact to the byte, whatever Content-Length says. */
class EndpointBodyLimitsTest {

    private static final int CAP = 4096;
    private final HookEndpoint endpoint = HookEndpoint.builder()
            .authenticator(EndpointFixtures.AUTH)
            .token(r -> HookResponse.empty(HookType.TOKEN))
            .maxBodyBytes(CAP)
            .build();

    /** A valid token request padded with trailing spaces to exactly {@code size} bytes. */
    private static byte[] bodyOfSize(int size) {
        byte[] json = Payloads.TOKEN_CLIENT_CREDENTIALS.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) ' ');
        System.arraycopy(json, 0, body, 0, json.length);
        return body;
    }

    private HookHttpResponse post(byte[] body, String... extra) {
        String[] headers = new String[extra.length + 4];
        headers[0] = "Authorization";
        headers[1] = EndpointFixtures.SECRET;
        headers[2] = "Content-Type";
        headers[3] = "application/json";
        System.arraycopy(extra, 0, headers, 4, extra.length);
        return endpoint.handle(HookType.TOKEN, HookHttpRequest.of("POST", HookHeaders.of(headers), body));
    }

    @Test
    void aBodyOfExactlyTheCapIsAccepted() {
        assertThat(post(bodyOfSize(CAP)).status()).isEqualTo(204);
    }

    @Test
    void oneByteOverTheCapGets413() {
        HookHttpResponse response = post(bodyOfSize(CAP + 1));
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.bodyText()).contains("body_too_large");
        assertThat(response.header("Connection")).contains("close");
    }

    @Test
    void aDeclaredLengthOverTheCapGets413BeforeReading() {
        EndlessStream body = new EndlessStream();
        HookHttpResponse response = endpoint.handle(
                HookType.TOKEN,
                new HookHttpRequest(
                        "POST",
                        HookHeaders.of(
                                "Authorization",
                                EndpointFixtures.SECRET,
                                "Content-Type",
                                "application/json",
                                "Content-Length",
                                "104857600"),
                        body));
        assertThat(response.status()).isEqualTo(413);
        assertThat(body.read).isZero();
    }

    @Test
    void aLyingContentLengthDoesNotLiftTheCap() {
        EndlessStream body = new EndlessStream();
        HookHttpResponse response = endpoint.handle(
                HookType.TOKEN,
                new HookHttpRequest(
                        "POST",
                        HookHeaders.of(
                                "Authorization",
                                EndpointFixtures.SECRET,
                                "Content-Type",
                                "application/json",
                                "Content-Length",
                                "10"),
                        body));
        assertThat(response.status()).isEqualTo(413);
        assertThat(body.read).isLessThanOrEqualTo(2L * CAP);
    }

    @Test
    void aHundredMegabyteBodyIsRefusedAfterAtMostTheCap() {
        HookEndpoint defaults = HookEndpoint.builder()
                .authenticator(EndpointFixtures.AUTH)
                .token(r -> HookResponse.empty(HookType.TOKEN))
                .build();
        EndlessStream body = new EndlessStream();
        HookHttpResponse response = defaults.handle(
                HookType.TOKEN,
                new HookHttpRequest(
                        "POST",
                        HookHeaders.of("Authorization", EndpointFixtures.SECRET, "Content-Type", "application/json"),
                        body));
        assertThat(response.status()).isEqualTo(413);
        assertThat(body.read).isLessThanOrEqualTo(2L * HookEndpoint.DEFAULT_MAX_BODY_BYTES);
    }

    @Test
    void anUnauthenticatedHugeBodyIsNotReadAtAll() {
        EndlessStream body = new EndlessStream();
        HookHttpResponse response = endpoint.handle(
                HookType.TOKEN, new HookHttpRequest("POST", HookHeaders.of("Content-Type", "application/json"), body));
        assertThat(response.status()).isEqualTo(401);
        assertThat(body.read).isZero();
    }
}
