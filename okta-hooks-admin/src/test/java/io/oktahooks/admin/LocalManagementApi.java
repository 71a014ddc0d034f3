package io.oktahooks.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookParseException;
import io.oktahooks.core.HookType;
import io.oktahooks.core.internal.HookJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback stand-in for the hook endpoints of Okta's Management API, as the specification
 * (2026.06.3) describes them: {@code /api/v1/inlineHooks} (list by type, create, retrieve,
 * replace, execute, activate, deactivate), {@code /api/v1/eventHooks} (list, create, retrieve,
 * replace, activate, deactivate, verify) and the org authorization server's token endpoint for
 * {@code private_key_jwt} service apps. Written from the specification; every body, id and text
 * here is ours.
 *
 * <p>It checks each request body against the schema's required fields and enumerations (and the
 * fields every example of the specification carries where the schema marks none required, as for
 * inline hooks) and answers 400 with Okta's error object naming them; answers 401 without valid
 * credentials, 403 for a read-only token or a missing scope, 404 for an unknown id, and 429 when
 * told to, always with the {@code X-Rate-Limit-*} headers. Replies are shaped like the
 * specification's examples: secrets are never returned, and an inline hook's header scheme comes
 * back as {@code type: header} with its key in lower case.
 *
 * <p>Execute and verify call the hook through a {@link HookCaller} (so tests can answer in
 * process), with Okta's documented one retry after a failure.
 */
public final class LocalManagementApi implements AutoCloseable {

    /** The API token the stand-in accepts with every right. */
    public static final String API_TOKEN = "00test-token-for-the-local-management-api";

    /** Calls a hook as Okta would: method, the hook's URI, headers, body; returns the hook's reply. */
    public interface HookCaller {
        /** Calls the hook; an IOException is a failed call. */
        HookHttpResponse call(String method, String uri, Map<String, String> headers, byte[] body) throws IOException;
    }

    /** One request the stand-in received. */
    public record Recorded(String method, String path, String query, Map<String, String> headers, String body) {
        /** A header, looked up without regard to case. */
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern INLINE =
            Pattern.compile("/api/v1/inlineHooks(?:/([^/]+)(/execute|/lifecycle/activate|/lifecycle/deactivate)?)?");
    private static final Pattern EVENT = Pattern.compile(
            "/api/v1/eventHooks(?:/([^/]+)(/lifecycle/activate|/lifecycle/deactivate|/lifecycle/verify)?)?");
    private static final Set<String> INLINE_TYPES = Set.of(
            "com.okta.import.transform",
            "com.okta.oauth2.tokens.transform",
            "com.okta.saml.tokens.transform",
            "com.okta.telephony.provider",
            "com.okta.user.credential.password.import",
            "com.okta.user.pre-registration");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final URI org;
    private final Map<String, ObjectNode> inlineHooks = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, ObjectNode> eventHooks = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, String> secrets = new ConcurrentHashMap<>(); // hook id -> the header value Okta sends
    private final Map<String, String> accessTokens = new ConcurrentHashMap<>(); // token -> scopes
    private final List<Recorded> requests = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> readOnlyTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> seenAssertionIds = ConcurrentHashMap.newKeySet();
    private volatile String clientId;
    private volatile PublicKey clientKey;
    private volatile Set<String> grantedScopes = Set.of();
    private volatile boolean requireDpop;
    private volatile HookCaller caller = (method, uri, headers, body) -> {
        throw new IOException("no hook caller configured");
    };
    private int rateLimited;
    private long rateLimitReset;
    private int exhaustedReplies;
    private final List<ObjectNode> failures = new ArrayList<>();
    private final List<Integer> failureStatuses = new ArrayList<>();

    private LocalManagementApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
        org = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Starts the stand-in on a free loopback port. */
    public static LocalManagementApi start() throws IOException {
        return new LocalManagementApi();
    }

    /** The org URL to give the client, {@code http://127.0.0.1:<port>}. */
    public URI org() {
        return org;
    }

