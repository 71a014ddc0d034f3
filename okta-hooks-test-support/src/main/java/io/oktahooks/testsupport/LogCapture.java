package io.oktahooks.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the SDK logs while some code runs. The tests' slf4j-simple binding writes to
 * {@code System.err}, which is redirected here meanwhile (tests in one JVM run one at a time).
 *
 * <pre>{@code
 * String logs = LogCapture.logsOf(() -> endpoint.handle(request));
 *
 * LogCapture capture = LogCapture.start();
 * try { ... } finally { capture.close(); }
 * String logs = capture.text();
 * }</pre>
 */
public final class LogCapture implements AutoCloseable {

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final PrintStream original;
    private boolean closed;

    private LogCapture() {
        original = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    /** Starts capturing; {@link #close()} restores {@code System.err}. */
    public static LogCapture start() {
        return new LogCapture();
    }

    /** Runs the code and returns everything logged meanwhile. */
    public static String logsOf(Runnable code) {
        LogCapture capture = start();
        try {
            code.run();
        } finally {
            capture.close();
        }
        return capture.text();
    }

    /** Everything logged since {@link #start()} (until {@link #close()}). */
    public String text() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** Restores {@code System.err}; capturing stops. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            System.setErr(original);
        }
    }
}
