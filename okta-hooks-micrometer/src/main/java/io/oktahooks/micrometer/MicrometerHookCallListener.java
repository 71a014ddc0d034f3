package io.oktahooks.micrometer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.oktahooks.core.HookCall;
import io.oktahooks.core.HookCallListener;
import java.util.Objects;

/**
 * Records every hook call an endpoint handles as one Micrometer timer, {@value #METRIC_NAME},
 * tagged with
 * <ul>
 *   <li>{@code hook}: the type's {@linkplain io.oktahooks.core.HookType#shortName() short name}
 *       ({@code token}, {@code saml}, {@code registration}, {@code user-import},
 *       {@code password-import}, {@code telephony}, {@code events}), or {@code unknown} when the
 *       call was refused before its type was known;</li>
 *   <li>{@code status}: the HTTP status answered, e.g. {@code 200}, {@code 204}, {@code 401};</li>
 *   <li>{@code outcome}: {@code SUCCESS} (2xx), {@code CLIENT_ERROR} (4xx), {@code SERVER_ERROR}
 *       (5xx) or {@code UNKNOWN}, as Spring's and Micrometer's HTTP server metrics spell it.</li>
 * </ul>
 * The time is the endpoint's, handler included, so it is what counts against Okta's 3 seconds.
 * Every tag value comes from a small fixed set, never from the request, so the number of series
 * stays bounded whatever callers send.
 *
 * <p>A plain {@link HookCallListener}, usable with or without a framework:
 * {@code HookEndpoint.builder().listener(new MicrometerHookCallListener(registry))}. The Spring Boot
 * starter registers it by itself when the application has a {@code MeterRegistry}.
 */
public final class MicrometerHookCallListener implements HookCallListener {

    /** The timer's name. */
    public static final String METRIC_NAME = "okta.hooks.calls";

    private final MeterRegistry registry;

    /** A listener recording into this registry. */
    public MicrometerHookCallListener(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Records the call's time under its hook type, status and outcome. */
    @Override
    public void onCall(HookCall call) {
        Timer.builder(METRIC_NAME)
                .description("Okta hook calls handled, by hook type, HTTP status and outcome")
                .tag("hook", call.type() == null ? "unknown" : call.type().shortName())
                .tag("status", Integer.toString(call.status()))
                .tag("outcome", outcome(call.status()))
                .register(registry)
                .record(call.elapsed());
    }

    static String outcome(int status) {
        if (status >= 200 && status < 300) {
            return "SUCCESS";
        }
        if (status >= 400 && status < 500) {
            return "CLIENT_ERROR";
        }
        if (status >= 500 && status < 600) {
            return "SERVER_ERROR";
        }
        return "UNKNOWN";
    }
}
