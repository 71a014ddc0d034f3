package io.oktahooks.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.admin.LocalManagementApi;
import io.oktahooks.auth.HookAuth;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookHeaders;
import io.oktahooks.core.HookHttpRequest;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.testkit.simulator.OrgCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code okta-hooks register | execute | verify} end to end: the command line against the loopback
 * Management API, which calls an SDK endpoint in this JVM as Okta would call the deployed hook.
 */
class OrgCliTest {

    private static final String PASSWORD = "a-long-hook-password";

    private LocalManagementApi okta;
    private HookEndpoint endpoint;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Map<String, String> env = new HashMap<>(Map.of(
            "OKTA_API_TOKEN",
            LocalManagementApi.API_TOKEN,
            "HOOKS_BASIC_USER",
            "okta",
            "HOOKS_BASIC_PASSWORD",
            PASSWORD));

    @BeforeEach
    void start() throws IOException {
        endpoint = HookEndpoint.builder()
                .authenticator(HookAuth.basic("okta", PASSWORD))
                .token(request -> request.respond()
                        .addIdTokenClaim("extPatientId", "1235")
                        .build())
                .saml(request -> HookResponse.empty(HookType.SAML))
                .registration(request -> request.respond().allow().build())
                .userImport(request -> HookResponse.empty(HookType.USER_IMPORT))
                .passwordImport(request -> request.respond().verified(true).build())
                .telephony(
                        request -> request.respond().successful("LOCAL", "tx-1").build())
                .events(delivery -> {})
                .build();
        okta = LocalManagementApi.start().hookCaller(this::callHook);
    }

    @AfterEach
    void stop() {
        okta.close();
        endpoint.close();
    }

    private HookHttpResponse callHook(String method, String uri, Map<String, String> headers, byte[] body) {
        List<String> flat = new ArrayList<>();
        headers.forEach((name, value) -> {
            flat.add(name);
            flat.add(value);
        });
        HookHttpRequest request = HookHttpRequest.of(method, HookHeaders.of(flat.toArray(String[]::new)), body);
        return method.equals("GET") ? endpoint.handle(HookType.EVENT, request) : endpoint.handle(request);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return OrgCli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                env);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String org() {
        return okta.org().toString();
    }

