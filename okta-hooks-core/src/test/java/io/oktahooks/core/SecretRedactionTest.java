package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.core.passwordimport.PasswordImportRequest;
import io.oktahooks.core.telephony.TelephonyRequest;
import io.oktahooks.core.token.TokenRequest;
import org.junit.jupiter.api.Test;

/** Passwords, passcodes and profile values never appear in toString() of the model. */
class SecretRedactionTest {

    @Test
    void passwordImportRequestNeverShowsThePassword() {
        PasswordImportRequest request = PasswordImportRequest.parse(Payloads.bytes(Payloads.PASSWORD_IMPORT));
        assertThat(request.credential().password()).isEqualTo("Tr0ub4dor&3-horse");
        assertThat(request.toString()).doesNotContain("Tr0ub4dor");
        assertThat(request.credential().toString()).doesNotContain("Tr0ub4dor");
        assertThat(request.request().orElseThrow().toString()).doesNotContain("Tr0ub4dor");
    }

    @Test
    void telephonyRequestNeverShowsThePasscode() {
        TelephonyRequest request = TelephonyRequest.parse(Payloads.bytes(Payloads.TELEPHONY));
        assertThat(request.message().otpCode()).contains("482913");
        assertThat(request.toString()).doesNotContain("482913");
        assertThat(request.message().toString()).doesNotContain("482913").contains("otpCode");
        assertThat(request.message().maskedPhoneNumber())
                .isEqualTo("**********67")
                .doesNotContain("555");
    }

    @Test
    void profilesShowAttributeNamesOnly() {
        TokenRequest request = TokenRequest.parse(Payloads.bytes(Payloads.TOKEN));
        assertThat(request.user().orElseThrow().profile().toString())
                .contains("login")
                .doesNotContain("jessie");
    }
}
