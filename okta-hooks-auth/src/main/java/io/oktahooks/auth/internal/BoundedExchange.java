package io.oktahooks.auth.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP exchange on the JDK client with one deadline for all of it (connect, TLS, request,
 * headers and body together), a size limit on the body, and no redirects: the SDK's outgoing calls
 * (the signing keys fetch, the Management API client) go through here.
 *
 * <p>Why: the JDK client's own timeouts stop at the response headers, so a server dripping its
 * body a byte at a time would hold the caller for as long as it likes; here the caller waits at
 * most the deadline whatever the server does. Redirects are never followed (the client is built
 * with {@code Redirect.NEVER}; callers treat a 3xx as a failure), so a host check made on the
 * configured URL cannot be walked around by a 302.
 *
 * <p>Internal: not part of the SDK's API (exported only to the SDK's own modules).
 */
public final class BoundedExchange {

    private BoundedExchange() {}

    /**
     * A client that never follows redirects, with this connect timeout and the system's proxy
     * settings (as {@code HttpURLConnection} would use: {@code https.proxyHost} and friends). It
     * speaks HTTP/1.1: the SDK's exchanges are single small requests minutes apart (a key set, an
     * admin call), which gain nothing from HTTP/2, and offering {@code h2} in the TLS handshake
     * makes a fresh JVM load the HTTP/2 client for the first key fetch (okta-hooks-benchmarks
     * RESULTS.md, 9b: Bearer cold start 1.25× → 1.18× the hand-written service).
     */
    public static HttpClient newClient(Duration connectTimeout) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout);
        ProxySelector proxies = ProxySelector.getDefault();
        return (proxies == null ? builder : builder.proxy(proxies)).build();
    }

    /**
     * Sends the request and waits for the whole answer at most {@code deadline}.
     *
     * @param readBody which statuses' bodies are read (at most {@code sizeLimit} bytes); the others
     *     are discarded and come back empty
     * @param doing what the exchange is for, for the interrupted message ("fetching the keys")
     * @throws IOException when there is no complete answer within the deadline, the body is over
     *     the limit, the connection fails, or the thread is interrupted ({@link InterruptedIOException},
     *     with the interrupt flag set again)
     */
    public static HttpResponse<byte[]> send(
            HttpClient client,
            HttpRequest request,
            Duration deadline,
            int sizeLimit,
            IntPredicate readBody,
            String doing)
            throws IOException {
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(
                request,
                info -> readBody.test(info.statusCode())
                        ? new LimitedBody(sizeLimit)
                        : HttpResponse.BodySubscribers.replacing(new byte[0]));
        try {
            return exchange.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new IOException("no complete answer within the " + deadline.toMillis() + " ms deadline");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while " + doing);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IOException(
                    cause instanceof BodyTooLarge
                            ? cause.getMessage()
                            : cause.getClass().getSimpleName(),
                    cause);
        }
    }

    /** The body is over the size limit. */
    private static final class BodyTooLarge extends IOException {
        BodyTooLarge(int limit) {
            super("the answer is larger than " + limit + " bytes");
        }
    }

    /** Collects a body of at most {@code limit} bytes; a larger one fails the exchange and stops reading. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final int limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.@Nullable Subscription subscription;

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
            Flow.Subscription subscription = Objects.requireNonNull(this.subscription, "onNext before onSubscribe");
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