    /** Registers the OAuth 2.0 service app allowed at the token endpoint, with its public key and granted scopes. */
    public LocalManagementApi serviceApp(String clientId, PublicKey key, String... scopes) {
        this.clientId = clientId;
        this.clientKey = key;
        this.grantedScopes = Set.of(scopes);
        return this;
    }

    /** The token endpoint refuses every request as a service app that requires DPoP does. */
    public LocalManagementApi requireDpop() {
        this.requireDpop = true;
        return this;
    }

    /** Accepts this API token for reads only: writes answer 403. */
    public LocalManagementApi readOnlyToken(String token) {
        readOnlyTokens.add(token);
        return this;
    }

    /** How execute and verify reach the hook. */
    public LocalManagementApi hookCaller(HookCaller caller) {
        this.caller = caller;
        return this;
    }

    /** The next {@code count} API calls answer 429 with {@code X-Rate-Limit-Reset: resetEpochSecond}. */
    public synchronized void rateLimitNext(int count, long resetEpochSecond) {
        rateLimited = count;
        rateLimitReset = resetEpochSecond;
    }

    /** The next API reply succeeds but says {@code X-Rate-Limit-Remaining: 0} until {@code resetEpochSecond}. */
    public synchronized void exhaustWindow(long resetEpochSecond) {
        exhaustedReplies = 1;
        rateLimitReset = resetEpochSecond;
    }

    /** The next API call answers this status with Okta's error object. */
    public synchronized void failNext(int status, String errorCode, String errorSummary) {
        failureStatuses.add(status);
        failures.add(error(errorCode, errorSummary));
    }

    /** Every request received, in order. */
    public List<Recorded> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** The inline hooks held, as Okta would return them, by id. */
    public Map<String, ObjectNode> inlineHooks() {
        synchronized (inlineHooks) {
            return Map.copyOf(inlineHooks);
        }
    }

    /** The event hooks held, as Okta would return them, by id. */
    public Map<String, ObjectNode> eventHooks() {
        synchronized (eventHooks) {
            return Map.copyOf(eventHooks);
        }
    }

