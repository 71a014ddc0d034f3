package io.oktahooks.examples;

import com.sun.net.httpserver.HttpServer;
import io.oktahooks.auth.HookAuth;
import io.oktahooks.auth.jwt.JwtAuthenticator;
import io.oktahooks.core.HookAuthenticator;
import io.oktahooks.core.HookCall;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookType;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small, real hook service: every Okta hook type on the JDK's built-in {@code HttpServer}, Basic
 * authentication or Bearer JWTs pinned to the hook's client (when {@code HOOKS_JWT_ISSUER} is set;
 * Basic then only with explicit credentials), loopback only unless {@code HOOKS_BIND} says
 * otherwise, one log line per call, graceful shutdown on SIGTERM. Start it with
 * {@code ./okta-hooks example}.
 */
public final class ExampleService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExampleService.class);

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm
        // and the client's delayed ACK add about 40 ms to every reply on a kept-alive connection.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** The routes, path to hook type. */
    public static final Map<String, HookType> ROUTES = routes();

    private final HttpServer server;
    private final ExecutorService executor;
    private final ExampleHooks hooks;
    private final @Nullable JwtAuthenticator jwt;

    private static Map<String, HookType> routes() {
        Map<String, HookType> routes = new LinkedHashMap<>();
        for (HookType type : HookType.values()) {
            routes.put("/hooks/" + type.shortName(), type); // the same paths as the servlet adapter and the starter
        }
        return java.util.Collections.unmodifiableMap(routes);
    }

    private ExampleService(ExampleConfig config) throws IOException {
        String user = config.basicUser();
        String password = config.basicPassword();
        HookAuthenticator basic = user != null && password != null ? HookAuth.basic(user, password) : null;
        HookAuthenticator authenticator = basic;
        JwtAuthenticator jwtAuthenticator = null;
        if (config.jwtIssuer() != null) {
            JwtAuthenticator.Builder builder = HookAuth.jwt()
                    .issuer(config.jwtIssuer())
                    .audience(config.jwtAudience())
                    .clientIds(config.jwtClientIds().toArray(String[]::new));
            if (config.jwtJwksUri() != null) {
                builder.jwksUri(config.jwtJwksUri()).allowCrossHostJwks(true);
            }
            if (config.jwtScope() != null) {
                builder.requiredScope(config.jwtScope());
            }
            jwtAuthenticator = builder.build();
            authenticator = basic == null ? jwtAuthenticator : HookAuth.anyOf(basic, jwtAuthenticator);
        }
        this.jwt = jwtAuthenticator;
        this.hooks = new ExampleHooks(config.allowedDomains(), ExampleHooks.demoPasswords());
        HookEndpoint endpoint = hooks.endpoint(
                Objects.requireNonNull(authenticator, "ExampleConfig requires Basic or OAuth 2.0"),
                ExampleService::logCall);
        this.server = HttpServer.create(new InetSocketAddress(config.bind(), config.port()), 0);
        ROUTES.forEach((path, type) -> server.createContext(path, new JdkHttpServerRoute(endpoint, type)));
        server.createContext("/health", exchange -> {
            try (exchange) {
                byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        this.executor =
                Executors.newFixedThreadPool(Math.max(8, Runtime.getRuntime().availableProcessors() * 4), r -> {
                    Thread thread = new Thread(r, "okta-hooks-http");
                    thread.setDaemon(false);
                    return thread;
                });
        server.setExecutor(executor);
    }

    /** Starts a service with these settings; the port is bound when this returns. */
    public static ExampleService start(ExampleConfig config) throws IOException {
        if (config.usesDefaultCredentials()) {
            LOG.warn(
                    "*** Using Okta's guide credentials {} / {}, accepted on a loopback bind only: set HOOKS_BASIC_USER and "
                            + "HOOKS_BASIC_PASSWORD before exposing this service ***",
                    ExampleConfig.DEFAULT_USER,
                    "(the guide's password)");
        }
        ExampleService service = new ExampleService(config);
        service.server.start();
        String base = "http://" + hostOf(service.address()) + ":" + service.port();
        String auth = config.jwtIssuer() == null
                ? "Basic"
                : (config.basicEnabled() ? "Basic or " : "") + "Bearer JWT from " + config.jwtIssuer() + " for client "
                        + String.join(", ", config.jwtClientIds());
        LOG.info(
                "okta-hooks example listening on {}{} (auth: {})",
                base,
                service.address().getAddress().isAnyLocalAddress() ? ", every interface" : "",
                auth);
        ROUTES.forEach((path, type) -> LOG.info("  {}: {}{}", type.displayName(), base, path));
        LOG.info("  health: {}/health", base);
        return service;
    }

    /** The bound port. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The bound address and port, as the server reports them. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    private static String hostOf(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        return host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    }

    /** The handlers, for inspecting what they saw (event counts). */
    public ExampleHooks hooks() {
        return hooks;
    }

    /** Stops accepting calls, lets calls in progress finish (up to 2 s), and releases the keys refresher. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        if (jwt != null) {
            jwt.close();
        }
        LOG.info("okta-hooks example stopped");
    }

    /** One line per call; the endpoint has already escaped the body's eventId ({@link HookCall#eventId()}). */
    private static void logCall(HookCall call) {
        LOG.info(
                "{} eventId={} status={} {} ms{}",
                call.type() == null ? "unknown" : call.type().displayName(),
                call.eventId() == null ? "-" : call.eventId(),
                call.status(),
                call.elapsed().toMillis(),
                call.slow() ? " (slow: Okta gives up after 3000 ms)" : "");
    }

    /** Runs until SIGTERM or Ctrl-C. */
    public static void main(String[] args) {
        ExampleService service;
        try {
            service = start(ExampleConfig.fromEnvironment(System.getenv()));
        } catch (IllegalArgumentException e) {
            System.err.println("okta-hooks example: " + e.getMessage());
            System.exit(2);
            return;
        } catch (IOException e) {
            System.err.println("okta-hooks example: cannot listen: " + e.getMessage()
                    + " (is the port in use? set HOOKS_PORT; is HOOKS_BIND an address of this machine?)");
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "okta-hooks-shutdown"));
    }
}
