package io.oktahooks.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/** Reads a request body up to a cap without ever buffering more than the cap (plus one byte). */
final class BodyReader {

    /** The body is larger than the cap, declared or actual; what is left of it was not read. */
    static final class BodyTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLarge() {
            super(null, null);
        }
    }

    private BodyReader() {}

    /**
     * The whole body.
     *
     * @throws BodyTooLarge when {@code Content-Length} or the bytes that arrive exceed {@code max}
     * @throws IOException when the stream fails
     */
    static byte[] read(HookHttpRequest request, int max) throws IOException {
        long declared = -1;
        Optional<String> contentLength = request.headers().first("Content-Length");
        if (contentLength.isPresent()) {
            try {
                declared = Long.parseLong(contentLength.get().trim());
            } catch (NumberFormatException e) {
                declared = -1; // unparseable: the server's business; the bounded read below still applies
            }
            if (declared > max) {
                throw new BodyTooLarge();
            }
        }
        InputStream in = request.body();
        // Trust a declared length only for the first allocation; the cap is enforced on what arrives.
        byte[] buffer = new byte[declared >= 0 ? (int) declared : Math.min(max + 1, 16 * 1024)];
        int size = 0;
        while (true) {
            if (size == buffer.length) {
                int next = in.read();
                if (next < 0) {
                    return buffer;
                }
                if (size + 1 > max) {
                    throw new BodyTooLarge();
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min(max + 1L, Math.max(16, buffer.length * 2L)));
                buffer[size++] = (byte) next;
                continue;
            }
            int read = in.read(buffer, size, buffer.length - size);
            if (read < 0) {
                break;
            }
            size += read;
            if (size > max) {
                throw new BodyTooLarge();
            }
        }
        return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
    }
}
