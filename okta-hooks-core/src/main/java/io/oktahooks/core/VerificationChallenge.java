package io.oktahooks.core;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The event hook's one-time verification: echo the challenge header as {@code {"verification": ...}}. */
final class VerificationChallenge {

    private static final Logger LOG = LoggerFactory.getLogger(HookEndpoint.class);

    private VerificationChallenge() {}

    /** Answers the one-time verification GET; the endpoint lets a GET through only when events are served. */
    static HookHttpResponse answer(HookHeaders headers) {
        List<String> values = headers.all(HookEndpoint.VERIFICATION_HEADER);
        if (values.size() != 1) {
            return Replies.badRequest(
                    values.isEmpty() ? "missing_challenge" : "ambiguous_challenge",
                    "a verification GET carries exactly one " + HookEndpoint.VERIFICATION_HEADER + " header",
                    "header",
                    HookEndpoint.VERIFICATION_HEADER);
        }
        String raw = values.get(0) == null ? "" : values.get(0);
        String challenge = raw.replaceAll("^[ \\t]+|[ \\t]+$", ""); // HTTP optional whitespace only
        if (challenge.isEmpty()
                || challenge.length() > HookEndpoint.MAX_CHALLENGE_LENGTH
                || !challenge.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            return Replies.badRequest(
                    "invalid_challenge",
                    "the verification challenge must be 1 to " + HookEndpoint.MAX_CHALLENGE_LENGTH
                            + " printable ASCII characters",
                    "header",
                    HookEndpoint.VERIFICATION_HEADER);
        }
        LOG.info("okta hook: answered the event hook verification challenge");
        return Replies.ok(HookResponse.verification(challenge).toBytes());
    }
}
