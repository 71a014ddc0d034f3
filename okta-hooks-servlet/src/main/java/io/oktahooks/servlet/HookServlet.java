package io.oktahooks.servlet;

import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Serves a {@link HookEndpoint} from any Jakarta Servlet 6.0+ container. Map it at a prefix:
 * <pre>{@code
 * context.addServlet("okta-hooks", new HookServlet(endpoint)).addMapping("/hooks/*");
 * }</pre>
 * and each hook type the endpoint has a handler for answers at the prefix plus its
 * {@linkplain HookType#shortName() short name}: {@code /hooks/token}, {@code /hooks/saml},
 * {@code /hooks/registration}, {@code /hooks/user-import}, {@code /hooks/password-import},
 * {@code /hooks/telephony}, {@code /hooks/events}. The bare prefix ({@code /hooks} or
 * {@code /hooks/}) serves every type, found from the body's {@code eventType}. Any other path under
 * the prefix, a type the endpoint has no handler for included, is a 404 with no body (and
 * {@code Cache-Control: no-store}, {@code X-Content-Type-Options: nosniff}, like every reply of the
 * endpoint).
 *
 * <p>Every method reaches the endpoint, so a GET on an inline hook's path is its 405 with
 * {@code Allow}, not the container's. The servlet does not own the endpoint: close the endpoint
 * when the application stops (for example in a {@code ServletContextListener}).
 */
public final class HookServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient HookEndpoint endpoint;

    /** A servlet serving this endpoint's hook types. */
    public HookServlet(HookEndpoint endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    /** Routes on the path after the servlet's prefix, for every HTTP method. */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            ServletHooks.handle(endpoint, request, response);
            return;
        }
        Optional<HookType> type = HookType.fromShortName(path.substring(1));
        if (type.isEmpty() || !endpoint.hookTypes().contains(type.get())) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            return;
        }
        ServletHooks.handle(endpoint, type.get(), request, response);
    }
}
