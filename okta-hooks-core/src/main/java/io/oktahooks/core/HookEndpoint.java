package io.oktahooks.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.event.EventDelivery;
import io.oktahooks.core.event.LogEvent;
import io.oktahooks.core.passwordimport.PasswordImportRequest;
import io.oktahooks.core.registration.RegistrationRequest;
import io.oktahooks.core.saml.SamlRequest;
import io.oktahooks.core.telephony.TelephonyRequest;
import io.oktahooks.core.token.TokenRequest;
import io.oktahooks.core.userimport.UserImportRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 *   <li>JSON parsed with {@link HookJson}'s hardened reader and checked to be the expected hook type:
 *       else 400 with an Okta-style {@code error} body whose cause names the location.</li>
 *   <li>The handler runs; its response becomes 200 with JSON, or 204 when empty and the type allows it.
 *       A throwing handler, a null or foreign response, or one of 256 KB or more gets the type's
 *       {@link FailurePolicy} response instead, and is logged once at ERROR.</li>
 * </ol>
 *
 * <p>Every reply carries {@code X-Content-Type-Options: nosniff}. Immutable and thread-safe once
 * built; share one instance.
 */
public final class HookEndpoint {

    /** Default request body cap: 1 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    /** Default budget after which a call is logged as slow: 2 seconds (Okta waits 3). */
    public static final Duration DEFAULT_SLOW_CALL_WARNING = Duration.ofSeconds(2);
    /** The header Okta sends with the event hook verification GET. */
    public static final String VERIFICATION_HEADER = "x-okta-verification-challenge";
    /** Longest verification challenge echoed back. */
    public static final int MAX_CHALLENGE_LENGTH = 1024;

    private static final Logger LOG = LoggerFactory.getLogger(HookEndpoint.class);
    private static final Map<String, String> JSON_HEADERS = Map.of("Content-Type", "application/json", "Cache-Control", "no-store");
    /** On every reply: no client may read a body (the verification echo holds a caller-chosen string) as anything but its type. */
    private static final Map<String, String> NOSNIFF = Map.of("X-Content-Type-Options", "nosniff");

    private final HookAuthenticator authenticator;
    private final Map<HookType, Route<?>> routes;
    private final EventHandler eventHandler;
    private final EventDeduplicator deduplicator;
    private final Map<HookType, FailurePolicy> failurePolicies;
    private final int maxBodyBytes;
    private final long slowCallNanos;
    private final boolean authenticateVerification;
    private final HookCallListener listener;

    private HookEndpoint(Builder builder) {
        this.authenticator = builder.authenticator;
        this.routes = Map.copyOf(builder.routes);
        this.eventHandler = builder.eventHandler;
        this.deduplicator = builder.deduplicator;
        EnumMap<HookType, FailurePolicy> policies = new EnumMap<>(HookType.class);
        for (HookType type : HookType.values()) {
            policies.put(type, builder.failurePolicies.getOrDefault(type, FailurePolicy.failSafe(type)));
        }
        this.failurePolicies = policies;
        this.maxBodyBytes = builder.maxBodyBytes;
        this.slowCallNanos = builder.slowCallWarning.toNanos();
        this.authenticateVerification = builder.authenticateVerification;
        this.listener = builder.listener;
    }

    /** Starts configuring an endpoint. */
    public static Builder builder() {
        return new Builder();
    }

    /** The hook types this endpoint has handlers for. */
    public java.util.Set<HookType> hookTypes() {
        java.util.Set<HookType> types = java.util.EnumSet.noneOf(HookType.class);
        types.addAll(routes.keySet());
        if (eventHandler != null) {
            types.add(HookType.EVENT);
        }
        return java.util.Collections.unmodifiableSet(types);
    }

    /**
     * Handles a call on a path that serves every registered hook type: the type is found from the
     * body's {@code eventType} (a GET is the event hook verification).
     */
    public HookHttpResponse handle(HookHttpRequest request) {
        return handle(null, request);
    }

