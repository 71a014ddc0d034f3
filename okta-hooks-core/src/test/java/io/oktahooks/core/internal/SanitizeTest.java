package io.oktahooks.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The one escaping function for text from a request on its way to a log line or a reply: printable
 * ASCII passes as it is (the same string, no copy), everything that could forge or hide a line is
 * written as {@code \\uXXXX}, and long values are cut.
 */
class SanitizeTest {

    @Test
    void printableAsciiIsReturnedAsItIs() {
        String eventId = "evt-1A2b3C_4d.5e~6f (ok) [x]";
        assertThat(Sanitize.forLog(eventId)).isSameAs(eventId);
    }

    @Test
    void backslashControlDeleteAndLineSeparatorsAreEscaped() {
        assertThat(Sanitize.forLog("a\\b")).isEqualTo("a\\u005cb");
        assertThat(Sanitize.forLog("a\nb\rc")).isEqualTo("a\\u000ab\\u000dc");
        assertThat(Sanitize.forLog("a\u007fb")).isEqualTo("a\\u007fb");
        assertThat(Sanitize.forLog("a\u2028b")).isEqualTo("a\\u2028b");
    }

    @Test
    void printableTextPastTheLimitIsCut() {
        String longId = "x".repeat(Sanitize.MAX_LENGTH + 10);
        assertThat(Sanitize.forLog(longId)).isEqualTo("x".repeat(Sanitize.MAX_LENGTH) + "...");
    }

    @Test
    void nullIsADash() {
        assertThat(Sanitize.forLog(null)).isEqualTo("-");
    }
}
