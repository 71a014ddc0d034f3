package io.oktahooks.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.token.TokenRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Shared pieces for endpoint tests: a header-secret authenticator and request helpers. */
final class EndpointFixtures {

    static final String SECRET = "Basic YWRtaW46c3VwZXJzZWNyZXQ=";

    private EndpointFixtures() {}

    /** Accepts exactly one Authorization header equal to {@link #SECRET}; 503 for "Unavailable". */
    static final HookAuthenticator AUTH = headers -> {
        List<String> values = headers.all("Authorization");
        if (values.isEmpty()) {
            return AuthResult.rejected("missing_credentials", "Basic realm=\"okta-hooks\"");
        }
        if (values.size() == 1 && values.get(0).equals("Unavailable")) {
            return AuthResult.unavailable("keys_unavailable");
        }
        return values.size() == 1 && values.get(0).equals(SECRET)
                ? AuthResult.accepted("header-secret")
                : AuthResult.rejected("bad_credentials", "Basic realm=\"okta-hooks\"");
    };

    static HookHttpRequest post(String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = SECRET;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return HookHttpRequest.postJson(Payloads.bytes(body), all);
    }

    static HookEndpoint tokenEndpoint(HookHandler<TokenRequest> handler) {
        return HookEndpoint.builder().authenticator(AUTH).token(handler).build();
    }

    static JsonNode json(HookHttpResponse response) {
        return HookJson.readTree(response.body());
    }

    /** An input stream that counts how many bytes were read from it. */
    static final class CountingStream extends InputStream {
        private final ByteArrayInputStream in;
        long read;

        CountingStream(byte[] bytes) {
            this.in = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() {
            int b = in.read();
            if (b >= 0) {
                read++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                read += n;
            }
            return n;
        }
    }

    /** An endless stream of spaces, for "huge body" tests without allocating it. */
    static final class EndlessStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return ' ';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
            read += length;
            return length;
        }
    }

    /** Everything the SDK logs while {@code code} runs (slf4j-simple writes to whatever System.err is now). */
    static String logsOf(Runnable code) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream console = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            code.run();
        } finally {
            System.setErr(console);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** Collects listener calls. */
    static final class Calls implements HookCallListener {
        final List<HookCall> calls = new ArrayList<>();

        @Override
        public synchronized void onCall(HookCall call) {
            calls.add(call);
        }
    }
}
