package io.oktahooks.auth.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The canonical-encoding check agrees with decoding and re-encoding, for every length and tail. */
class TokenSyntaxTest {

    private static boolean reencodes(String segment) {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(Base64.getUrlDecoder().decode(segment))
                    .equals(segment);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Test
    void theCheapCheckMatchesTheDecodeEncodeRoundTrip() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder segment = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int j = 0; j < length; j++) {
                segment.append(alphabet.charAt(random.nextInt(64)));
            }
            assertThat(TokenSyntax.canonical(segment.toString()))
                    .as(segment.toString())
                    .isEqualTo(reencodes(segment.toString()));
        }
    }
}
