package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.passwordimport.PasswordImportRequest;
import org.junit.jupiter.api.Test;

/** A password import credential's toString() shows no value: the username is personal data and may carry a CR/LF. */
class PasswordCredentialToStringTest {

    private static PasswordImportRequest withUsername(String username) {
        ObjectNode json = (ObjectNode) HookJson.readTree(Payloads.bytes(Payloads.PASSWORD_IMPORT));
        ((ObjectNode) json.at("/data/context/credential")).put("username", username);
        return PasswordImportRequest.of(json);
    }

    @Test
    void theCredentialNamesItsPartsButShowsNoValue() {
        assertThat(withUsername("jessie.smith@example.com").credential().toString())
                .isEqualTo("PasswordCredential{members=[username, password]}");
    }

    @Test
    void aCrLfInTheUsernameCannotForgeALogLine() {
        String text = withUsername("jessie\r\nERROR forged").credential().toString();
        assertThat(text).doesNotContain("\r", "\n", "forged", "jessie");
    }
}
