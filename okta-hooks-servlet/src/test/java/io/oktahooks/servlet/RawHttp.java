package io.oktahooks.servlet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for what an HTTP client library hides: header names exactly as
 * written, a repeated header, a declared length the body never reaches, a reply read while the
 * request body is still unfinished.
 */
final class RawHttp implements AutoCloseable {

    /** The status line and header lines of a reply, as they came off the wire. */
    record Head(int status, List<String> lines) {
        /** The values of a header, whatever the case of its name on the wire. */
        List<String> header(String name) {
            List<String> values = new ArrayList<>();
            for (String line : lines) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    values.add(line.substring(colon + 1).trim());
                }
            }
            return values;
        }
    }

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    RawHttp(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(5_000); // a reply must come while the request is unfinished, or the test fails
        out = socket.getOutputStream();
        in = socket.getInputStream();
    }

    /** Writes request text (CRLF line ends are the caller's). */
    RawHttp send(String text) throws IOException {
        return send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    RawHttp send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** Reads the status line and headers of the reply. */
    Head head() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed before the reply's headers ended: " + bytes);
            }
            bytes.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                    ? matched + 1
                    : (b == '\r' ? 1 : 0);
        }
        List<String> lines = List.of(bytes.toString(StandardCharsets.ISO_8859_1).split("\r\n"));
        String[] status = lines.get(0).split(" ");
        if (!status[0].toUpperCase(Locale.ROOT).startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1 reply: " + lines.get(0));
        }
        return new Head(Integer.parseInt(status[1]), lines.subList(1, lines.size()));
    }

    /** Reads the body of a reply with a {@code Content-Length}, as text. */
    String body(Head head) throws IOException {
        int length = Integer.parseInt(head.header("Content-Length").get(0));
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
