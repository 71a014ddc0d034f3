package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktahooks.core.token.TokenResponseBuilder;
import org.junit.jupiter.api.Test;

/** A response of 256,000 bytes or more is never produced. */
class ResponseSizeLimitTest {

    /** A token response whose JSON is exactly {@code size} bytes. */
    private static HookResponse responseOfSize(int size) {
        int overhead =
                TokenResponseBuilder.create().addIdTokenClaim("big", "").build().toBytes().length;
        return TokenResponseBuilder.create()
                .addIdTokenClaim("big", "x".repeat(size - overhead))
                .build();
    }

    @Test
    void aResponseJustUnderTheLimitIsWritten() {
        assertThat(responseOfSize(255_999).toBytes()).hasSize(255_999);
    }

    @Test
    void aResponseAtTheLimitIsRefusedNamingSizeAndLimit() {
        assertThatThrownBy(() -> responseOfSize(256_000).toBytes())
                .isInstanceOf(ResponseTooLargeException.class)
                .hasMessageContaining("256000 bytes")
                .hasMessageContaining("less than 256000")
                .satisfies(
                        e -> assertThat(((ResponseTooLargeException) e).size()).isEqualTo(256_000));
    }
}
