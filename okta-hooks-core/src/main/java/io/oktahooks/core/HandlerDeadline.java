package io.oktahooks.core;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The opt-in per-call deadline: the handler runs on a thread of its own, and when it has not
 * answered by the deadline the endpoint answers the hook type's fail-safe response, before Okta's
 * 3-second cutoff would turn the call into Okta's own failure handling. The late result is dropped
 * and logged; the handler is not interrupted (it may be half-way through a write).
 */
final class HandlerDeadline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HookEndpoint.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    /** At most this many handlers run at once; Okta itself holds at most 75 calls per org in flight. */
    static final int MAX_THREADS = 256;

    private final long nanos;
    private final ExecutorService executor =
            new ThreadPoolExecutor(0, MAX_THREADS, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
                Thread thread = new Thread(task, "okta-hooks-handler-" + THREADS.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    HandlerDeadline(Duration deadline) {
        this.nanos = deadline.toNanos();
    }

    /** The handler's reply, or {@code failSafe}'s when the handler is still running at the deadline. */
    HookHttpResponse run(
            HookType type,
            @Nullable String eventId,
            Supplier<HookHttpResponse> handler,
            Supplier<HookHttpResponse> failSafe) {
        CompletableFuture<HookHttpResponse> call;
        try {
            call = CompletableFuture.supplyAsync(handler, executor);
        } catch (RejectedExecutionException e) {
            LOG.warn(
                    "okta hook: all {} handler threads are busy with late handlers; {} call eventId={} answered the "
                            + "fail-safe response",
                    MAX_THREADS,
                    type.displayName(),
                    eventId == null ? "-" : eventId);
            return failSafe.get();
        }
        try {
            return call.get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            LOG.warn(
                    "okta hook: {} handler still running after {} ms for eventId={}; answered the fail-safe response",
                    type.displayName(),
                    TimeUnit.NANOSECONDS.toMillis(nanos),
                    eventId == null ? "-" : eventId);
            CompletableFuture<HookHttpResponse> unused = call.whenComplete((late, failure) -> {
                if (failure == null) {
                    LOG.warn(
                            "okta hook: late {} result for eventId={} dropped (status {})",
                            type.displayName(),
                            eventId == null ? "-" : eventId,
                            late.status());
                } else {
                    LOG.error(
                            "okta hook: late {} handler for eventId={} failed after its deadline",
                            type.displayName(),
                            eventId == null ? "-" : eventId,
                            failure);
                }
            });
            return failSafe.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failSafe.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error; // a VirtualMachineError is rethrown by the endpoint, never answered
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Stops accepting handler calls; calls still running finish on their own. */
    @Override
    public void close() {
        executor.shutdown();
    }
}
