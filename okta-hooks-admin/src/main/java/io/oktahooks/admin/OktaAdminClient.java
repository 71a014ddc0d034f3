package io.oktahooks.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.auth.internal.BoundedExchange;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookParseException;
import io.oktahooks.core.HookType;
import io.oktahooks.core.internal.HookJson;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A small client for the hook calls of Okta's Management API (built against specification
 * 2026.06.3): create, replace, list, activate, deactivate and execute inline hooks; create,
 * replace, list, activate, deactivate and verify event hooks; and idempotent registration by name.
 *
 * <pre>{@code
 * OktaAdminClient okta = OktaAdminClient.builder(URI.create("https://dev-123456.okta.com"),
 *         OktaCredentials.fromEnvironment(System.getenv())).build();
 * Registration<InlineHook> token = okta.registerInlineHook(new InlineHookSpec("Patient id claim",
 *         HookType.TOKEN, URI.create("https://hooks.example.com/hooks/token"), ChannelAuth.basic("okta", password)));
 * HookHttpResponse reply = okta.executeInlineHook(token.hook().id(), payload);
 * }</pre>
 *
 * <p>Secure by default: the org must be {@code https://} (plain {@code http://} only on a loopback
 * host); every HTTP call has one deadline for the whole exchange ({@link Builder#callTimeout},
 * default 10 s) and a 4 MiB limit on the reply; redirects are never followed (a 3xx fails the
 * call); credentials never appear in a message or {@code toString()}.
 *
 * <p>Rate limits: Okta sends {@code X-Rate-Limit-Limit}, {@code -Remaining} and {@code -Reset}
 * (UTC epoch seconds) with every reply. When a reply says nothing remains, the next call waits for
 * the reset; a 429 is retried once after waiting until {@code X-Rate-Limit-Reset}. Both waits are
 * bounded by {@link Builder#maxRateLimitWait} (default 60 s): a later reset fails the call with the
 * 429 at once.
 *
 * <p>Errors: a reply other than 2xx is an {@link OktaApiException} with Okta's {@code errorCode},
 * {@code errorSummary}, {@code errorId} and causes; a connection failure or missed deadline is
 * another {@link IOException}. Thread-safe.
 */
public final class OktaAdminClient {

    /** Default deadline of one HTTP call. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(10);
    /** Default longest wait for a rate limit to reset. */
    public static final Duration DEFAULT_MAX_RATE_LIMIT_WAIT = Duration.ofSeconds(60);
    /** The scope requested for inline hook calls by an OAuth 2.0 service app. */
    public static final String INLINE_HOOKS_SCOPE = "okta.inlineHooks.manage";
    /** The scope requested for event hook calls by an OAuth 2.0 service app. */
    public static final String EVENT_HOOKS_SCOPE = "okta.eventHooks.manage";

    static final int MAX_REPLY_BYTES = 4 * 1024 * 1024;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9]{1,64}");
    private static final Duration TOKEN_EARLY_RENEWAL = Duration.ofSeconds(60);
    private static final String USER_AGENT = "okta-hooks-java-admin";

    /** Waits; a seam so tests need not sleep. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final URI org;
    private final OktaCredentials credentials;
    private final Duration callTimeout;
    private final Duration maxRateLimitWait;
    private final Clock clock;
    private final Sleeper sleeper;
    private final HttpClient http;
    private final Map<String, AccessToken> tokens = new HashMap<>();
    private Instant notBefore = Instant.MIN;

    private record AccessToken(String value, Instant renewAt) {}

    private OktaAdminClient(Builder builder) {
        this.org = Objects.requireNonNull(builder.org, "org");
        this.credentials = builder.credentials;
        this.callTimeout = builder.callTimeout;
        this.maxRateLimitWait = builder.maxRateLimitWait;
        this.clock = builder.clock;
        this.sleeper = builder.sleeper;
        Duration connect = callTimeout.compareTo(Duration.ofSeconds(5)) < 0 ? callTimeout : Duration.ofSeconds(5);
        this.http = BoundedExchange.newClient(connect);
    }

    /**
     * A builder for a client of this org.
     *
     * @param org {@code https://{yourOktaDomain}} (not the {@code -admin} console domain)
     * @param credentials an API token or OAuth 2.0 service app, see {@link OktaCredentials}
     */
    public static Builder builder(URI org, OktaCredentials credentials) {
        return new Builder(org, credentials);
    }

    /** The org this client calls. */
    public URI org() {
        return org;
    }

    // ---------------------------------------------------------------------------------- inline hooks

    /** All inline hooks of one type ({@code GET /api/v1/inlineHooks?type=...}). */
    public List<InlineHook> listInlineHooks(HookType type) throws IOException {
        String call = "list inline hooks";
        if (Objects.requireNonNull(type, "type") == HookType.EVENT) {
            throw new IllegalArgumentException("event hooks are listed with listEventHooks()");
        }
        String query = "?type=" + URLEncoder.encode(type.eventType(), StandardCharsets.UTF_8);
        return ManagementJson.inlineHooks(
                json(call, INLINE_HOOKS_SCOPE, "GET", "/api/v1/inlineHooks" + query, null), call);
    }

    /** Creates an inline hook, active ({@code POST /api/v1/inlineHooks}). */
    public InlineHook createInlineHook(InlineHookSpec spec) throws IOException {
        return inline("create inline hook", "POST", "", ManagementJson.inlineHookBody(spec, true));
    }

    /**
     * Replaces an inline hook's name and channel ({@code PUT /api/v1/inlineHooks/{id}}); its type
     * cannot change.
     */
    public InlineHook replaceInlineHook(String id, InlineHookSpec spec) throws IOException {
        return inline("replace inline hook", "PUT", "/" + id(id), ManagementJson.inlineHookBody(spec, false));
    }

    /** Activates an inline hook ({@code POST .../lifecycle/activate}). */
    public InlineHook activateInlineHook(String id) throws IOException {
        return inline("activate inline hook", "POST", "/" + id(id) + "/lifecycle/activate", null);
    }

    /** Deactivates an inline hook ({@code POST .../lifecycle/deactivate}): Okta stops calling it. */
    public InlineHook deactivateInlineHook(String id) throws IOException {
        return inline("deactivate inline hook", "POST", "/" + id(id) + "/lifecycle/deactivate", null);
    }

    /**
     * Has Okta call the hook with this payload ({@code POST /api/v1/inlineHooks/{id}/execute}) and
     * returns the hook's reply as Okta passes it back: status 200, Okta's {@code Content-Type},
     * the body. Works for all six inline hook types (the Admin Console previews only four). Okta
     * waits 3 seconds and retries once; a failed call comes back as a 400 {@link OktaApiException}.
     *
     * @param payload the request Okta would send for the hook's type (a testkit fixture, say)
     * @throws IllegalArgumentException when the payload is not one JSON object
     */
    public HookHttpResponse executeInlineHook(String id, byte[] payload) throws IOException {
        String call = "execute inline hook";
        try {
            if (!HookJson.readTree(Objects.requireNonNull(payload, "payload")).isObject()) {
                throw new IllegalArgumentException("the payload must be a JSON object");
            }
        } catch (HookParseException e) {
            throw new IllegalArgumentException("the payload is not JSON: " + e.getMessage());
        }
        HttpResponse<byte[]> reply =
                exchange(call, INLINE_HOOKS_SCOPE, "POST", "/api/v1/inlineHooks/" + id(id) + "/execute", payload);
        Map<String, String> headers = new HashMap<>();
        reply.headers().firstValue("Content-Type").ifPresent(type -> headers.put("Content-Type", type));
        return new HookHttpResponse(reply.statusCode(), headers, reply.body());
    }

    /**
     * Idempotent registration: replaces the inline hook of the spec's type with the spec's name
     * (activating it when inactive), or creates one when none has that name.
     *
     * @throws IllegalStateException when several hooks of the type have the name (Okta does not
     *     keep names unique); rename them or use their ids
     */
    public Registration<InlineHook> registerInlineHook(InlineHookSpec spec) throws IOException {
        return register(
                spec.type().displayName(),
                spec.name(),
                listInlineHooks(spec.type()),
                () -> createInlineHook(spec),
                id -> replaceInlineHook(id, spec),
                this::activateInlineHook);
    }

    // ----------------------------------------------------------------------------------- event hooks

    /** All event hooks ({@code GET /api/v1/eventHooks}). */
    public List<EventHook> listEventHooks() throws IOException {
        String call = "list event hooks";
        return ManagementJson.eventHooks(json(call, EVENT_HOOKS_SCOPE, "GET", "/api/v1/eventHooks", null), call);
    }

    /** Creates an event hook, active and unverified ({@code POST /api/v1/eventHooks}); then {@link #verifyEventHook}. */
    public EventHook createEventHook(EventHookSpec spec) throws IOException {
        return event("create event hook", "POST", "", ManagementJson.eventHookBody(spec, true));
    }

    /**
     * Replaces an event hook ({@code PUT /api/v1/eventHooks/{id}}); filters it had and the spec
     * lacks are removed. A changed channel must be verified again.
     */
    public EventHook replaceEventHook(String id, EventHookSpec spec) throws IOException {
        return event("replace event hook", "PUT", "/" + id(id), ManagementJson.eventHookBody(spec, false));
    }

    /** Activates an event hook. */
    public EventHook activateEventHook(String id) throws IOException {
        return event("activate event hook", "POST", "/" + id(id) + "/lifecycle/activate", null);
    }

    /** Deactivates an event hook: Okta stops delivering to it. */
    public EventHook deactivateEventHook(String id) throws IOException {
        return event("deactivate event hook", "POST", "/" + id(id) + "/lifecycle/deactivate", null);
    }

    /**
     * Has Okta send the one-time verification GET to the hook ({@code POST .../lifecycle/verify}):
     * the hook must echo {@code x-okta-verification-challenge} as {@code {"verification": ...}}
     * within 3 seconds ({@code HookEndpoint} does). A hook that fails comes back as a 400
     * {@link OktaApiException}.
     */
    public EventHook verifyEventHook(String id) throws IOException {
        return event("verify event hook", "POST", "/" + id(id) + "/lifecycle/verify", null);
    }

    /**
     * Idempotent registration: replaces the event hook with the spec's name (activating it when
     * inactive), or creates one. Verify it afterwards: a new or re-pointed hook is unverified.
     *
     * @throws IllegalStateException when several event hooks have the name
     */
    public Registration<EventHook> registerEventHook(EventHookSpec spec) throws IOException {
        return register(
                "event hook",
                spec.name(),
                listEventHooks(),
                () -> createEventHook(spec),
                id -> replaceEventHook(id, spec),
                this::activateEventHook);
    }

    // -------------------------------------------------------------------------------------- plumbing

    /** A call that may fail with an IOException. */
    private interface Call<T, R> {
        R apply(T argument) throws IOException;
    }

    /** A creation: a call without an argument. */
    private interface Create<R> {
        R create() throws IOException;
    }

    /** The one registration rule: replace the hook with the name (and activate it), else create; never guess between two. */
    private static <H extends Hook> Registration<H> register(
            String kind,
            String name,
            List<H> existing,
            Create<H> create,
            Call<String, H> replace,
            Call<String, H> activate)
            throws IOException {
        List<H> named = existing.stream().filter(h -> h.name().equals(name)).toList();
        if (named.size() > 1) {
            throw new IllegalStateException(named.size() + " " + kind + "s are named '" + name + "' ("
                    + String.join(", ", named.stream().map(Hook::id).toList()) + "); rename all but one");
        }
        if (named.isEmpty()) {
            return new Registration<>(create.create(), true);
        }
        H replaced = replace.apply(named.get(0).id());
        return new Registration<>(replaced.active() ? replaced : activate.apply(replaced.id()), false);
    }

    private static String id(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a hook id is letters and digits, e.g. calb7gacafgwgE7hc5e4");
        }
        return id;
    }

    private InlineHook inline(String call, String method, String path, byte @Nullable [] body) throws IOException {
        return ManagementJson.requireInlineHook(
                json(call, INLINE_HOOKS_SCOPE, method, "/api/v1/inlineHooks" + path, body), call);
    }

    private EventHook event(String call, String method, String path, byte @Nullable [] body) throws IOException {
        return ManagementJson.eventHook(json(call, EVENT_HOOKS_SCOPE, method, "/api/v1/eventHooks" + path, body), call);
    }

    private JsonNode json(String call, String scope, String method, String path, byte @Nullable [] body)
            throws IOException {
        return ManagementJson.read(exchange(call, scope, method, path, body).body(), call);
    }

    /** One API call: credentials, rate-limit waits, one retry after a 429, errors as {@link OktaApiException}. */
    private HttpResponse<byte[]> exchange(String call, String scope, String method, String path, byte @Nullable [] body)
            throws IOException {
        String authorization = credentials.oauth() ? "Bearer " + accessToken(scope) : credentials.ssws();
        HttpResponse<byte[]> reply =
                send(call, org.resolve(path), method, body, "application/json", Map.of("Authorization", authorization));
        if (reply.statusCode() == 401 && credentials.oauth()) {
            synchronized (tokens) {
                tokens.remove(scope); // expired or revoked early: the next call fetches a new one
            }
        }
        if (reply.statusCode() / 100 != 2) {
            throw failure(call, reply);
        }
        return reply;
    }

    /** Sends with the rate-limit rules; the retry after a 429 is the same request. */
    private HttpResponse<byte[]> send(
            String call,
            URI uri,
            String method,
            byte @Nullable [] body,
            String contentType,
            Map<String, String> headers)
            throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(callTimeout)
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        HttpRequest built = request.build();
        for (int attempt = 1; ; attempt++) {
            waitForWindow(call);
            HttpResponse<byte[]> reply = BoundedExchange.send(
                    http, built, callTimeout, MAX_REPLY_BYTES, status -> true, "calling Okta (" + call + ")");
            OptionalLong reset = header(reply, "X-Rate-Limit-Reset");
            if (reply.statusCode() == 429) {
                if (attempt > 1
                        || reset.isEmpty()
                        || waitFor(Instant.ofEpochSecond(reset.getAsLong())).compareTo(maxRateLimitWait) > 0) {
                    return reply;
                }
                pause(waitFor(Instant.ofEpochSecond(reset.getAsLong())));
                continue;
            }
            OptionalLong remaining = header(reply, "X-Rate-Limit-Remaining");
            synchronized (this) {
                notBefore = remaining.isPresent() && remaining.getAsLong() <= 0 && reset.isPresent()
                        ? Instant.ofEpochSecond(reset.getAsLong())
                        : Instant.MIN;
            }
            return reply;
        }
    }

    /** Waits for a rate-limit window announced by the previous reply, when it is near enough. */
    private void waitForWindow(String call) throws IOException {
        Instant until;
        synchronized (this) {
            until = notBefore;
        }
        Duration wait = waitFor(until);
        if (wait.isZero()) {
            return;
        }
        if (wait.compareTo(maxRateLimitWait) > 0) {
            throw new IOException(call + ": Okta's rate limit for this endpoint is used up until " + until
                    + ", later than the " + maxRateLimitWait.toSeconds() + " s this client waits");
        }
        pause(wait);
    }

    private Duration waitFor(Instant until) {
        Duration wait = Duration.between(clock.instant(), until);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    private void pause(Duration wait) throws IOException {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for Okta's rate limit to reset");
        }
    }

    private static OptionalLong header(HttpResponse<?> reply, String name) {
        Optional<String> value = reply.headers().firstValue(name);
        try {
            return value.isPresent()
                    ? OptionalLong.of(Long.parseLong(value.get().trim()))
                    : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static OktaApiException failure(String call, HttpResponse<byte[]> reply) {
        int status = reply.statusCode();
        if (status / 100 == 3) {
            String host;
            try {
                host = reply.headers()
                        .firstValue("Location")
                        .map(URI::create)
                        .map(URI::getHost)
                        .orElse("?");
            } catch (IllegalArgumentException e) {
                host = "?";
            }
            return new OktaApiException(
                    call,
                    status,
                    null,
                    "a redirect (to host " + host
                            + "), which is never followed: is the org https://{yourOktaDomain}, not the -admin domain?",
                    null,
                    List.of());
        }
        return ManagementJson.error(call, status, reply.body());
    }

    /** A cached access token for the scope, or a new one from the org authorization server. */
    private String accessToken(String scope) throws IOException {
        synchronized (tokens) {
            AccessToken cached = tokens.get(scope);
            if (cached != null && clock.instant().isBefore(cached.renewAt())) {
                return cached.value();
            }
        }
        String call = "get an access token (" + scope + ")";
        String audience = org + "/oauth2/v1/token";
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("scope", scope);
        form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        form.put("client_assertion", credentials.clientAssertion(audience, clock.instant()));
        List<String> pairs = new ArrayList<>();
        form.forEach((name, value) -> pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpResponse<byte[]> reply = send(
                call,
                URI.create(audience),
                "POST",
                String.join("&", pairs).getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded",
                Map.of());
        if (reply.statusCode() / 100 != 2) {
            OktaApiException error = failure(call, reply);
            if (error.errorCode().filter(code -> code.contains("dpop")).isPresent()) {
                throw new OktaApiException(
                        call,
                        error.status(),
                        error.errorCode().orElseThrow(),
                        error.errorSummary().orElse("")
                                + " (this client does not send DPoP proofs: clear 'Require Demonstrating Proof of Possession' on the service app)",
                        error.errorId().orElse(null),
                        error.errorCauses());
            }
            throw error;
        }
        JsonNode json = ManagementJson.read(reply.body(), call);
        String token = json.path("access_token").asText("");
        if (token.isEmpty()
                || !"Bearer".equalsIgnoreCase(json.path("token_type").asText(""))) {
            throw new IOException(call + ": the token endpoint answered without a Bearer access_token");
        }
        long lifetime = json.path("expires_in").canConvertToLong()
                ? json.path("expires_in").asLong()
                : 0;
        Instant renewAt = clock.instant().plusSeconds(lifetime).minus(TOKEN_EARLY_RENEWAL);
        synchronized (tokens) {
            tokens.put(scope, new AccessToken(token, renewAt));
        }
        return token;
    }

    /** Names the org; never the credentials' secrets. */
    @Override
    public String toString() {
        return "OktaAdminClient[" + org + ", " + credentials + "]";
    }

    /** Configures a client; {@link #build()} checks the whole configuration. */
    public static final class Builder {
        private final URI givenOrg;
        private @Nullable URI org;
        private final OktaCredentials credentials;
        private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
        private Duration maxRateLimitWait = DEFAULT_MAX_RATE_LIMIT_WAIT;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = duration -> Thread.sleep(Math.max(1, duration.toMillis()));

        private Builder(URI org, OktaCredentials credentials) {
            this.givenOrg = org;
            this.credentials = credentials;
        }

        /** The deadline of each HTTP call, connect to last byte (default 10 s). */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = timeout;
            return this;
        }

        /** The longest wait for Okta's rate limit to reset before a call fails with the 429 (default 60 s; zero never waits). */
        public Builder maxRateLimitWait(Duration wait) {
            this.maxRateLimitWait = wait;
            return this;
        }

        Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /**
         * The client.
         *
         * @throws IllegalStateException naming every problem (an org that is not {@code https://}
         *     or loopback, missing credentials, a non-positive timeout, a negative wait)
         */
        public OktaAdminClient build() {
            List<String> problems = new ArrayList<>();
            try {
                org = HookUrls.orgUri(givenOrg);
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(e.getMessage());
            }
            if (credentials == null) {
                problems.add("credentials are required (OktaCredentials.apiToken, privateKeyJwt or fromEnvironment)");
            }
            if (callTimeout == null || callTimeout.isNegative() || callTimeout.isZero()) {
                problems.add("callTimeout must be positive");
            }
            if (maxRateLimitWait == null || maxRateLimitWait.isNegative()) {
                problems.add("maxRateLimitWait must be zero or positive");
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("OktaAdminClient is misconfigured: " + String.join("; ", problems));
            }
            return new OktaAdminClient(this);
        }
    }
}
