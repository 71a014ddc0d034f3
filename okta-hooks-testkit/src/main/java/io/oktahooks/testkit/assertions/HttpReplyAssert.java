package io.oktahooks.testkit.assertions;

import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookRequest;
import io.oktahooks.core.HookType;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.testkit.simulator.ContractViolation;
import io.oktahooks.testkit.simulator.ResponseContract;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions on an HTTP reply to a hook call (from {@code HookEndpoint.handle} or from
 * any service): its status, and whether it meets Okta's contract for a hook type. Continue on the
 * body with {@link #body()}.
 */
public class HttpReplyAssert extends AbstractAssert<HttpReplyAssert, HookHttpResponse> {

    /** @param actual the reply */
    public HttpReplyAssert(@Nullable HookHttpResponse actual) {
        super(actual, HttpReplyAssert.class);
    }

    /** The reply has this status. */
    public HttpReplyAssert hasStatus(int status) {
        isNotNull();
        if (actual.status() != status) {
            failWithMessage(
                    "Expected status %s but was %s with body:%n  %s", status, actual.status(), actual.bodyText());
        }
        return myself;
    }

    /**
     * The reply meets Okta's contract for a POST of this hook type (status, shape, commands,
     * errors, size), by the rules that hold for every request; prefer
     * {@link #meetsContract(HookRequest)}, which also applies the request-dependent ones.
     */
    public HttpReplyAssert meetsContract(HookType type) {
        isNotNull();
        return meets(type, ResponseContract.check(type, actual));
    }

    /**
     * The reply meets Okta's contract for this request, every rule included: also no patch of a
     * token the request does not mint, no replace or remove of what the sent token lacks, nested
     * paths that fit the token, the registration flow's own profile command.
     */
    public HttpReplyAssert meetsContract(HookRequest request) {
        isNotNull();
        return meets(request.type(), ResponseContract.check(request, actual));
    }

    private HttpReplyAssert meets(HookType type, List<ContractViolation> violations) {
        if (!violations.isEmpty()) {
            failWithMessage(
                    "Expected the reply to meet Okta's %s contract but:%n  %s%nreply: status %s, body:%n  %s",
                    type.displayName(),
                    String.join(
                            "\n  ",
                            violations.stream().map(ContractViolation::toString).toList()),
                    actual.status(),
                    actual.bodyText());
        }
        return myself;
    }

    /** The reply answers the event hook verification GET with this challenge. */
    public HttpReplyAssert answersVerification(String challenge) {
        isNotNull();
        List<ContractViolation> violations = ResponseContract.checkVerification(challenge, actual);
        if (!violations.isEmpty()) {
            failWithMessage(
                    "Expected the verification echo of %s but:%n  %s%nbody: %s",
                    challenge, violations.get(0), actual.bodyText());
        }
        return myself;
    }

    /**
     * Assertions on the body as a hook response ({@code {}} when empty). A hard assertion even in a
     * soft context: use {@code SoftHookAssertions.assertThatBody(reply)} there.
     */
    public HookResponseAssert body() {
        isNotNull();
        byte[] body = actual.body();
        return new HookResponseAssert(body.length == 0 ? HookJson.newObject() : HookJson.readTree(body));
    }
}
