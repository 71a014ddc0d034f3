package io.oktahooks.auth.jwt;

import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ProxySelector;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * has. The HTTP client is created on the first fetch.
 */
final class DeadlineResourceRetriever implements ResourceRetriever {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineResourceRetriever.class);

    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final Duration deadline;
    private final int sizeLimit;
    private HttpClient client;

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
            HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(connectTimeout);
            ProxySelector proxies = ProxySelector.getDefault(); // as HttpURLConnection would: http(s).proxyHost and friends
            client = (proxies == null ? builder : builder.proxy(proxies)).build();
        }
        return client;
    }

    @Override
    public Resource retrieveResource(URL url) throws IOException {
        try {
            return fetch(url);
        } catch (IOException e) {
            LOG.warn("okta hook jwt: fetching the signing keys from {}://{}{} failed: {}; keys already fetched keep serving",
                    url.getProtocol(), url.getAuthority().substring(url.getAuthority().indexOf('@') + 1), url.getPath(),
                    e.getMessage());
            throw e;
        }
    }

    private Resource fetch(URL url) throws IOException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(url.toURI()).timeout(responseTimeout).header("Accept", "application/json")
                    .GET().build();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("the keys URL is not a valid URI");
        }
        CompletableFuture<HttpResponse<byte[]>> exchange = client().sendAsync(request, info -> info.statusCode() / 100 == 2
                ? new LimitedBody(sizeLimit) : HttpResponse.BodySubscribers.replacing(new byte[0]));
        HttpResponse<byte[]> response;
        try {
            response = exchange.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new IOException("no complete answer within the " + deadline.toMillis() + " ms deadline");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while fetching the keys");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IOException(cause instanceof BodyTooLarge ? cause.getMessage() : cause.getClass().getSimpleName(), cause);
        }
        int status = response.statusCode();
        if (status / 100 == 3) {
            throw new IOException("HTTP " + status + ": a redirect, which is never followed for keys");
        }
        if (status / 100 != 2) {
            throw new IOException("HTTP " + status);
        }
        return new Resource(new String(response.body(), StandardCharsets.UTF_8),
                response.headers().firstValue("Content-Type").orElse(null));
    }

    /** The body is over the size limit. */
    private static final class BodyTooLarge extends IOException {
        BodyTooLarge(int limit) {
            super("the keys are larger than " + limit + " bytes");
        }
    }

    /** Collects a body of at most {@code limit} bytes; a larger one fails the fetch and stops reading. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final int limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        LimitedBody(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + buffer.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new BodyTooLarge(limit));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable failure) {
            result.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