    /**
     * Handles a call on a path mounted for one hook type; a body of another type is a 400.
     *
     * @param type the route's hook type, or null to find it from {@code eventType}
     */
    public HookHttpResponse handle(HookType type, HookHttpRequest request) {
        Objects.requireNonNull(request, "request");
        long start = System.nanoTime();
        Outcome outcome;
        try {
            outcome = process(type, request);
        } catch (RuntimeException | Error e) {
            // Nothing below is meant to throw; if it does, Okta still gets a bare 500, never a trace.
            LOG.error("okta hook: unexpected failure handling a {} call", type == null ? "hook" : type.displayName(), e);
            outcome = new Outcome(type, null, status(500, "Internal Server Error", "internal_error",
                    "The hook service failed to process the call", null, null));
        }
        long elapsed = System.nanoTime() - start;
        String hook = outcome.type == null ? "unknown" : outcome.type.displayName();
        if (elapsed > slowCallNanos && outcome.type != null) {
            LOG.warn("okta hook: {} call eventId={} took {} ms, over the {} ms budget; Okta gives up after 3000 ms",
                    hook, outcome.eventId == null ? "-" : outcome.eventId, elapsed / 1_000_000, slowCallNanos / 1_000_000);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("okta hook: {} call eventId={} status={} in {} ms", hook,
                    outcome.eventId == null ? "-" : outcome.eventId, outcome.response.status(), elapsed / 1_000_000);
        }
        if (listener != null) {
            try {
                listener.onCall(new HookCall(outcome.type, outcome.eventId, outcome.response.status(),
                        Duration.ofNanos(elapsed), elapsed > slowCallNanos));
            } catch (RuntimeException e) {
                LOG.warn("okta hook: the call listener threw {}; ignored", e.getClass().getName());
            }
        }
        return withHeaders(outcome.response, NOSNIFF);
    }

    private record Outcome(HookType type, String eventId, HookHttpResponse response) {
    }

    private Outcome process(HookType routeType, HookHttpRequest request) {
        String method = request.method().toUpperCase(Locale.ROOT);
        boolean eventsServed = eventHandler != null && (routeType == null || routeType == HookType.EVENT);
        String allow = eventsServed ? "GET, POST" : "POST";
        if (!method.equals("POST") && !(method.equals("GET") && eventsServed)) {
            return new Outcome(routeType, null, new HookHttpResponse(405, Map.of("Allow", allow, "Content-Type",
                    "application/json"), errorBody("Method Not Allowed", "method_not_allowed",
                    "Okta calls hooks with " + allow, null, null)));
        }
        HookType type = routeType;
        if (method.equals("GET")) {
            type = HookType.EVENT;
        }
        if (method.equals("POST") || authenticateVerification) {
            HookHttpResponse refusal = authenticate(request.headers(), type);
            if (refusal != null) {
                return new Outcome(type, null, refusal);
            }
        }
        if (method.equals("GET")) {
            return new Outcome(HookType.EVENT, null, verification(request.headers()));
        }
        Optional<String> contentType = request.headers().first("Content-Type");
        if (contentType.isEmpty() || !isJson(contentType.get())) {
            return new Outcome(type, null, status(415, "Unsupported Media Type", "unsupported_media_type",
                    "Okta sends Content-Type: application/json", "header", "Content-Type"));
        }
        byte[] body;
        try {
            body = readBody(request);
        } catch (BodyTooLarge e) {
            // The rest of the body is never read, so the connection cannot be reused: tell the client.
            return new Outcome(type, null, withHeaders(status(413, "Payload Too Large", "body_too_large",
                    "the body is larger than " + maxBodyBytes + " bytes", "body", ""), Map.of("Connection", "close")));
        } catch (IOException e) {
            LOG.info("okta hook: the request body could not be read: {}", e.getClass().getSimpleName());
            return new Outcome(type, null, status(400, "Bad Request", "unreadable_body",
                    "the body could not be read", "body", ""));
        }
        HookRequest hookRequest;
        try {
            if (type == null) {
                JsonNode root = HookJson.readTree(body);
                type = typeOf(root);
                if (!serves(type)) {
                    return new Outcome(type, null, noHandler(type));
                }
                hookRequest = parse(type, root);
            } else {
                if (!serves(type)) {
                    return new Outcome(type, null, noHandler(type));
                }
                hookRequest = parse(type, body);
            }
        } catch (HookParseException e) {
            return new Outcome(type, null, status(400, "Bad Request", e.reason().code(), e.getMessage(), "body", e.location()));
        }
        String eventId = hookRequest.eventId().map(Sanitize::forLog).orElse(null); // body-derived: escaped for logs and HookCall
        if (type == HookType.EVENT) {
            return new Outcome(type, eventId, deliver((EventDelivery) hookRequest));
        }
        return new Outcome(type, eventId, respond(type, hookRequest, eventId));
    }

