package io.oktahooks.lambda;

import io.oktahooks.auth.jwt.JwtAuthenticator;
import io.oktahooks.core.HookAuthenticator;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookHeaders;
import io.oktahooks.core.HookHttpRequest;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.core.token.TokenRequest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What both Lambda handlers share: the endpoint, the base path the hook types hang under, and
 * the translation of an API Gateway request's parts into a {@link HookHttpRequest}. Everything a
 * call is answered with (statuses, headers, bodies) is the endpoint's; this class only routes on
 * the path and decodes the body.
 */
final class LambdaHooks {

    static final String DEFAULT_BASE_PATH = "/hooks";

    /** A base path: "/" or segments of URL-safe characters, no trailing slash. */
    private static final Pattern BASE_PATH = Pattern.compile("/|(/[A-Za-z0-9._~-]+)+");

    private static final HookHttpResponse NOT_FOUND = new HookHttpResponse(
            404, Map.of("Cache-Control", "no-store", "X-Content-Type-Options", "nosniff"), new byte[0]);

    private final HookEndpoint endpoint;
    private final String basePath;

    LambdaHooks(HookEndpoint endpoint, String basePath) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(basePath, "basePath");
        if (!BASE_PATH.matcher(basePath).matches()) {
            throw new IllegalArgumentException(
                    "basePath must be \"/\" or start with \"/\" and end without one, in URL-safe "
                            + "characters, e.g. \"/hooks\"; not \"" + basePath + "\"");
        }
        this.basePath = basePath.equals("/") ? "" : basePath;
        Primer.prime();
    }

    /**
     * Loads and links the classes a call goes through (the JSON reader and writer, a request view,
     * a response builder) by parsing and answering a small token request in memory, once per JVM:
     * Lambda's init phase, or the SnapStart snapshot, pays for them instead of the first call. No
     * handler, listener or authenticator is involved, and nothing is logged.
     */
    static final class Primer {
        private static final byte[] REQUEST =
                ("{\"eventType\": \"com.okta.oauth2.tokens.transform\", \"data\": {\"identity\": "
                                + "{\"claims\": {\"sub\": \"00uprimer\", \"preferred_username\": \"primer@example.com\"}}}}")
                        .getBytes(StandardCharsets.UTF_8);
        static final int BYTES;

        static {
            int bytes;
            try {
                TokenRequest request = TokenRequest.parse(REQUEST);
                bytes = request.respond()
                        .addIdTokenClaim(
                                "primer",
                                request.identity()
                                        .flatMap(t -> t.claims().string("preferred_username"))
                                        .orElse(""))
                        .build()
                        .toBytes()
                        .length;
            } catch (RuntimeException e) {
                bytes = -1; // priming is an optimisation: a call still works without it
            }
            BYTES = bytes;
        }

        private Primer() {}

        /** Runs the priming, the first time only (class initialisation). */
        static int prime() {
            return BYTES;
        }
    }

    /**
     * Builds the endpoint with the authenticator and, when it is a {@link JwtAuthenticator},
     * fetches its signing keys now, so the first call after a cold start does not wait for them.
     */
    static HookEndpoint endpoint(HookAuthenticator authenticator, Consumer<HookEndpoint.Builder> handlers) {
        Objects.requireNonNull(authenticator, "authenticator");
        Objects.requireNonNull(handlers, "handlers");
        HookEndpoint.Builder builder = HookEndpoint.builder().authenticator(authenticator);
        handlers.accept(builder);
        HookEndpoint endpoint = builder.build();
        if (authenticator instanceof JwtAuthenticator jwt) {
            jwt.warmUp(); // never throws: a failure is logged, shows in keyStatus(), and calls get 503 until keys
            // arrive
        }
        return endpoint;
    }

    /**
     * Answers one call.
     *
     * @param method the HTTP method (null reads as none: a 405)
     * @param path the request path, possibly with the stage in front
     * @param stage the API Gateway stage, or null
     * @param headers the request headers
     * @param body the body as API Gateway passes it, or null
     * @param base64 whether API Gateway base64-encoded the body
     */
    HookHttpResponse handle(
            @Nullable String method,
            @Nullable String path,
            @Nullable String stage,
            HookHeaders headers,
            @Nullable String body,
            boolean base64) {
        Optional<Route> route = route(path, stage);
        if (route.isEmpty()) {
            return NOT_FOUND;
        }
        HookHttpRequest request = new HookHttpRequest(method == null ? "" : method, headers, bodyOf(body, base64));
        HookType type = route.get().type();
        return type == null ? endpoint.handle(request) : endpoint.handle(type, request);
    }

    /** A route: one hook type, or null for the base path, which dispatches on the body's eventType. */
    record Route(@Nullable HookType type) {}

    /** The route of a path, tried as it is and then without a leading stage segment. */
    Optional<Route> route(@Nullable String path, @Nullable String stage) {
        String p = path == null || path.isEmpty() ? "/" : path;
        Optional<Route> route = match(p);
        if (route.isEmpty() && stage != null && !stage.isEmpty() && !stage.equals("$default")) {
            String prefix = "/" + stage;
            if (p.equals(prefix)) {
                return match("/");
            }
            if (p.startsWith(prefix + "/")) {
                return match(p.substring(prefix.length()));
            }
        }
        return route;
    }

    private Optional<Route> match(String path) {
        if (path.equals(basePath) || path.equals(basePath + "/")) {
            return Optional.of(new Route(null));
        }
        if (!path.startsWith(basePath + "/")) {
            return Optional.empty();
        }
        return HookType.fromShortName(path.substring(basePath.length() + 1))
                .filter(endpoint.hookTypes()::contains)
                .map(Route::new);
    }

    /**
     * The request headers, looked up without regard to case: every value of a repeated header
     * when API Gateway passes them ({@code multiValueHeaders}), else the single-value map.
     */
    static HookHeaders headers(@Nullable Map<String, String> single, @Nullable Map<String, List<String>> multi) {
        if (multi != null && !multi.isEmpty()) {
            return HookHeaders.of(multi);
        }
        Map<String, List<String>> copy = new HashMap<>();
        if (single != null) {
            single.forEach((name, value) -> {
                if (value != null) {
                    copy.put(name, List.of(value));
                }
            });
        }
        return HookHeaders.of(copy);
    }

    /**
     * The body as a stream the endpoint reads after authentication: a base64 body is decoded as
     * it is read (a malformed one is the endpoint's 400 {@code unreadable_body}).
     */
    private static InputStream bodyOf(@Nullable String body, boolean base64) {
        if (body == null) {
            return InputStream.nullInputStream();
        }
        if (base64) {
            return Base64.getDecoder().wrap(new ByteArrayInputStream(body.getBytes(StandardCharsets.ISO_8859_1)));
        }
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }
}
