package io.oktahooks.benchmarks.httpstart;

import com.sun.net.httpserver.HttpServer;
import io.oktahooks.auth.HookAuth;
import io.oktahooks.auth.jwt.JwtAuthenticator;
import io.oktahooks.core.HookAuthenticator;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.core.token.TokenRequest;
import io.oktahooks.examples.JdkHttpServerRoute;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;

/**
 * Cold start, the SDK's side: the token hook as an SDK user serves it on the JDK's
 * {@code HttpServer} (the example's way: {@link JdkHttpServerRoute}), Basic credentials or Bearer
 * JWTs with the keys fetched over HTTPS before the port opens. Started in a fresh JVM by {@link HttpColdStart}.
 */
public final class SdkHttpService {

    private SdkHttpService() {}

    /**
     * Serves {@code /hooks/token} on loopback until killed.
     *
     * @param args {@code PORT basic USER PASSWORD} or {@code PORT bearer ISSUER CLIENT_ID JWKS_URI}
     */
    public static void main(String[] args) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HookAuthenticator authenticator;
        if (args[1].equals("basic")) {
            authenticator = HookAuth.basic(args[2], args[3]);
        } else {
            JwtAuthenticator jwt = HookAuth.jwt()
                    .issuer(args[2])
                    .audience(HttpColdStart.AUDIENCE)
                    .clientIds(args[3])
                    .jwksUri(args[4]) // https on loopback, trusted through -Djavax.net.ssl.trustStore
                    .build();
            jwt.warmUpOrFail(); // the keys, before the port opens
            authenticator = jwt;
        }
        HookEndpoint endpoint = HookEndpoint.builder()
                .authenticator(authenticator)
                .token(SdkHttpService::token)
                .build();
        HttpServer server = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])), 0);
        server.createContext("/hooks/token", new JdkHttpServerRoute(endpoint, HookType.TOKEN));
        server.setExecutor(Executors.newFixedThreadPool(HttpColdStart.THREADS));
        server.start();
    }

    private static HookResponse token(TokenRequest request) {
        String patientId = request.identity()
                .flatMap(token -> token.claims().string("preferred_username"))
                .map(HttpColdStart.PATIENTS::get)
                .orElse(null);
        return patientId == null
                ? HookResponse.empty(HookType.TOKEN)
                : request.respond().addIdTokenClaim("extPatientId", patientId).build();
    }
}