    private HookHttpResponse authenticate(HttpHeaders headers, HookType type) {
        AuthResult result;
        try {
            result = authenticator.authenticate(headers);
        } catch (RuntimeException e) {
            LOG.error("okta hook: the authenticator threw {}; answering 503", e.getClass().getName());
            result = AuthResult.unavailable("authenticator_error");
        }
        if (result instanceof AuthResult.Accepted) {
            return null;
        }
        if (result instanceof AuthResult.Rejected rejected) {
            LOG.info("okta hook: {} call rejected: {}", type == null ? "hook" : type.displayName(), rejected.reason());
            Map<String, String> extra = rejected.challenge() == null ? Map.of() : Map.of("WWW-Authenticate", rejected.challenge());
            return withHeaders(status(401, "Unauthorized", rejected.reason(), "the call is not authenticated", "header", "Authorization"), extra);
        }
        String reason = result instanceof AuthResult.Unavailable unavailable ? unavailable.reason() : "authenticator_error";
        LOG.warn("okta hook: {} call could not be authenticated now: {}", type == null ? "hook" : type.displayName(), reason);
        return withHeaders(status(503, "Service Unavailable", reason, "the call cannot be authenticated right now", "header", "Authorization"),
                Map.of("Retry-After", "1"));
    }

    /** Answers the one-time verification GET; process() lets a GET through only when events are served. */
    private HookHttpResponse verification(HttpHeaders headers) {
        List<String> values = headers.all(VERIFICATION_HEADER);
        if (values.size() != 1) {
            return status(400, "Bad Request", values.isEmpty() ? "missing_challenge" : "ambiguous_challenge",
                    "a verification GET carries exactly one " + VERIFICATION_HEADER + " header", "header", VERIFICATION_HEADER);
        }
        String raw = values.get(0) == null ? "" : values.get(0);
        String challenge = raw.replaceAll("^[ \\t]+|[ \\t]+$", ""); // HTTP optional whitespace only
        if (challenge.isEmpty() || challenge.length() > MAX_CHALLENGE_LENGTH || !challenge.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            return status(400, "Bad Request", "invalid_challenge", "the verification challenge must be 1 to "
                    + MAX_CHALLENGE_LENGTH + " printable ASCII characters", "header", VERIFICATION_HEADER);
        }
        LOG.info("okta hook: answered the event hook verification challenge");
        return new HookHttpResponse(200, JSON_HEADERS, HookResponse.verification(challenge).toBytes());
    }

    private HookHttpResponse deliver(EventDelivery delivery) {
        EventDelivery toHandle = delivery;
        if (deduplicator != null) {
            toHandle = withoutDuplicates(delivery);
            if (toHandle == null) {
                return new HookHttpResponse(200, Map.of(), new byte[0]);
            }
        }
        try {
            eventHandler.handle(toHandle);
        } catch (Exception | LinkageError e) {
            LOG.error("okta hook: event hook handler failed for delivery eventId={} with {} events; the delivery is acknowledged",
                    Sanitize.forLog(delivery.eventId().orElse(null)), toHandle.events().size(), e);
            HookResponse fallback = safeFallback(HookType.EVENT, e);
            if (!fallback.isEmpty()) {
                return new HookHttpResponse(200, JSON_HEADERS, fallback.toBytes());
            }
        }
        return new HookHttpResponse(200, Map.of(), new byte[0]);
    }