    /** The header value Okta would send to a hook (what the hook's secret was set to). */
    public String secretOf(String hookId) {
        return secrets.get(hookId);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ------------------------------------------------------------------------------------- dispatch

    private record Reply(int status, JsonNode body) {}

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange;
                InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
            requests.add(new Recorded(
                    exchange.getRequestMethod(), path, query, headers, new String(body, StandardCharsets.UTF_8)));
            Reply reply;
            boolean api = path.startsWith("/api/");
            try {
                reply = path.equals("/oauth2/v1/token")
                        ? token(exchange.getRequestMethod(), body)
                        : api
                                ? api(exchange, path, query, body)
                                : new Reply(404, error("E0000022", "The endpoint does not exist."));
            } catch (HookParseException e) {
                reply = new Reply(400, error("E0000003", "The request body was not well-formed."));
            } catch (RuntimeException e) {
                reply = new Reply(500, error("E0000009", "Internal Server Error"));
            }
            byte[] bytes = reply.body() == null ? new byte[0] : HookJson.toBytes(reply.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            if (api) {
                rateLimitHeaders(exchange, reply.status());
            }
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    private synchronized void rateLimitHeaders(HttpExchange exchange, int status) {
        long reset = Instant.now().getEpochSecond() + 60;
        int remaining = 99;
        if (status == 429) {
            reset = rateLimitReset;
            remaining = 0;
        } else if (exhaustedReplies > 0) {
            exhaustedReplies--;
            reset = rateLimitReset;
            remaining = 0;
        }
        exchange.getResponseHeaders().set("X-Rate-Limit-Limit", "100");
        exchange.getResponseHeaders().set("X-Rate-Limit-Remaining", Integer.toString(remaining));
        exchange.getResponseHeaders().set("X-Rate-Limit-Reset", Long.toString(reset));
    }

    private Reply api(HttpExchange exchange, String path, String query, byte[] body) {
        String method = exchange.getRequestMethod();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        boolean inline = path.startsWith("/api/v1/inlineHooks");
        String scope = inline ? "okta.inlineHooks" : "okta.eventHooks";
        boolean write = !method.equals("GET");
        if (authorization == null
                || !(authorization.equals("SSWS " + API_TOKEN)
                        || readOnly(authorization)
                        || accessTokens.containsKey(bearer(authorization)))) {
            return new Reply(401, error("E0000011", "Invalid token provided"));
        }
        if (readOnly(authorization) && write
                || authorization.startsWith("Bearer ")
                        && !allows(accessTokens.get(bearer(authorization)), scope, write)) {
            return new Reply(403, error("E0000006", "You do not have permission to perform the requested action"));
        }
        synchronized (this) {
            if (rateLimited > 0) {
                rateLimited--;
                return new Reply(429, error("E0000047", "API call exceeded rate limit due to too many requests."));
            }
            if (!failures.isEmpty()) {
                return new Reply(failureStatuses.remove(0), failures.remove(0));
            }
        }
        Matcher matcher = (inline ? INLINE : EVENT).matcher(path);
        if (!matcher.matches()) {
            return new Reply(404, error("E0000022", "The endpoint does not exist."));
        }
        String id = matcher.group(1);
        String action = matcher.group(2);
        if (!exchange.getRequestHeaders()
                .getOrDefault("Accept", List.of(""))
                .get(0)
                .contains("application/json")) {
            return new Reply(406, error("E0000001", "Api validation failed: Accept must be application/json"));
        }
        if (write
                && body.length > 0
                && !String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"))
                        .startsWith("application/json")) {
            return new Reply(415, error("E0000001", "Api validation failed: Content-Type must be application/json"));
        }
        return inline ? inline(method, id, action, query, body) : event(method, id, action, body);
    }

    private boolean readOnly(String authorization) {
        return authorization.startsWith("SSWS ") && readOnlyTokens.contains(authorization.substring(5));
    }

    private static String bearer(String authorization) {
        return authorization.startsWith("Bearer ") ? authorization.substring(7) : "";
    }

    private static boolean allows(String scopes, String family, boolean write) {
        if (scopes == null) {
            return true;
        }
        List<String> granted = List.of(scopes.split(" "));
        return granted.contains(family + ".manage") || !write && granted.contains(family + ".read");
    }

    private static Reply methodNotAllowed() {
        return new Reply(405, error("E0000022", "The endpoint does not support the provided HTTP method"));
    }

    // ---------------------------------------------------------------------------------- inline hooks

    /** Builds a hook as Okta returns it from a request (and the hook it replaces, or null). */
    private interface HookReply {
        ObjectNode reply(String id, JsonNode request, ObjectNode previous);
    }

    /**
     * One hook collection: list, create, retrieve, replace, activate, deactivate, and its own
     * action ({@code execute} for inline hooks, {@code verify} for event hooks).
     */
    private record Collection(
            Map<String, ObjectNode> store,
            String idPrefix,
            String kind,
            BiFunction<JsonNode, Boolean, List<String>> check,
            HookReply reply,
            Function<ObjectNode, Reply> own) {}

    private Reply collection(
            Collection hooks, String method, String id, String action, Predicate<JsonNode> listed, byte[] body) {
        if (id == null) {
            if (method.equals("GET")) {
                ArrayNode list = NODES.arrayNode();
                synchronized (hooks.store()) {
                    hooks.store().values().stream().filter(listed).forEach(list::add);
                }
                return new Reply(200, list);
            }
            return method.equals("POST") ? save(hooks, null, null, body) : methodNotAllowed();
        }
        ObjectNode hook = hooks.store().get(id);
        if (hook == null) {
            return new Reply(
                    404, error("E0000007", "Not found: Resource not found: " + id + " (" + hooks.kind() + ")"));
        }
        if (action == null) {
            return method.equals("GET")
                    ? new Reply(200, hook)
                    : method.equals("PUT") ? save(hooks, id, hook, body) : methodNotAllowed();
        }
        if (!method.equals("POST")) {
            return methodNotAllowed();
        }
        return switch (action) {
            case "/lifecycle/activate" -> new Reply(200, status(hook, "ACTIVE"));
            case "/lifecycle/deactivate" -> new Reply(200, status(hook, "INACTIVE"));
            default -> hooks.own().apply(hook);
        };
    }

    /** Create (no id) or replace: check the body, store Okta's view of it, remember the secret. */
    private Reply save(Collection hooks, String id, ObjectNode previous, byte[] body) {
        JsonNode request = HookJson.readTree(body);
        List<String> problems = hooks.check().apply(request, previous == null);
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        String hookId = id != null ? id : hooks.idPrefix() + randomId();
        ObjectNode hook = hooks.reply().reply(hookId, request, previous);
        hooks.store().put(hookId, hook);
        rememberSecret(hookId, request);
        return new Reply(200, hook);
    }

    private Reply inline(String method, String id, String action, String query, byte[] body) {
        String type =
                query == null ? null : URLDecoder.decode(query.replaceFirst("^type=", ""), StandardCharsets.UTF_8);
        Collection hooks = new Collection(
                inlineHooks,
                "cal",
                "InlineHook",
                LocalManagementApi::checkInline,
                LocalManagementApi::inlineHookReply,
                hook -> execute(hook.path("id").asText(), hook, body));
        return collection(
                hooks,
                method,
                id,
                action,
                hook -> type == null || hook.path("type").asText().equals(type),
                body);
    }

    private static ObjectNode status(ObjectNode hook, String status) {
        hook.put("status", status);
        hook.put("lastUpdated", Instant.now().toString());
        return hook;
    }

    private static List<String> checkInline(JsonNode request, boolean create) {
        List<String> problems = new ArrayList<>();
        if (!request.isObject()) {
            return List.of("the body must be an inline hook object");
        }
        String name = request.path("name").asText("");
        if (!request.path("name").isTextual() || name.isEmpty() || name.length() > 255) {
            problems.add("name: required, 1 to 255 characters");
        }
        if (create && !INLINE_TYPES.contains(request.path("type").asText(""))) {
            problems.add(
                    "type: must be one of " + INLINE_TYPES.stream().sorted().toList());
        }
        if (!"1.0.0".equals(request.path("version").asText(null))) {
            problems.add("version: the supported version is 1.0.0");
        }
        JsonNode channel = request.path("channel");
        String channelType = channel.path("type").asText("");
        if (!channelType.equals("HTTP") && !channelType.equals("OAUTH")) {
            problems.add("channel.type: must be HTTP or OAUTH");
        }
        if (!"1.0.0".equals(channel.path("version").asText(null))) {
            problems.add("channel.version: the supported version is 1.0.0");
        }
        JsonNode config = channel.path("config");
        checkUri(config, problems);
        if (config.has("method") && !"POST".equals(config.path("method").asText())) {
            problems.add("channel.config.method: only POST");
        }
        checkHeaders(config, problems);
        if (channelType.equals("HTTP")) {
            checkHeaderScheme(config.path("authScheme"), problems, true);
        } else if (channelType.equals("OAUTH")) {
            String authType = config.path("authType").asText("");
            requireText(config, "clientId", problems);
            if (!config.path("tokenUrl").asText("").startsWith("https://")) {
                problems.add("channel.config.tokenUrl: required, https://");
            }
            switch (authType) {
                case "client_secret_post" -> requireText(config, "clientSecret", problems);
                case "private_key_jwt" -> requireText(config, "hookKeyId", problems);
                default -> problems.add("channel.config.authType: client_secret_post or private_key_jwt");
            }
        }
        return problems;
    }

    private static void checkUri(JsonNode config, List<String> problems) {
        String uri = config.path("uri").asText("");
        if (!uri.startsWith("https://") || uri.length() > 1024 || uri.chars().anyMatch(Character::isWhitespace)) {
            problems.add("channel.config.uri: required, https://, at most 1024 characters, no white space");
        }
    }

    private static void checkHeaders(JsonNode config, List<String> problems) {
        if (config.has("headers") && !config.path("headers").isArray()) {
            problems.add("channel.config.headers: an array of {key, value}");
        }
    }

    private static void checkHeaderScheme(JsonNode scheme, List<String> problems, boolean required) {
        if (scheme.isMissingNode() || scheme.isNull()) {
            if (required) {
                problems.add("channel.config.authScheme: required for an HTTP channel");
            }
            return;
        }
        if (!"HEADER".equalsIgnoreCase(scheme.path("type").asText(""))) {
            problems.add("channel.config.authScheme.type: HEADER");
        }
        if (scheme.path("key").asText("").isEmpty()
                || scheme.path("value").asText("").isEmpty()) {
            problems.add("channel.config.authScheme: key and value are required");
        }
    }

    private static void requireText(JsonNode config, String field, List<String> problems) {
        if (config.path(field).asText("").isEmpty()) {
            problems.add("channel.config." + field + ": required");
        }
    }

    /** An inline hook as Okta returns it: no secret, the header scheme in lower case. */
    private static ObjectNode inlineHookReply(String id, JsonNode request, ObjectNode previous) {
        ObjectNode hook = NODES.objectNode();
        String now = Instant.now().toString();
        hook.put("id", id);
        hook.put("status", previous == null ? "ACTIVE" : previous.path("status").asText());
        hook.put("name", request.path("name").asText());
        hook.put(
                "type",
                previous == null
                        ? request.path("type").asText()
                        : previous.path("type").asText());
        hook.put("version", "1.0.0");
        ObjectNode channel = hook.putObject("channel");
        JsonNode config = request.path("channel").path("config");
        String channelType = request.path("channel").path("type").asText();
        channel.put("type", channelType);
        channel.put("version", "1.0.0");
        ObjectNode out = channel.putObject("config");
        out.put("uri", config.path("uri").asText());
        out.set(
                "headers",
                config.path("headers").isArray() ? config.path("headers").deepCopy() : NODES.arrayNode());
        out.put("method", "POST");
        if (channelType.equals("HTTP")) {
            ObjectNode scheme = out.putObject("authScheme");
            scheme.put("type", "header");
            scheme.put("key", config.path("authScheme").path("key").asText().toLowerCase(Locale.ROOT));
        } else {
            out.putNull("authScheme");
            out.put("clientId", config.path("clientId").asText());
            out.put("tokenUrl", config.path("tokenUrl").asText());
            out.put("authType", config.path("authType").asText());
            out.set("scope", config.path("scope").isTextual() ? config.path("scope") : NODES.nullNode());
            if (config.has("hookKeyId")) {
                out.put("hookKeyId", config.path("hookKeyId").asText());
            }
        }
        hook.put("created", previous == null ? now : previous.path("created").asText());
        hook.put("lastUpdated", now);
        ObjectNode links = hook.putObject("_links");
        String self = "https://subdomain.okta.com/api/v1/inlineHooks/" + id;
        links.putObject("self").put("href", self);
        links.putObject("execute").put("href", self + "/execute");
        links.putObject("deactivate").put("href", self + "/lifecycle/deactivate");
        return hook;
    }

    private void rememberSecret(String id, JsonNode request) {
        JsonNode config = request.path("channel").path("config");
        if (config.path("authScheme").isObject()) {
            secrets.put(
                    id,
                    config.path("authScheme").path("key").asText() + ": "
                            + config.path("authScheme").path("value").asText());
        } else {
            secrets.put(id, "Authorization: Bearer local-management-api-issued-token");
        }
    }

    private Reply execute(String id, ObjectNode hook, byte[] payload) {
        JsonNode request = HookJson.readTree(payload);
        if (!request.isObject() || !request.path("data").isObject()) {
            return invalid(List.of("the payload must be an inline hook request object with data"));
        }
        if (request.has("eventType")
                && !request.path("eventType").asText().equals(hook.path("type").asText())) {
            return invalid(List.of(
                    "eventType: the payload is a " + request.path("eventType").asText() + " request, the hook a "
                            + hook.path("type").asText()));
        }
        String failure = null;
        for (int attempt = 0; attempt < 2; attempt++) { // one retry after a timeout or an error reply, as documented
            try {
                HookHttpResponse reply = caller.call(
                        "POST",
                        hook.path("channel").path("config").path("uri").asText(),
                        hookHeaders(id, Map.of("Content-Type", "application/json", "Accept", "application/json")),
                        payload);
                if (reply.status() == 200) {
                    return new Reply(200, HookJson.readTree(reply.body()));
                }
                if (reply.status() == 204) {
                    return new Reply(200, NODES.objectNode());
                }
                failure = "the external service answered HTTP " + reply.status();
            } catch (IOException e) {
                failure = "the external service could not be reached: " + e.getMessage();
            } catch (HookParseException e) {
                failure = "the external service's reply is not JSON";
            }
        }
        ObjectNode error = error("E0000001", "Api validation failed: the inline hook call did not succeed");
        error.withArray("errorCauses").addObject().put("errorSummary", failure);
        return new Reply(400, error);
    }

    private Map<String, String> hookHeaders(String id, Map<String, String> base) {
        Map<String, String> headers = new LinkedHashMap<>(base);
        String secret = secrets.get(id);
        int colon = secret.indexOf(": ");
        headers.put(secret.substring(0, colon), secret.substring(colon + 2));
        return headers;
    }

    // ----------------------------------------------------------------------------------- event hooks

    private Reply event(String method, String id, String action, byte[] body) {
        Collection hooks = new Collection(
                eventHooks,
                "who",
                "EventHook",
                (request, create) -> checkEvent(request),
                LocalManagementApi::eventHookReply,
                hook -> verify(hook.path("id").asText(), hook));
        return collection(hooks, method, id, action, hook -> true, body);
    }

    private static List<String> checkEvent(JsonNode request) {
        List<String> problems = new ArrayList<>();
        if (!request.isObject()) {
            return List.of("the body must be an event hook object");
        }
        if (request.path("name").asText("").isEmpty()) {
            problems.add("name: required");
        }
        JsonNode events = request.path("events");
        if (!"EVENT_TYPE".equals(events.path("type").asText(null))) {
            problems.add("events.type: required, EVENT_TYPE");
        }
        JsonNode items = events.path("items");
        List<String> subscribed = new ArrayList<>();
        items.forEach(item -> subscribed.add(item.asText()));
        if (!items.isArray() || items.isEmpty()) {
            problems.add("events.items: required, at least one event type");
        }
        JsonNode filter = events.path("filter");
        if (!filter.isMissingNode() && !filter.isNull()) {
            if (filter.has("type")
                    && !"EXPRESSION_LANGUAGE".equals(filter.path("type").asText())) {
                problems.add("events.filter.type: EXPRESSION_LANGUAGE");
            }
            if (!filter.path("eventFilterMap").isArray()) {
                problems.add("events.filter.eventFilterMap: an array");
            }
            filter.path("eventFilterMap").forEach(entry -> {
                if (!subscribed.contains(entry.path("event").asText())) {
                    problems.add("events.filter.eventFilterMap.event: "
                            + entry.path("event").asText() + " is not subscribed");
                }
                if (entry.path("condition").path("expression").asText("").isEmpty()) {
                    problems.add("events.filter.eventFilterMap.condition.expression: required");
                }
            });
        }
        JsonNode channel = request.path("channel");
        if (!"HTTP".equals(channel.path("type").asText(null))) {
            problems.add("channel.type: required, HTTP");
        }
        if (!channel.path("version").isTextual()) {
            problems.add("channel.version: required");
        }
        if (!channel.path("config").isObject()) {
            problems.add("channel.config: required");
        } else {
            checkUri(channel.path("config"), problems);
            checkHeaders(channel.path("config"), problems);
            checkHeaderScheme(channel.path("config").path("authScheme"), problems, false);
        }
        return problems;
    }

    /** An event hook as Okta returns it: no secret; unverified again when its channel changed. */
    private static ObjectNode eventHookReply(String id, JsonNode request, ObjectNode previous) {
        ObjectNode hook = NODES.objectNode();
        String now = Instant.now().toString();
        boolean sameChannel = previous != null
                && previous.path("channel")
                        .path("config")
                        .path("uri")
                        .equals(request.path("channel").path("config").path("uri"));
        hook.put("id", id);
        hook.put("status", previous == null ? "ACTIVE" : previous.path("status").asText());
        hook.put(
                "verificationStatus",
                sameChannel ? previous.path("verificationStatus").asText() : "UNVERIFIED");
        hook.put("name", request.path("name").asText());
        hook.set(
                "description",
                request.path("description").isTextual() ? request.path("description") : NODES.nullNode());
        hook.put("created", previous == null ? now : previous.path("created").asText());
        hook.put("createdBy", "00uLocalAdmin0000000");
        hook.put("lastUpdated", now);
        ObjectNode events = hook.putObject("events");
        events.put("type", "EVENT_TYPE");
        events.set("items", request.path("events").path("items").deepCopy());
        JsonNode filter = request.path("events").path("filter");
        if (filter.isObject()) {
            ObjectNode out = events.putObject("filter");
            out.put("type", "EXPRESSION_LANGUAGE");
            ArrayNode map = out.putArray("eventFilterMap");
            filter.path("eventFilterMap").forEach(entry -> {
                ObjectNode copy = map.addObject();
                copy.put("event", entry.path("event").asText());
                ObjectNode condition = copy.putObject("condition");
                condition.putNull("version");
                condition.put(
                        "expression", entry.path("condition").path("expression").asText());
            });
        } else {
            events.putNull("filter");
        }
        ObjectNode channel = hook.putObject("channel");
        channel.put("type", "HTTP");
        channel.put("version", request.path("channel").path("version").asText());
        ObjectNode config = channel.putObject("config");
        JsonNode given = request.path("channel").path("config");
        config.put("uri", given.path("uri").asText());
        config.set(
                "headers",
                given.path("headers").isArray() ? given.path("headers").deepCopy() : NODES.arrayNode());
        config.put("method", "POST");
        if (given.path("authScheme").isObject()) {
            ObjectNode scheme = config.putObject("authScheme");
            scheme.put("type", "HEADER");
            scheme.put("key", given.path("authScheme").path("key").asText().toLowerCase(Locale.ROOT));
        }
        ObjectNode links = hook.putObject("_links");
        String self = "https://subdomain.okta.com/api/v1/eventHooks/" + id;
        links.putObject("self").put("href", self);
        links.putObject("verify").put("href", self + "/lifecycle/verify");
        links.putObject("deactivate").put("href", self + "/lifecycle/deactivate");
        return hook;
    }

    private Reply verify(String id, ObjectNode hook) {
        String challenge = UUID.randomUUID().toString();
        String failure = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                HookHttpResponse reply = caller.call(
                        "GET",
                        hook.path("channel").path("config").path("uri").asText(),
                        hookHeaders(
                                id, Map.of("Accept", "application/json", "x-okta-verification-challenge", challenge)),
                        new byte[0]);
                if (reply.status() == 200
                        && challenge.equals(HookJson.readTree(reply.body())
                                .path("verification")
                                .asText(null))) {
                    hook.put("verificationStatus", "VERIFIED");
                    return new Reply(200, hook);
                }
                failure = reply.status() == 200
                        ? "the reply did not echo the verification challenge"
                        : "the external service answered HTTP " + reply.status();
            } catch (IOException e) {
                failure = "the external service could not be reached: " + e.getMessage();
            } catch (HookParseException e) {
                failure = "the external service's reply is not JSON";
            }
        }
        ObjectNode error = error("E0000001", "Api validation failed: the event hook could not be verified");
        error.withArray("errorCauses").addObject().put("errorSummary", failure);
        return new Reply(400, error);
    }

