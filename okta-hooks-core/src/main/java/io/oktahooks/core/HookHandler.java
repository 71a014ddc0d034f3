package io.oktahooks.core;

/**
 * Your code for one inline hook type: from the typed request to the response.
 *
 * <p>A plain functional interface, so handlers are lambdas and need no mocking to test:
 * <pre>{@code
 * HookHandler<TokenRequest> handler = request -> request.respond()
 *         .addIdTokenClaim("extPatientId", "1235")
 *         .build();
 * }</pre>
 * Keep it fast: Okta waits 3 seconds in all (network included) and does not retry token and
 * telephony hooks. If it throws, the endpoint answers with the hook type's fail-safe response
 * ({@link FailurePolicy}) and logs the exception; nothing of it reaches Okta.
 *
 * @param <R> the request type, e.g. {@code TokenRequest}
 */
@FunctionalInterface
public interface HookHandler<R extends HookRequest> {

    /**
     * Answers one call.
     *
     * @return the response; {@link HookResponse#empty(HookType)} for "no change"
     * @throws Exception any failure, answered by the endpoint's {@link FailurePolicy}
     */
    HookResponse handle(R request) throws Exception;
}
