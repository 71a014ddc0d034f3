package io.oktahooks.auth.jwt;

import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * failed fetch; nimbus' outage tolerance then serves the keys it has.
 *
 * <p>How: the exchange runs on a short-lived daemon thread of its own over
 * {@code HttpURLConnection} (redirects off, connect and per-read timeouts capped by the deadline,
 * the system's proxy settings), and the caller waits for it at most the deadline; past it, or when
 * the caller is interrupted, the connection is closed, which ends the exchange. Not the JDK's
 * {@code HttpClient}: for one small request every few minutes its asynchronous machinery buys
 * nothing, and in a fresh JVM it costs a service's start hundreds of milliseconds of class loading
 * before the first key arrives.
 */
final class DeadlineResourceRetriever implements ResourceRetriever {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineResourceRetriever.class);

    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final Duration deadline;
    private final int sizeLimit;

    /**
     * @param connectTimeout TCP and TLS connect limit (capped by the deadline)
     * @param responseTimeout limit for the response to start, and for each later read (capped by the deadline)
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
        String scheme = url.getProtocol();
        if (!scheme.equalsIgnoreCase("https") && !scheme.equalsIgnoreCase("http")) {
            throw new IOException("the keys URL is not an http(s) URL"); // JwtSetup allows no other
        }
        Exchange exchange = new Exchange(url);
        FutureTask<Resource> task = new FutureTask<>(exchange);
        Thread worker = new Thread(task, "okta-hooks-jwks-fetch");
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            exchange.abort();
            throw new IOException("no complete answer within the " + deadline.toMillis() + " ms deadline");
        } catch (InterruptedException e) {
            exchange.abort();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while fetching the keys");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IOException(
                    cause instanceof FetchFailed
                            ? cause.getMessage()
                            : cause.getClass().getSimpleName(),
                    cause);
        }
    }

    /** A failure this class words itself (status, size): its message is safe to log as it is. */
    private static final class FetchFailed extends IOException {
        private static final long serialVersionUID = 1L;

        FetchFailed(String message) {
            super(message);
        }
    }

    /** One GET of the keys; {@link #abort()} closes its connection from another thread. */
    private final class Exchange implements Callable<Resource> {
        private final URL url;
        private volatile @Nullable HttpURLConnection connection;
        private volatile boolean aborted;

        Exchange(URL url) {
            this.url = url;
        }

        @Override
        public Resource call() throws IOException {
            URLConnection opened = url.openConnection(); // the system's proxy settings apply
            if (!(opened instanceof HttpURLConnection http)) {
                throw new FetchFailed("the keys URL did not open an HTTP connection");
            }
            connection = http;
            try {
                if (aborted) {
                    throw new FetchFailed("aborted at the deadline");
                }
                http.setInstanceFollowRedirects(false);
                http.setUseCaches(false);
                http.setConnectTimeout(millis(connectTimeout));
                http.setReadTimeout(millis(responseTimeout));
                http.setRequestProperty("Accept", "application/json");
                int status = http.getResponseCode();
                if (status / 100 == 3) {
                    throw new FetchFailed("HTTP " + status + ": a redirect, which is never followed for keys");
                }
                if (status / 100 != 2) {
                    throw new FetchFailed("HTTP " + status);
                }
                if (http.getContentLengthLong() > sizeLimit) {
                    throw new FetchFailed("the answer is larger than " + sizeLimit + " bytes");
                }
                byte[] body;
                try (InputStream in = http.getInputStream()) {
                    body = readAtMost(in, sizeLimit);
                }
                return new Resource(new String(body, StandardCharsets.UTF_8), http.getContentType());
            } finally {
                http.disconnect(); // never kept alive: the next fetch is minutes away
            }
        }

        void abort() {
            aborted = true;
            HttpURLConnection http = connection;
            if (http != null) {
                http.disconnect(); // closes the socket: a read blocked in the exchange fails at once
            }
        }
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
            if (bytes.size() + n > limit) {
                throw new FetchFailed("the answer is larger than " + limit + " bytes");
            }
            bytes.write(chunk, 0, n);
        }
        return bytes.toByteArray();
    }

    private static int millis(Duration duration) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, duration.toMillis()));
    }
}
