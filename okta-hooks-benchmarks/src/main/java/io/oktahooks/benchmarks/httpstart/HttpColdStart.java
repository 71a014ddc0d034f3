package io.oktahooks.benchmarks.httpstart;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.oktahooks.testkit.tokens.LocalAuthorizationServer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Cold start of a token hook service on the JDK's {@code HttpServer}: for each sample a fresh JVM
 * runs {@link SdkHttpService} or {@link HandWrittenHttpService} (Basic, or Bearer with the keys
 * fetched before the port opens from a JWKS this process serves over HTTPS on loopback, as Okta
 * serves its keys only over HTTPS), and this process
 * measures from just before starting it to the first answered token call: it polls the port every
 * millisecond until it accepts, posts the testkit's token fixture, reads and checks the reply
 * ({@code 200} with the {@code extPatientId} patch for {@code 1235}). Variants are interleaved,
 * their order rotated each round; one unrecorded round warms the disk cache first. Prints every
 * sample and, per variant, the median, min and max, and the SDK-to-hand-written ratio of medians.
 * Run by {@code http-cold-start.sh}, which makes the loopback certificate: a PKCS#12 key store for
 * this process ({@code -Dokta.hooks.bench.tls.keyStore}) and a copy of the JDK's {@code cacerts}
 * with that certificate added, which both services get as their {@code javax.net.ssl.trustStore}
 * (so both initialise TLS as they would against Okta, with the JDK's whole trust store).
 */
public final class HttpColdStart {

    static final String AUDIENCE = LocalAuthorizationServer.DEFAULT_AUDIENCE;
    static final Map<String, String> PATIENTS =
            Map.of("jessie.smith@example.com", "1235", "kim.sato@example.com", "6789");
    /** Worker threads of both services' executors: the example service's pool, or {@code -Dokta.hooks.bench.threads}. */
    static final int THREADS = Integer.getInteger(
            "okta.hooks.bench.threads", Math.max(8, Runtime.getRuntime().availableProcessors() * 4));

    private static final String USER = "okta";
    private static final String PASSWORD = "correct-horse-battery-staple";
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(60);
    /** The password of the script's key and trust stores (the JDK's own for {@code cacerts}). */
    private static final char[] STORE_PASSWORD = "changeit".toCharArray();

    private HttpColdStart() {}

    /**
     * Runs the samples and prints them and the summary.
     *
     * @param args {@code RUNS SERVICE_CLASS_PATH [JVM options of the services...]}
     */
    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        String classPath = args[1];
        List<String> jvmOptions = new ArrayList<>(Arrays.asList(args).subList(2, args.length));
        Path keyStore = Path.of(requiredProperty("okta.hooks.bench.tls.keyStore"));
        Path trustStore = Path.of(requiredProperty("okta.hooks.bench.tls.trustStore"));
        String printedOptions = jvmOptions.isEmpty() ? "none" : String.join(" ", jvmOptions);
        jvmOptions.add("-Djavax.net.ssl.trustStore=" + trustStore);
        jvmOptions.add("-Djavax.net.ssl.trustStorePassword=" + new String(STORE_PASSWORD));
        byte[] body;
        try (InputStream in = HttpColdStart.class
                .getClassLoader()
                .getResourceAsStream("io/oktahooks/testkit/fixtures/token-authorization-code.json")) {
            body = Objects.requireNonNull(in, "the testkit's token fixture is not on the class path")
                    .readAllBytes();
        }
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        String[] variants = {"sdk basic", "hand-written basic", "sdk bearer", "hand-written bearer"};
        for (String variant : variants) {
            samples.put(variant, new ArrayList<>());
        }
        File log = File.createTempFile("http-cold-start", ".log");
        HttpsServer jwks = httpsJwks(keyStore);
        try (LocalAuthorizationServer okta = LocalAuthorizationServer.create().start()) {
            jwks.createContext("/oauth2/aushooks/v1/keys", exchange -> {
                try (exchange) {
                    byte[] keys = okta.jwks().toString().getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, keys.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(keys);
                    }
                }
            });
            jwks.start();
            String jwksUri = "https://127.0.0.1:" + jwks.getAddress().getPort() + "/oauth2/aushooks/v1/keys";
            for (int round = 0; round <= runs; round++) {
                for (int i = 0; i < variants.length; i++) {
                    String variant = variants[(i + round) % variants.length];
                    String authorization = variant.endsWith("basic")
                            ? "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))
                            : okta.token().header();
                    List<String> command = new ArrayList<>();
                    command.add(Path.of(System.getProperty("java.home"), "bin", "java")
                            .toString());
                    command.addAll(jvmOptions);
                    command.add("-cp");
                    command.add(classPath);
                    command.add(
                            variant.startsWith("sdk")
                                    ? SdkHttpService.class.getName()
                                    : HandWrittenHttpService.class.getName());
                    int port = freePort();
                    command.add(Integer.toString(port));
                    if (variant.endsWith("basic")) {
                        command.addAll(List.of("basic", USER, PASSWORD));
                    } else {
                        command.addAll(
                                List.of("bearer", okta.issuer(), LocalAuthorizationServer.DEFAULT_CLIENT_ID, jwksUri));
                    }
                    double ms = sample(command, port, authorization, body, log);
                    if (round > 0) {
                        Objects.requireNonNull(samples.get(variant)).add(ms);
                        System.out.printf(
                                Locale.ROOT,
                                "sample round=%d variant=%s ms=%.1f%n",
                                round,
                                variant.replace(' ', '-'),
                                ms);
                    }
                }
            }
        } finally {
            jwks.stop(0);
        }
        System.out.printf(Locale.ROOT, "%-20s %8s %8s %8s %8s%n", "variant", "median", "min", "max", "samples");
        for (Map.Entry<String, List<Double>> entry : samples.entrySet()) {
            List<Double> values = entry.getValue();
            values.sort(null);
            System.out.printf(
                    Locale.ROOT,
                    "%-20s %8.1f %8.1f %8.1f %8d%n",
                    entry.getKey(),
                    median(values),
                    values.get(0),
                    values.get(values.size() - 1),
                    values.size());
        }
        for (String auth : List.of("basic", "bearer")) {
            System.out.printf(
                    Locale.ROOT,
                    "ratio %s: SDK / hand-written median = %.2f%n",
                    auth,
                    median(Objects.requireNonNull(samples.get("sdk " + auth)))
                            / median(Objects.requireNonNull(samples.get("hand-written " + auth))));
        }
        System.out.println("(ms from starting the JVM to the first answered token call; bearer keys over HTTPS"
                + " from " + trustStore.getFileName() + "; service JVM options: " + printedOptions + ")");
    }

    private static double sample(List<String> command, int port, String authorization, byte[] body, File log)
            throws IOException, InterruptedException {
        byte[] head = ("POST /hooks/token HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: " + authorization
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                        + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                .start();
        try {
            while (true) {
                try (Socket socket = new Socket()) {
                    socket.connect(address, 1000);
                    socket.setTcpNoDelay(true);
                    OutputStream out = socket.getOutputStream();
                    out.write(head);
                    out.write(body);
                    out.flush();
                    String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    double ms = (System.nanoTime() - start) / 1e6;
                    if (!reply.startsWith("HTTP/1.1 200")
                            || !reply.contains("/claims/extPatientId")
                            || !reply.contains("\"1235\"")) {
                        throw new IllegalStateException(
                                "unexpected reply from " + command + ": " + reply + " (log: " + log + ")");
                    }
                    return ms;
                } catch (ConnectException notYet) {
                    if (!process.isAlive() || System.nanoTime() - start > GIVE_UP_NANOS) {
                        throw new IllegalStateException(
                                "the service did not answer: " + command + " (log: " + log + ")");
                    }
                    Thread.sleep(1);
                }
            }
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    /** An HTTPS server on a loopback port with the script's certificate for {@code 127.0.0.1}. */
    private static HttpsServer httpsJwks(Path keyStore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, STORE_PASSWORD);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, STORE_PASSWORD);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        return server;
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("-D" + name + " is not set: run http-cold-start.sh, which makes the"
                    + " loopback certificate and passes it");
        }
        return value;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