    // --------------------------------------------------------------------------------- token endpoint

    private Reply token(String method, byte[] body) {
        if (!method.equals("POST")) {
            return methodNotAllowed();
        }
        Map<String, String> form = new HashMap<>();
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        if (requireDpop) {
            return new Reply(400, oauthError("invalid_dpop_proof", "The DPoP proof JWT header is missing."));
        }
        if (!"client_credentials".equals(form.get("grant_type"))) {
            return new Reply(400, oauthError("unsupported_grant_type", "The grant type is not client_credentials."));
        }
        if (!"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(form.get("client_assertion_type"))
                || !assertionValid(form.get("client_assertion"))) {
            return new Reply(401, oauthError("invalid_client", "The client_assertion is invalid."));
        }
        List<String> scopes = List.of(form.getOrDefault("scope", "").split(" "));
        if (form.getOrDefault("scope", "").isBlank() || !grantedScopes.containsAll(scopes)) {
            return new Reply(400, oauthError("invalid_scope", "The requested scope is not granted to the client."));
        }
        String token = "local-" + randomId() + randomId();
        accessTokens.put(token, String.join(" ", scopes));
        ObjectNode reply = NODES.objectNode();
        reply.put("token_type", "Bearer");
        reply.put("expires_in", 3600);
        reply.put("access_token", token);
        reply.put("scope", String.join(" ", scopes));
        return new Reply(200, reply);
    }