    private EventDelivery withoutDuplicates(EventDelivery delivery) {
        ObjectNode json = delivery.json();
        JsonNode events = json.at("/data/events");
        if (!events.isArray()) {
            return delivery;
        }
        ArrayNode fresh = json.arrayNode();
        List<LogEvent> typed = delivery.events();
        int index = 0;
        for (JsonNode event : events) {
            String uuid = event.isObject() ? typed.get(index++).uuid().orElse(null) : null;
            if (uuid != null && uuid.length() > EventDeduplicator.MAX_UUID_LENGTH) {
                LOG.warn("okta hook: an event uuid of {} characters is over the {}-character limit; the event is handled "
                        + "without deduplication", uuid.length(), EventDeduplicator.MAX_UUID_LENGTH);
                fresh.add(event);
            } else if (uuid == null || deduplicator.firstSeen(uuid)) {
                fresh.add(event);
            } else {
                LOG.debug("okta hook: dropped duplicate event uuid={}", Sanitize.forLog(uuid));
            }
        }
        if (fresh.isEmpty() && !events.isEmpty()) {
            return null;
        }
        ((ObjectNode) json.get("data")).set("events", fresh);
        return EventDelivery.of(json);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private HookHttpResponse respond(HookType type, HookRequest request, String eventId) {
        Route route = routes.get(type);
        HookResponse response;
        byte[] bytes;
        try {
            response = route.handler.handle(request);
            if (response == null) {
                throw new IllegalStateException("the handler returned null; return HookResponse.empty(HookType."
                        + type.name() + ") for no change");
            }
            if (response.type() != type) {
                throw new IllegalStateException("the handler returned a " + response.type().displayName()
                        + " response to a " + type.displayName() + " hook");
            }
            bytes = response.isEmpty() && type.allowsEmptyResponse() ? null : response.toBytes();
        } catch (Exception | LinkageError e) {
            LOG.error("okta hook: {} handler failed for eventId={}; answering with the fail-safe response",
                    type.displayName(), eventId == null ? "-" : eventId, e);
            response = safeFallback(type, e);
            bytes = response.isEmpty() && type.allowsEmptyResponse() ? null : response.toBytes();
        }
        if (bytes == null) {
            return new HookHttpResponse(204, Map.of(), new byte[0]);
        }
        return new HookHttpResponse(200, JSON_HEADERS, bytes);
    }

    private HookResponse safeFallback(HookType type, Throwable failure) {
        try {
            HookResponse fallback = failurePolicies.get(type).respond(type, failure);
            if (fallback != null && fallback.type() == type) {
                fallback.toBytes();
                return fallback;
            }
            LOG.error("okta hook: the {} failure policy returned an unusable response; using the SDK default", type.displayName());
        } catch (RuntimeException e) {
            LOG.error("okta hook: the {} failure policy threw; using the SDK default", type.displayName(), e);
        }
        return FailurePolicy.failSafe(type).respond(type, failure);
    }

    private static HookType typeOf(JsonNode root) {
        JsonNode eventType = root.isObject() ? root.get("eventType") : null;
        if (eventType == null || !eventType.isTextual()) {
            throw new HookParseException(HookParseException.Reason.INVALID_REQUEST, "/eventType",
                    "the body has no eventType string, so the hook type is unknown; mount one path per hook type or send eventType");
        }
        return HookType.fromEventType(eventType.textValue()).orElseThrow(() -> new HookParseException(
                HookParseException.Reason.WRONG_HOOK_TYPE, "/eventType", "the body's eventType is not an Okta hook type this SDK "
                + "knows"));
    }

    private boolean serves(HookType type) {
        return type == HookType.EVENT ? eventHandler != null : routes.containsKey(type);
    }

    private static HookHttpResponse noHandler(HookType type) {
        return status(400, "Bad Request", "no_handler", "this endpoint has no handler for eventType " + type.eventType(),
                "body", "/eventType");
    }

    /** Parses bytes straight into the typed request (no intermediate copy). */
    private static HookRequest parse(HookType type, byte[] body) {
        return switch (type) {
            case TOKEN -> TokenRequest.parse(body);
            case SAML -> SamlRequest.parse(body);
            case REGISTRATION -> RegistrationRequest.parse(body);
            case USER_IMPORT -> UserImportRequest.parse(body);
            case PASSWORD_IMPORT -> PasswordImportRequest.parse(body);
            case TELEPHONY -> TelephonyRequest.parse(body);
            case EVENT -> EventDelivery.parse(body);
        };
    }

    private static HookRequest parse(HookType type, JsonNode root) {
        return switch (type) {
            case TOKEN -> TokenRequest.of(root);
            case SAML -> SamlRequest.of(root);
            case REGISTRATION -> RegistrationRequest.of(root);
            case USER_IMPORT -> UserImportRequest.of(root);
            case PASSWORD_IMPORT -> PasswordImportRequest.of(root);
            case TELEPHONY -> TelephonyRequest.of(root);
            case EVENT -> EventDelivery.of(root);
        };
    }

    private byte[] readBody(HookHttpRequest request) throws IOException {
        long declared = -1;
        Optional<String> contentLength = request.headers().first("Content-Length");
        if (contentLength.isPresent()) {
            try {
                declared = Long.parseLong(contentLength.get().trim());
            } catch (NumberFormatException e) {
                declared = -1; // unparseable: the server's business; the bounded read below still applies
            }
            if (declared > maxBodyBytes) {
                throw new BodyTooLarge();
            }
        }
        InputStream in = request.body();
        // Trust a declared length only for the first allocation; the cap is enforced on what arrives.
        byte[] buffer = new byte[declared >= 0 ? (int) declared : Math.min(maxBodyBytes + 1, 16 * 1024)];
        int size = 0;
        while (true) {
            if (size == buffer.length) {
                int next = in.read();
                if (next < 0) {
                    return buffer;
                }
                if (size + 1 > maxBodyBytes) {
                    throw new BodyTooLarge();
                }
                buffer = java.util.Arrays.copyOf(buffer, (int) Math.min(maxBodyBytes + 1L, Math.max(16, buffer.length * 2L)));
                buffer[size++] = (byte) next;
                continue;
            }
            int read = in.read(buffer, size, buffer.length - size);
            if (read < 0) {
                break;
            }
            size += read;
            if (size > maxBodyBytes) {
                throw new BodyTooLarge();
            }
        }
        return size == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, size);
    }

