package io.oktahooks.auth.jwt;

import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import io.oktahooks.auth.internal.BoundedExchange;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the signing keys for nimbus' key source with one deadline for the whole fetch (connect,
 * TLS, request, headers and body together), a size limit, and no redirects.
 *
 * <p>Why not nimbus' {@code DefaultResourceRetriever}: its limits are per-read socket timeouts, so
 * an endpoint dripping a byte every 400 ms holds a caller for as long as it likes (and cached keys
 * are not used meanwhile, since the fetch never fails); and it follows redirects, so the host and
 * "plain http only on loopback" rules checked on the configured URL could be walked around by a
 * 302. Here the caller waits at most the deadline, whatever the server does, and any 3xx is a
 * failed fetch whatever the HTTP client would do; nimbus' outage tolerance then serves the keys it
 * has. The exchange itself is {@link BoundedExchange}'s; the HTTP client is created on the first fetch.
 */
final class DeadlineResourceRetriever implements ResourceRetriever {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineResourceRetriever.class);

    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final Duration deadline;
    private final int sizeLimit;
    private @Nullable HttpClient client;

    /**
     * @param connectTimeout TCP and TLS connect limit (capped by the deadline)
     * @param responseTimeout limit for the response to start (capped by the deadline)
     * @param deadline limit for the whole fetch
     * @param sizeLimit largest body accepted, in bytes
     */
    DeadlineResourceRetriever(Duration connectTimeout, Duration responseTimeout, Duration deadline, int sizeLimit) {
        this.deadline = deadline;
        this.connectTimeout = min(connectTimeout, deadline);
        this.responseTimeout = min(responseTimeout, deadline);
        this.sizeLimit = sizeLimit;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = BoundedExchange.newClient(connectTimeout);
        }
        return client;
    }

    @Override
    public Resource retrieveResource(URL url) throws IOException {
        try {
            return fetch(url);
        } catch (IOException e) {
            LOG.warn(
                    "okta hook jwt: fetching the signing keys from {}://{}{} failed: {}; keys already fetched keep serving",
                    url.getProtocol(),
                    url.getAuthority().substring(url.getAuthority().indexOf('@') + 1),
                    url.getPath(),
                    e.getMessage());
            throw e;
        }
    }

    private Resource fetch(URL url) throws IOException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(url.toURI())
                    .timeout(responseTimeout)
                    .header("Accept", "application/json")
                    .GET()
                    .build();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("the keys URL is not a valid URI");
        }
        HttpResponse<byte[]> response = BoundedExchange.send(
                client(), request, deadline, sizeLimit, status -> status / 100 == 2, "fetching the keys");
        int status = response.statusCode();
        if (status / 100 == 3) {
            throw new IOException("HTTP " + status + ": a redirect, which is never followed for keys");
        }
        if (status / 100 != 2) {
            throw new IOException("HTTP " + status);
        }
        return new Resource(
                new String(response.body(), StandardCharsets.UTF_8),
                response.headers().firstValue("Content-Type").orElse(null));
    }
}
