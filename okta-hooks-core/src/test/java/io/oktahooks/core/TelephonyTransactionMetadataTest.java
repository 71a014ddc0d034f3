package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.telephony.TelephonyResponseBuilder;
import org.junit.jupiter.api.Test;

/** Every telephony shortcut (successful, pending, failed) can report transactionMetadata, as Okta documents. */
class TelephonyTransactionMetadataTest {

    private static JsonNode result(HookResponse response) {
        return response.toJson().at("/commands/0/value/0");
    }

    @Test
    void everyShortcutAcceptsTransactionMetadata() {
        assertThat(result(TelephonyResponseBuilder.create()
                        .successful("ACME-SMS", "SMa1", "Duration=120ms")
                        .build()))
                .isEqualTo(
                        HookJson.readTree(
                                Payloads.bytes(
                                        "{\"status\":\"SUCCESSFUL\",\"provider\":\"ACME-SMS\",\"transactionId\":\"SMa1\",\"transactionMetadata\":\"Duration=120ms\"}")));
        assertThat(result(TelephonyResponseBuilder.create()
                                .pending("ACME-SMS", "SMa2", "queued")
                                .build())
                        .get("transactionMetadata")
                        .asText())
                .isEqualTo("queued");
        assertThat(result(TelephonyResponseBuilder.create()
                                .failed("ACME-SMS", "SMa3", "carrier rejected")
                                .build())
                        .get("transactionMetadata")
                        .asText())
                .isEqualTo("carrier rejected");
    }

    @Test
    void theShortcutsWithoutMetadataLeaveItOut() {
        assertThat(result(TelephonyResponseBuilder.create()
                                .successful("ACME-SMS", "SMa1")
                                .build())
                        .has("transactionMetadata"))
                .isFalse();
    }
}