    private static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super(null, null);
        }
    }

    private static boolean isJson(String contentType) {
        int semicolon = contentType.indexOf(';');
        String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        return mediaType.equalsIgnoreCase("application/json");
    }

    private static byte[] errorBody(String summary, String reason, String detail, String locationType, String location) {
        ObjectNode root = HookJson.newObject();
        ObjectNode error = root.putObject("error");
        error.put("errorSummary", summary);
        ObjectNode cause = error.putArray("errorCauses").addObject();
        cause.put("errorSummary", detail);
        cause.put("reason", reason);
        if (locationType != null) {
            cause.put("locationType", locationType);
        }
        if (location != null && !location.isEmpty()) {
            cause.put("location", location);
        }
        cause.put("domain", "okta-hooks");
        return HookJson.toBytes(root);
    }

    private static HookHttpResponse status(int status, String summary, String reason, String detail, String locationType, String location) {
        return new HookHttpResponse(status, JSON_HEADERS, errorBody(summary, reason, detail, locationType, location));
    }

    private static HookHttpResponse withHeaders(HookHttpResponse response, Map<String, String> extra) {
        Map<String, String> headers = new java.util.HashMap<>(response.headers());
        headers.putAll(extra);
        return new HookHttpResponse(response.status(), headers, response.body());
    }

    private record Route<R extends HookRequest>(HookHandler<R> handler) {
    }

    /** Configures a {@link HookEndpoint}. Register one handler per hook type you serve. */
    public static final class Builder {
        private HookAuthenticator authenticator;
        private final Map<HookType, Route<?>> routes = new EnumMap<>(HookType.class);
        private EventHandler eventHandler;
        private EventDeduplicator deduplicator;
        private final Map<HookType, FailurePolicy> failurePolicies = new EnumMap<>(HookType.class);
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private Duration slowCallWarning = DEFAULT_SLOW_CALL_WARNING;
        private boolean authenticateVerification = true;
        private HookCallListener listener;

        private Builder() {
        }

        /**
         * How calls are authenticated (required): e.g. {@code HookAuth.basic(user, password)} from
         * okta-hooks-auth, or {@link HookAuthenticator#insecureAcceptAll()} in unit tests.
         */
        public Builder authenticator(HookAuthenticator authenticator) {
            this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
            return this;
        }

        /** The token inline hook handler. */
        public Builder token(HookHandler<TokenRequest> handler) {
            return route(HookType.TOKEN, handler);
        }

        /** The SAML assertion inline hook handler. */
        public Builder saml(HookHandler<SamlRequest> handler) {
            return route(HookType.SAML, handler);
        }

        /** The registration inline hook handler. */
        public Builder registration(HookHandler<RegistrationRequest> handler) {
            return route(HookType.REGISTRATION, handler);
        }

        /** The user import inline hook handler. */
        public Builder userImport(HookHandler<UserImportRequest> handler) {
            return route(HookType.USER_IMPORT, handler);
        }

        /** The password import inline hook handler. */
        public Builder passwordImport(HookHandler<PasswordImportRequest> handler) {
            return route(HookType.PASSWORD_IMPORT, handler);
        }

        /** The telephony inline hook handler. */
        public Builder telephony(HookHandler<TelephonyRequest> handler) {
            return route(HookType.TELEPHONY, handler);
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

        /** The largest request body accepted, in bytes (default 1 MiB); larger bodies get 413. */
        public Builder maxBodyBytes(int maxBodyBytes) {
            if (maxBodyBytes < 1024 || maxBodyBytes > HookJson.MAX_DOCUMENT_LENGTH) {
                throw new IllegalArgumentException("maxBodyBytes must be between 1024 and " + HookJson.MAX_DOCUMENT_LENGTH
                        + " bytes, not " + maxBodyBytes);
            }
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /** Calls slower than this are logged at WARN (default 2 s; Okta gives up after 3 s). */
        public Builder slowCallWarning(Duration budget) {
            Objects.requireNonNull(budget, "budget");
            if (budget.isNegative() || budget.isZero()) {
                throw new IllegalArgumentException("slowCallWarning must be positive, not " + budget);
            }
            this.slowCallWarning = budget;
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

        /** Observes every handled call (for an access log or metrics). */
        public Builder listener(HookCallListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** The endpoint; fails when no authenticator or no handler is configured. */
        public HookEndpoint build() {
            if (authenticator == null) {
                throw new IllegalStateException("HookEndpoint.authenticator is required: use HookAuth.basic(...) or "
                        + "HookAuth.jwt()... from okta-hooks-auth (HookAuthenticator.insecureAcceptAll() in unit tests only)");
            }
            if (routes.isEmpty() && eventHandler == null) {
                throw new IllegalStateException("HookEndpoint needs at least one handler: token(...), saml(...), "
                        + "registration(...), userImport(...), passwordImport(...), telephony(...) or events(...)");
            }
            return new HookEndpoint(this);
        }

        private <R extends HookRequest> Builder route(HookType type, HookHandler<R> handler) {
            routes.put(type, new Route<>(Objects.requireNonNull(handler, "handler")));
            return this;
        }
    }
}
