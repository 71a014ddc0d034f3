package io.oktahooks.benchmarks.httpstart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * Cold start, the baseline: the token hook a competent developer writes by hand in about forty
 * lines on the JDK's {@code HttpServer} with Jackson and nimbus: a constant-time Basic compare, or
 * nimbus's {@code DefaultJWTProcessor} over the JWKS fetched once at start-up over HTTPS (issuer, audience,
 * client id and expiry checked); a Jackson tree in, the patch built by hand out. No body cap, no
 * content-type check, no hardened parsing, no response rules. Started in a fresh JVM by
 * {@link HttpColdStart}.
 */
public final class HandWrittenHttpService {

    private HandWrittenHttpService() {}

    /**
     * Serves {@code /hooks/token} on loopback until killed.
     *
     * @param args {@code PORT basic USER PASSWORD} or {@code PORT bearer ISSUER CLIENT_ID JWKS_URI}
     */
    public static void main(String[] args) throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        ObjectMapper mapper = new ObjectMapper();
        Predicate<String> authorized;
        if (args[1].equals("basic")) {
            byte[] expected = ("Basic "
                            + Base64.getEncoder()
                                    .encodeToString((args[2] + ":" + args[3]).getBytes(StandardCharsets.UTF_8)))
                    .getBytes(StandardCharsets.UTF_8);
            authorized = header ->
                    header != null && MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8));
        } else {
            JWKSet keys = JWKSet.load(
                    URI.create(args[4]).toURL(), 1000, 1000, 0); // the keys over HTTPS, before the port opens
            DefaultJWTProcessor<SecurityContext> jwt = new DefaultJWTProcessor<>();
            jwt.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(keys)));
            jwt.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                    HttpColdStart.AUDIENCE,
                    new JWTClaimsSet.Builder()
                            .issuer(args[2])
                            .claim("cid", args[3])
                            .build(),
                    Set.of("exp", "iat")));
            authorized = header -> {
                try {
                    return header != null
                            && header.startsWith("Bearer ")
                            && jwt.process(header.substring(7), null) != null;
                } catch (Exception e) {
                    return false;
                }
            };
        }
        HttpServer server = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])), 0);
        server.createContext("/hooks/token", exchange -> {
            try (exchange) {
                if (!"POST".equals(exchange.getRequestMethod())
                        || !authorized.test(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    exchange.sendResponseHeaders(401, -1);
                    return;
                }
                JsonNode root;
                try {
                    root = mapper.readTree(exchange.getRequestBody());
                } catch (IOException e) {
                    exchange.sendResponseHeaders(400, -1);
                    return;
                }
                String user =
                        root.at("/data/identity/claims/preferred_username").asText(null);
                String patientId = user == null ? null : HttpColdStart.PATIENTS.get(user);
                if (patientId == null) {
                    exchange.sendResponseHeaders(204, -1);
                    return;
                }
                ObjectNode response = mapper.createObjectNode();
                ObjectNode command = response.putArray("commands").addObject().put("type", "com.okta.identity.patch");
                command.putArray("value")
                        .addObject()
                        .put("op", "add")
                        .put("path", "/claims/extPatientId")
                        .put("value", patientId);
                byte[] body = mapper.writeValueAsBytes(response);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(HttpColdStart.THREADS));
        server.start();
    }
}