    private boolean assertionValid(String assertion) {
        if (assertion == null || clientKey == null) {
            return false;
        }
        try {
            SignedJWT jwt = SignedJWT.parse(assertion);
            JWSVerifier verifier = clientKey instanceof RSAPublicKey rsa
                    ? new RSASSAVerifier(rsa)
                    : new ECDSAVerifier((ECPublicKey) clientKey);
            var claims = jwt.getJWTClaimsSet();
            return jwt.verify(verifier)
                    && clientId.equals(claims.getIssuer())
                    && clientId.equals(claims.getSubject())
                    && claims.getAudience().equals(List.of(org + "/oauth2/v1/token"))
                    && claims.getExpirationTime() != null
                    && claims.getExpirationTime().toInstant().isAfter(Instant.now())
                    && claims.getJWTID() != null
                    && seenAssertionIds.add(claims.getJWTID());
        } catch (ParseException | JOSEException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------------------------------- errors

    private static Reply invalid(List<String> problems) {
        ObjectNode error = error(
                "E0000001",
                "Api validation failed: "
                        + String.join(
                                ", ",
                                problems.stream()
                                        .map(p -> p.substring(0, p.indexOf(':') < 0 ? p.length() : p.indexOf(':')))
                                        .toList()));
        ArrayNode causes = error.putArray("errorCauses");
        problems.forEach(problem -> causes.addObject().put("errorSummary", problem));
        return new Reply(400, error);
    }

    /** Okta's error object. */
    static ObjectNode error(String code, String summary) {
        ObjectNode error = NODES.objectNode();
        error.put("errorCode", code);
        error.put("errorSummary", summary);
        error.put("errorLink", code);
        error.put("errorId", "oae" + randomId());
        error.putArray("errorCauses");
        return error;
    }

    private static ObjectNode oauthError(String code, String description) {
        ObjectNode error = NODES.objectNode();
        error.put("error", code);
        error.put("error_description", description);
        return error;
    }

    private static String randomId() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return id.toString();
    }

    /** The hook type of an inline hook reply, for tests. */
    static HookType typeOf(JsonNode hook) {
        return HookType.fromEventType(hook.path("type").asText()).orElseThrow();
    }
}
