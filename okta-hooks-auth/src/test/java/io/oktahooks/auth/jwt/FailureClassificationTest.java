package io.oktahooks.auth.jwt;

import static io.oktahooks.testsupport.LogCapture.logsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import io.oktahooks.auth.AuthFailure;
import io.oktahooks.auth.HookAuth;
import io.oktahooks.auth.Tokens;
import io.oktahooks.auth.internal.Fingerprint;
import java.text.ParseException;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Whatever the parser, the key source or nimbus' processor throws becomes exactly one reason:
 * a rejection (401) for the token's faults, unavailability (503) for the key source's, and a
 * fail-closed rejection for anything unexpected; the debug line names the reason, the sanitized
 * kid and the token's fingerprint, never the token.
 */
class FailureClassificationTest {

    private static JwtVerification classify(Exception e) {
        return Verdicts.classify(e, "k1", "token");
    }

    private static JwtVerification.Rejected rejected(AuthFailure reason) {
        return new JwtVerification.Rejected(reason);
    }

    @Test
    void eachFailureMapsToItsReason() {
        assertThat(classify(new Rejection(AuthFailure.BAD_AUDIENCE))).isEqualTo(rejected(AuthFailure.BAD_AUDIENCE));
        assertThat(classify(new ParseException("bad json", 0))).isEqualTo(rejected(AuthFailure.MALFORMED_TOKEN));
        assertThat(classify(new UnknownKeyException())).isEqualTo(rejected(AuthFailure.UNKNOWN_KID));
        assertThat(classify(new KeySourceException("down")))
                .isEqualTo(new JwtVerification.Unavailable(AuthFailure.KEYS_UNAVAILABLE));
        assertThat(classify(new BadJWSException("signature"))).isEqualTo(rejected(AuthFailure.BAD_SIGNATURE));
        assertThat(classify(new BadJOSEException("no matching key"))).isEqualTo(rejected(AuthFailure.BAD_SIGNATURE));
    }

    @Test
    void anythingUnexpectedIsRefusedNotAccepted() {
        assertThat(classify(new JOSEException("provider failure"))).isEqualTo(rejected(AuthFailure.VERIFIER_ERROR));
        assertThat(classify(new IllegalStateException("bug"))).isEqualTo(rejected(AuthFailure.VERIFIER_ERROR));
        assertThat(classify(new ClassCastException("not a signed JWT")))
                .isEqualTo(rejected(AuthFailure.VERIFIER_ERROR));
    }

    @Test
    void theDebugLineNamesReasonKidAndFingerprint() {
        JwtAuthenticator jwt = HookAuth.jwt()
                .issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .clientIds(Tokens.CLIENT)
                .keys(Tokens.publicKeys(Tokens.KEY))
                .clock(Clock.fixed(Tokens.NOW, ZoneOffset.UTC))
                .build();
        String wrongAudience = Tokens.with(c -> c.audience("api://other"));
        assertThat(logsOf(() -> jwt.verify(wrongAudience)))
                .contains("rejected bad_audience kid=k1 token=" + Fingerprint.of(wrongAudience))
                .doesNotContain(Tokens.signatureOf(wrongAudience));
        assertThat(logsOf(() -> jwt.verify("not.a.token!"))).contains("rejected malformed_token kid=- token=-");
    }
}
