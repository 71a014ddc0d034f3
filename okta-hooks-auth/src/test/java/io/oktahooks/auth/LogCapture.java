package io.oktahooks.auth;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What the SDK logs while some code runs (the tests' slf4j-simple binding writes to System.err). */
public final class LogCapture {

    private LogCapture() {
    }

    /** Runs the code and returns everything logged meanwhile. */
    public static String logsOf(Runnable code) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            code.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
