package io.oktahooks.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.event.EventDelivery;
import io.oktahooks.core.internal.BuildProblems;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.internal.HookTypes;
import io.oktahooks.core.internal.Sanitize;
import io.oktahooks.core.passwordimport.PasswordImportRequest;
import io.oktahooks.core.registration.RegistrationRequest;
import io.oktahooks.core.saml.SamlRequest;
import io.oktahooks.core.telephony.TelephonyRequest;
import io.oktahooks.core.token.TokenRequest;
import io.oktahooks.core.userimport.UserImportRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's HTTP face: one object that takes a hook call as method, headers and body and returns
 * status, headers and body, speaking Okta's HTTP contract. It knows no web framework; wiring it
 * into one takes a few lines (see README).
 *
 * <p>What it does with each call, in order:
 * <ol>
 *   <li>Method: POST (and, for event hooks, the verification GET); anything else 405 with {@code Allow}.</li>
 *   <li>Authentication from the headers, before the body is read: 401 when rejected, 503 when it
 *       cannot be checked now.</li>
 *   <li>{@code Content-Type} must be {@code application/json}: else 415.</li>
 *   <li>Body read up to the cap (default 1 MiB; a declared or actual larger body is 413, never buffered).</li>
 *   <li>JSON parsed with the SDK's hardened reader (duplicate names, trailing data and deep nesting are refused) and checked to be the expected hook type:
 *       else 400 with an Okta-style {@code error} body whose cause names the location.</li>
 *   <li>The handler runs; its response is checked against the request it answers (Okta's
 *       request-dependent rules: tokens minted, claims and elements present, the registration
 *       flow's own profile command) and becomes 200 with JSON, or 204 when empty and the type
 *       allows it. A throwing handler, a null or foreign response, one that breaks a rule for this
 *       request, or one of 256 KB or more gets the type's {@link FailurePolicy} response instead,
 *       and is logged once at ERROR (naming the rule, for a broken rule).</li>
 * </ol>
 *
 * <p>Every reply carries {@code X-Content-Type-Options: nosniff} and {@code Cache-Control: no-store}.
 * Immutable and thread-safe once built; share one instance, and {@link #close()} it on shutdown
 * (it closes the authenticator, which may refresh signing keys in the background).
 */
public final class HookEndpoint implements AutoCloseable {

    /** Default request body cap: 1 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    /** Default budget after which a call is logged as slow: 2 seconds (Okta waits 3). */
    public static final Duration DEFAULT_SLOW_CALL_WARNING = Duration.ofSeconds(2);
    /** The header Okta sends with the event hook verification GET. */
    public static final String VERIFICATION_HEADER = "x-okta-verification-challenge";
    /** Longest verification challenge echoed back. */
    public static final int MAX_CHALLENGE_LENGTH = 1024;

    private static final Logger LOG = LoggerFactory.getLogger(HookEndpoint.class);

    private final HookAuthenticator authenticator;
    private final Dispatcher dispatcher;
    private final Set<HookType> hookTypes;
    private final int maxBodyBytes;
    private final long slowCallNanos;
    private final boolean authenticateVerification;
    private final List<HookCallListener> listeners;
    private final @Nullable HandlerDeadline deadline;

    private HookEndpoint(Builder builder) {
        this.authenticator = Objects.requireNonNull(builder.authenticator, "authenticator");
        EnumMap<HookType, FailurePolicy> policies = new EnumMap<>(HookType.class);
        for (HookType type : HookType.values()) {
            policies.put(type, builder.failurePolicies.getOrDefault(type, FailurePolicy.failSafe(type)));
        }
        this.dispatcher = new Dispatcher(builder.routes, builder.eventHandler, builder.deduplicator, policies);
        this.hookTypes = dispatcher.hookTypes();
        this.maxBodyBytes = builder.maxBodyBytes;
        this.slowCallNanos = builder.slowCallWarning.toNanos();
        this.authenticateVerification = builder.authenticateVerification;
        this.listeners = List.copyOf(builder.listeners);
        this.deadline = builder.handlerDeadline == null ? null : new HandlerDeadline(builder.handlerDeadline);
    }

    /** Starts configuring an endpoint. */
    public static Builder builder() {
        return new Builder();
    }

    /** The hook types this endpoint has handlers for. */
    public Set<HookType> hookTypes() {
        return hookTypes;
    }

    /**
     * Handles a call on a path that serves every registered hook type: the type is found from the
     * body's {@code eventType} (a GET is the event hook verification).
     */
    public HookHttpResponse handle(HookHttpRequest request) {
        return call(null, request);
    }

    /**
     * Handles a call on a path mounted for one hook type; a body of another type is a 400.
     *
     * @param type the route's hook type (use {@link #handle(HookHttpRequest)} to dispatch on {@code eventType})
     */
    public HookHttpResponse handle(HookType type, HookHttpRequest request) {
        return call(
                Objects.requireNonNull(type, "type (use handle(request) to dispatch on the body's eventType)"),
                request);
    }

    /** Closes the authenticator (for example a JWT verifier's background key refresh); never throws. */
    @Override
    public void close() {
        if (deadline != null) {
            deadline.close();
        }
        try {
            authenticator.close();
        } catch (RuntimeException e) {
            LOG.warn(
                    "okta hook: closing the authenticator failed: {}",
                    e.getClass().getName());
        }
    }

    private HookHttpResponse call(@Nullable HookType type, HookHttpRequest request) {
        Objects.requireNonNull(request, "request");
        long start = System.nanoTime();
        Outcome outcome;
        try {
            outcome = process(type, request);
        } catch (VirtualMachineError e) {
            throw e; // out of memory or stack: the JVM's state is in doubt, so no reply is made up
        } catch (RuntimeException | Error e) {
            // Nothing below is meant to throw; if it does, Okta still gets a bare 500, never a trace.
            LOG.error(
                    "okta hook: unexpected failure handling a {} call", type == null ? "hook" : type.displayName(), e);
            outcome = new Outcome(type, null, Replies.internalError());
        }
        long elapsed = System.nanoTime() - start;
        String hook = outcome.type == null ? "unknown" : outcome.type.displayName();
        if (elapsed > slowCallNanos && outcome.type != null) {
            LOG.warn(
                    "okta hook: {} call eventId={} took {} ms, over the {} ms budget; Okta gives up after 3000 ms",
                    hook,
                    outcome.eventId == null ? "-" : outcome.eventId,
                    elapsed / 1_000_000,
                    slowCallNanos / 1_000_000);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug(
                    "okta hook: {} call eventId={} status={} in {} ms",
                    hook,
                    outcome.eventId == null ? "-" : outcome.eventId,
                    outcome.response.status(),
                    elapsed / 1_000_000);
        }
        if (!listeners.isEmpty()) {
            HookCall call = new HookCall(
                    outcome.type,
                    outcome.eventId,
                    outcome.response.status(),
                    Duration.ofNanos(elapsed),
                    elapsed > slowCallNanos);
            for (HookCallListener listener : listeners) {
                try {
                    listener.onCall(call);
                } catch (VirtualMachineError e) {
                    throw e;
                } catch (RuntimeException | Error e) {
                    LOG.warn(
                            "okta hook: the call listener threw {}; ignored",
                            e.getClass().getName());
                }
            }
        }
        return outcome.response;
    }

    private record Outcome(
            @Nullable HookType type, @Nullable String eventId, HookHttpResponse response) {}

    private Outcome process(@Nullable HookType routeType, HookHttpRequest request) {
        String method = request.method().toUpperCase(Locale.ROOT);
        boolean eventsServed = dispatcher.servesEvents() && (routeType == null || routeType == HookType.EVENT);
        if (!method.equals("POST") && !(method.equals("GET") && eventsServed)) {
            return new Outcome(routeType, null, Replies.methodNotAllowed(eventsServed ? "GET, POST" : "POST"));
        }
        HookType type = method.equals("GET") ? HookType.EVENT : routeType;
        if (method.equals("POST") || authenticateVerification) {
            HookHttpResponse refusal = authenticate(request.headers(), type);
            if (refusal != null) {
                return new Outcome(type, null, refusal);
            }
        }
        if (method.equals("GET")) {
            return new Outcome(HookType.EVENT, null, VerificationChallenge.answer(request.headers()));
        }
        Optional<String> contentType = request.headers().first("Content-Type");
        if (contentType.isEmpty() || !Envelope.isJson(contentType.get())) {
            return new Outcome(type, null, Replies.unsupportedMediaType());
        }
        byte[] body;
        try {
            body = BodyReader.read(request, maxBodyBytes);
        } catch (BodyReader.BodyTooLarge e) {
            return new Outcome(type, null, Replies.payloadTooLarge(maxBodyBytes));
        } catch (IOException e) {
            LOG.info(
                    "okta hook: the request body could not be read: {}",
                    e.getClass().getSimpleName());
            return new Outcome(
                    type, null, Replies.badRequest("unreadable_body", "the body could not be read", "body", ""));
        }
        HookRequest hookRequest;
        try {
            if (type == null) {
                JsonNode root = HookJson.readTree(body);
                type = Envelope.typeOf(root);
                if (!dispatcher.serves(type)) {
                    return new Outcome(type, null, Replies.noHandler(type));
                }
                hookRequest = HookTypes.view(type, root);
            } else {
                if (!dispatcher.serves(type)) {
                    return new Outcome(type, null, Replies.noHandler(type));
                }
                hookRequest = HookTypes.parse(type, body);
            }
        } catch (HookParseException e) {
            return new Outcome(
                    type, null, Replies.badRequest(e.reason().wireValue(), e.getMessage(), "body", e.location()));
        }
        String eventId =
                hookRequest.eventId().map(Sanitize::forLog).orElse(null); // body-derived: escaped for logs and HookCall
        HookType served = type;
        HookRequest parsed = hookRequest;
        Supplier<HookHttpResponse> handler = served == HookType.EVENT
                ? () -> dispatcher.deliver((EventDelivery) parsed)
                : () -> dispatcher.respond(served, parsed, eventId);
        return new Outcome(
                type,
                eventId,
                deadline == null
                        ? handler.get()
                        : deadline.run(
                                type,
                                eventId,
                                handler,
                                () -> dispatcher.failSafeReply(
                                        served, parsed, new TimeoutException("handler deadline"))));
    }

    private @Nullable HookHttpResponse authenticate(HookHeaders headers, @Nullable HookType type) {
        AuthResult result;
        try {
            result = authenticator.authenticate(headers);
        } catch (RuntimeException e) {
            LOG.error(
                    "okta hook: the authenticator threw {}; answering 503",
                    e.getClass().getName());
            result = AuthResult.unavailable("authenticator_error");
        }
        if (result instanceof AuthResult.Accepted) {
            return null;
        }
        if (result instanceof AuthResult.Rejected rejected) {
            LOG.info("okta hook: {} call rejected: {}", type == null ? "hook" : type.displayName(), rejected.reason());
            return Replies.unauthorized(rejected.reason(), rejected.challenge());
        }
        String reason =
                result instanceof AuthResult.Unavailable unavailable ? unavailable.reason() : "authenticator_error";
        LOG.warn(
                "okta hook: {} call could not be authenticated now: {}",
                type == null ? "hook" : type.displayName(),
                reason);
        return Replies.unavailable(reason);
    }

    /**
     * Configures a {@link HookEndpoint}. Register one handler per hook type you serve. Setters only
     * record (a later call replaces an earlier one, except {@link #listener(HookCallListener)}, which
     * adds); {@link #build()} checks the result and names every problem at once.
     */
    public static final class Builder {
        private @Nullable HookAuthenticator authenticator;
        private final Map<HookType, Dispatcher.Route<?>> routes = new EnumMap<>(HookType.class);
        private @Nullable EventHandler eventHandler;
        private @Nullable EventDeduplicator deduplicator;
        private final Map<HookType, FailurePolicy> failurePolicies = new EnumMap<>(HookType.class);
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private Duration slowCallWarning = DEFAULT_SLOW_CALL_WARNING;
        private boolean authenticateVerification = true;
        private final List<HookCallListener> listeners = new ArrayList<>();
        private @Nullable Duration handlerDeadline;

        private Builder() {}

        /**
         * How calls are authenticated (required): e.g. {@code HookAuth.basic(user, password)} from
         * okta-hooks-auth, or {@link HookAuthenticator#insecureAcceptAll()} in unit tests. The
         * endpoint owns it from now on: {@link HookEndpoint#close()} closes it.
         */
        public Builder authenticator(HookAuthenticator authenticator) {
            this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
            return this;
        }

        /** The token inline hook handler. */
        public Builder token(HookHandler<TokenRequest> handler) {
            return route(HookType.TOKEN, TokenRequest.class, handler);
        }

        /** The SAML assertion inline hook handler. */
        public Builder saml(HookHandler<SamlRequest> handler) {
            return route(HookType.SAML, SamlRequest.class, handler);
        }

        /** The registration inline hook handler. */
        public Builder registration(HookHandler<RegistrationRequest> handler) {
            return route(HookType.REGISTRATION, RegistrationRequest.class, handler);
        }

        /** The user import inline hook handler. */
        public Builder userImport(HookHandler<UserImportRequest> handler) {
            return route(HookType.USER_IMPORT, UserImportRequest.class, handler);
        }

        /** The password import inline hook handler. */
        public Builder passwordImport(HookHandler<PasswordImportRequest> handler) {
            return route(HookType.PASSWORD_IMPORT, PasswordImportRequest.class, handler);
        }

        /** The telephony inline hook handler. */
        public Builder telephony(HookHandler<TelephonyRequest> handler) {
            return route(HookType.TELEPHONY, TelephonyRequest.class, handler);
        }

        /** The event hook handler; also enables answering the one-time verification GET. */
        public Builder events(EventHandler handler) {
            this.eventHandler = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /** Drops events whose {@code uuid} was already delivered before calling the event handler. */
        public Builder deduplicateEvents(EventDeduplicator deduplicator) {
            this.deduplicator = Objects.requireNonNull(deduplicator, "deduplicator");
            return this;
        }

        /** Replaces the fail-safe response for one hook type (see {@link FailurePolicy#failSafe(HookType)}). */
        public Builder onFailure(HookType type, FailurePolicy policy) {
            failurePolicies.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(policy, "policy"));
            return this;
        }

        /** The largest request body accepted, in bytes: 1024 to 16 MiB (default 1 MiB); larger bodies get 413. */
        public Builder maxBodyBytes(int maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /** Calls slower than this are logged at WARN (default 2 s; Okta gives up after 3 s); positive. */
        public Builder slowCallWarning(Duration budget) {
            this.slowCallWarning = Objects.requireNonNull(budget, "budget");
            return this;
        }

        /**
         * Whether the event hook verification GET must be authenticated like every other call
         * (default true: Okta documents sending the auth header on every request).
         */
        public Builder authenticateVerification(boolean authenticate) {
            this.authenticateVerification = authenticate;
            return this;
        }

        /**
         * Adds an observer of every handled call (an access log, metrics); several listeners are
         * called in the order added. Listeners are called concurrently, from the threads that handle
         * calls, so they must be thread-safe, fast and must not throw (a throwing listener is logged
         * and ignored).
         */
        public Builder listener(HookCallListener listener) {
            this.listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Opt-in: a handler still running after {@code deadline} (e.g. 2.5 s; under Okta's 3 s) gets the
         * type's fail-safe answer sent for it; it runs on, and its late result is dropped and logged.
         */
        public Builder handlerDeadline(Duration deadline) {
            this.handlerDeadline = Objects.requireNonNull(deadline, "deadline");
            return this;
        }

        /**
         * The endpoint. The first endpoint built in a JVM also checks the jackson-databind on the
         * class path and logs one WARN when it is below the SDK's security floor (2.21.1; 2.22.1 on the
         * 2.22 line), naming the version found and how to raise it.
         *
         * @throws IllegalStateException naming every problem: no authenticator, no handler, a body
         *     cap or slow-call budget out of range
         */
        public HookEndpoint build() {
            BuildProblems problems = new BuildProblems("HookEndpoint");
            problems.check(
                    authenticator != null,
                    "authenticator is required: use HookAuth.basic(...) or "
                            + "HookAuth.jwt()... from okta-hooks-auth (HookAuthenticator.insecureAcceptAll() in unit tests only)");
            problems.check(
                    !routes.isEmpty() || eventHandler != null,
                    "at least one handler is required: token(...), "
                            + "saml(...), registration(...), userImport(...), passwordImport(...), telephony(...) or events(...)");
            problems.check(
                    maxBodyBytes >= 1024 && maxBodyBytes <= HookJson.MAX_DOCUMENT_LENGTH,
                    "maxBodyBytes must be " + "between 1024 and " + HookJson.MAX_DOCUMENT_LENGTH + " bytes, not "
                            + maxBodyBytes);
            problems.check(
                    !slowCallWarning.isNegative() && !slowCallWarning.isZero(),
                    "slowCallWarning must be positive, not " + slowCallWarning);
            problems.check(
                    handlerDeadline == null
                            || (!handlerDeadline.isNegative()
                                    && !handlerDeadline.isZero()
                                    && handlerDeadline.compareTo(Duration.ofSeconds(3)) < 0),
                    "handlerDeadline must be positive and under Okta's 3 s, not " + handlerDeadline);
            problems.throwIfAny();
            JacksonFloor.checkOnce();
            return new HookEndpoint(this);
        }

        private <R extends HookRequest> Builder route(HookType type, Class<R> requestClass, HookHandler<R> handler) {
            routes.put(type, new Dispatcher.Route<>(requestClass, Objects.requireNonNull(handler, "handler")));
            return this;
        }
    }
}