    @Test
    void registerIsIdempotentAndExecuteRunsTheContractCheckOnOktasReply() {
        assertThat(run("register", "--org", org(), "--type", "token", "--url", "https://hooks.example.com/hooks/token"))
                .isZero();
        assertThat(out()).startsWith("created token hook 'okta-hooks token' (cal");
        String id = okta.inlineHooks().keySet().iterator().next();

        assertThat(run("register", "--org", org(), "--type", "token", "--url", "https://hooks.example.com/hooks/token"))
                .isZero();
        assertThat(out()).startsWith("updated token hook 'okta-hooks token' (" + id + "), ACTIVE");
        assertThat(okta.inlineHooks()).hasSize(1);

        assertThat(run(
                        "execute",
                        "--org",
                        org(),
                        "--hook",
                        "okta-hooks token",
                        "--type",
                        "token",
                        "--user",
                        "kim.sato@example.com"))
                .as(err())
                .isZero();
        assertThat(out())
                .contains("/api/v1/inlineHooks/" + id + "/execute")
                .contains("kim.sato@example.com")
                .contains("/claims/extPatientId")
                .contains("OK: the reply meets Okta's token hook contract");
        assertThat(run("execute", "--org", org(), "--hook", id, "--type", "token", "--fixture", "token-refresh"))
                .isZero();
        assertThat(out() + err()).doesNotContain(PASSWORD).doesNotContain(LocalManagementApi.API_TOKEN);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"saml", "registration", "progressive-profile", "user-import", "password-import", "telephony"})
    void everyInlineTypeIsRegisteredAndExecutedWithItsFixture(String type) {
        assertThat(run("register", "--org", org(), "--type", type, "--url", "https://hooks.example.com/hooks/" + type))
                .isZero();

        assertThat(run("execute", "--org", org(), "--hook", "okta-hooks " + type, "--type", type))
                .as(out() + err())
                .isZero();
        assertThat(out()).contains("OK: the reply meets Okta's");
    }

    @Test
    void aReplyThatBreaksTheContractExitsOne() {
        okta.hookCaller((method, uri, headers, body) -> new HookHttpResponse(
                200,
                Map.of("Content-Type", "application/json"),
                "{\"commands\":[{\"type\":\"com.okta.action.update\",\"value\":{\"registration\":\"ALLOW\"}}]}"
                        .getBytes(StandardCharsets.UTF_8)));
        run("register", "--org", org(), "--type", "token", "--url", "https://hooks.example.com/hooks/token");

        assertThat(run("execute", "--org", org(), "--hook", "okta-hooks token", "--type", "token"))
                .isEqualTo(1);
        assertThat(out()).contains("FAILED: 1 contract violation(s)").contains("does not belong to a token hook");
    }

    @Test
    void aHookOktaCannotCallIsOktasFourHundredAndExitsOne() {
        env.put("HOOKS_BASIC_PASSWORD", "another-long-password"); // the endpoint checks PASSWORD: 401 to Okta
        run("register", "--org", org(), "--type", "token", "--url", "https://hooks.example.com/hooks/token");

        assertThat(run("execute", "--org", org(), "--hook", "okta-hooks token", "--type", "token"))
                .isEqualTo(1);
        assertThat(err())
                .contains("execute inline hook: HTTP 400 E0000001")
                .contains("the external service answered HTTP 401");
    }

    @Test
    void anEventHookIsRegisteredWithAFilterAndVerified() {
        assertThat(
                        run(
                                "register",
                                "--org",
                                org(),
                                "--type",
                                "events",
                                "--url",
                                "https://hooks.example.com/hooks/events",
                                "--name",
                                "Groups",
                                "--event",
                                "group.user_membership.add",
                                "--event",
                                "user.lifecycle.deactivate",
                                "--filter",
                                "group.user_membership.add=event.target.?[type eq 'UserGroup' && displayName eq 'Sales'].size()>0"))
                .as(err())
                .isZero();
        assertThat(out())
                .contains("created event hook 'Groups' (who")
                .contains("UNVERIFIED")
                .contains(
                        "filter on group.user_membership.add: event.target.?[type eq 'UserGroup' && displayName eq 'Sales'].size() > 0")
                .contains("okta-hooks verify --org " + org());

        assertThat(run("verify", "--org", org(), "--hook", "Groups")).as(err()).isZero();
        assertThat(out()).contains("VERIFIED").contains("OK: Okta verified https://hooks.example.com/hooks/events");
    }

    @Test
    void aFailedVerificationExitsOneWithOktasCause() {
        okta.hookCaller((method, uri, headers, body) -> new HookHttpResponse(503, Map.of(), new byte[0]));
        run(
                "register",
                "--org",
                org(),
                "--type",
                "events",
                "--url",
                "https://hooks.example.com/e",
                "--event",
                "user.session.start");

        assertThat(run("verify", "--org", org(), "--hook", "okta-hooks events")).isEqualTo(1);
        assertThat(err()).contains("HTTP 400").contains("the external service answered HTTP 503");
    }

    @Test
    void oktaRefusalsExitOneWithTheirErrorCode() {
        env.put("OKTA_API_TOKEN", "00notTheToken");
        assertThat(run("register", "--org", org(), "--type", "token", "--url", "https://hooks.example.com/t"))
                .isEqualTo(1);
        assertThat(err()).contains("HTTP 401 E0000011: Invalid token provided").doesNotContain("00notTheToken");

        okta.readOnlyToken("00readOnly");
        env.put("OKTA_API_TOKEN", "00readOnly");
        assertThat(run("register", "--org", org(), "--type", "token", "--url", "https://hooks.example.com/t"))
                .isEqualTo(1);
        assertThat(err()).contains("HTTP 403 E0000006");

        env.put("OKTA_API_TOKEN", LocalManagementApi.API_TOKEN);
        okta.failNext(400, "E0000001", "Api validation failed: channel.config.uri");
        assertThat(run("register", "--org", org(), "--type", "token", "--url", "https://hooks.example.com/t"))
                .isEqualTo(1);
        assertThat(err()).contains("HTTP 400 E0000001: Api validation failed: channel.config.uri");

        okta.rateLimitNext(1, Instant.now().getEpochSecond());
        assertThat(run("register", "--org", org(), "--type", "token", "--url", "https://hooks.example.com/t"))
                .isZero();
        assertThat(run("execute", "--org", org(), "--hook", "no such hook", "--type", "token"))
                .isEqualTo(1);
        assertThat(err()).contains("no token hook with id or name 'no such hook'");
    }

    @Test
    void usageAndConnectionProblemsExitTwo() throws IOException {
        assertThat(run("deploy")).isEqualTo(2);
        assertThat(err()).contains("register, execute or verify");
        assertThat(run("register", "--type", "token")).isEqualTo(2);
        assertThat(err()).contains("--org is required");
        assertThat(run(
                        "register",
                        "--org",
                        "http://dev-123.okta.com",
                        "--type",
                        "token",
                        "--url",
                        "https://h.example.com"))
                .isEqualTo(2);
        assertThat(err()).contains("plain http only on a loopback host");
        assertThat(run("execute", "--org", org(), "--hook", "x", "--type", "events"))
                .isEqualTo(2);
        assertThat(err()).contains("event hooks have no execute call").doesNotContain(PASSWORD);
        assertThat(run(
                        "register",
                        "--org",
                        org(),
                        "--type",
                        "events",
                        "--url",
                        "https://h.example.com",
                        "--event",
                        "user.session.start",
                        "--filter",
                        "user.session.start=event.actor.login eq 'x'"))
                .isEqualTo(2);
        assertThat(err()).contains("'event.actor.login' is not a field Okta's event hook filters support");
        assertThat(run("register", "--org", org(), "--type", "token", "--url", "http://h.example.com"))
                .isEqualTo(2);
        assertThat(err()).contains("https://");
        assertThat(run(
                        "register",
                        "--org",
                        org(),
                        "--type",
                        "token",
                        "--url",
                        "https://h.example.com",
                        "--password",
                        "x"))
                .isEqualTo(2);
        assertThat(err()).contains("unknown argument '--password'");

        env.put("HOOKS_BASIC_PASSWORD", "supersecret");
        assertThat(run("register", "--org", org(), "--type", "token", "--url", "https://h.example.com"))
                .isEqualTo(2);
        assertThat(err()).contains("a password of its own");
        env.remove("OKTA_API_TOKEN");
        assertThat(run("verify", "--org", org(), "--hook", "x")).isEqualTo(2);
        assertThat(err()).contains("no Okta credentials: set OKTA_API_TOKEN");

        env.put("OKTA_API_TOKEN", LocalManagementApi.API_TOKEN);
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertThat(run("verify", "--org", "http://127.0.0.1:" + closed, "--hook", "x"))
                .isEqualTo(2);
        assertThat(err()).contains("cannot complete the call to http://127.0.0.1:" + closed);
        assertThat(okta.requests()).isEmpty();
    }
}
