package io.oktahooks.testkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.HookParseException;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.testkit.fixtures.Fixture;
import io.oktahooks.testkit.fixtures.FixtureBuilder;
import io.oktahooks.testkit.tokens.BasicAuth;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code okta-hooks simulate}: play Okta against a running endpoint from the command line.
 *
 * <pre>
 * okta-hooks simulate --type token --url http://localhost:8082/hooks/token
 *                     [--fixture FILE|FIXTURE_NAME] [--user LOGIN] [--header 'Name: value']...
 *                     [--challenge VALUE]   (with --type verification) [--no-auth]
 * </pre>
 * Prints the request, the reply and each violation; exits 0 when the reply meets the contract, 1
 * when it does not, 2 for usage or connection errors.
 */
public final class SimulatorCli {

    /** The fixture each {@code --type} sends by default (shared with {@link OrgCli}). */
    static final Map<String, Fixture> DEFAULTS = Map.of(
            "token", Fixture.TOKEN_AUTHORIZATION_CODE,
            "saml", Fixture.SAML,
            "registration", Fixture.REGISTRATION_SELF_SERVICE,
            "progressive-profile", Fixture.REGISTRATION_PROGRESSIVE_PROFILE,
            "user-import", Fixture.USER_IMPORT_CREATE,
            "password-import", Fixture.PASSWORD_IMPORT,
            "telephony", Fixture.TELEPHONY_MFA_VERIFICATION_SMS,
            "events", Fixture.EVENT_DELIVERY_MANY);

    private static final String USAGE = """
            usage: okta-hooks simulate --type TYPE --url URL [--fixture FILE|NAME] [--user LOGIN]
                                       [--header 'Name: value']... [--challenge VALUE] [--no-auth]
              TYPE: token, saml, registration, progressive-profile, user-import, password-import,
                    telephony, events, verification (the event hook's one-time GET)
              auth: without an Authorization header, Basic from HOOKS_BASIC_USER / HOOKS_BASIC_PASSWORD
                    (default admin / supersecret, the example's defaults); --no-auth sends none
              exit: 0 the reply meets Okta's contract, 1 it does not, 2 usage or connection error""";

    private SimulatorCli() {}

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    /**
     * Runs the command line; returns the exit status. Without an {@code Authorization} header and
     * without {@code --no-auth}, it sends Basic credentials from {@code HOOKS_BASIC_USER} /
     * {@code HOOKS_BASIC_PASSWORD} in {@code env} (default {@code admin} / {@code supersecret}, the
     * example service's defaults from Okta's guides).
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        boolean noAuth = false;
        String type = null;
        String url = null;
        String fixtureArg = null;
        String user = null;
        String challenge = "okta-hooks-simulator-challenge";
        List<String[]> headers = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--type" -> type = value(args, ++i, arg).toLowerCase(Locale.ROOT);
                    case "--url" -> url = value(args, ++i, arg);
                    case "--fixture" -> fixtureArg = value(args, ++i, arg);
                    case "--user" -> user = value(args, ++i, arg);
                    case "--challenge" -> challenge = value(args, ++i, arg);
                    case "--header" -> {
                        String header = value(args, ++i, arg);
                        int colon = header.indexOf(':');
                        if (colon <= 0) {
                            throw new IllegalArgumentException("--header takes 'Name: value', not '" + header + "'");
                        }
                        headers.add(new String[] {
                            header.substring(0, colon).trim(),
                            header.substring(colon + 1).trim()
                        });
                    }
                    case "--no-auth" -> noAuth = true;
                    case "-h", "--help" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
                }
            }
            if (type == null || url == null) {
                throw new IllegalArgumentException("--type and --url are required");
            }
            if (!type.equals("verification") && !DEFAULTS.containsKey(type)) {
                throw new IllegalArgumentException("unknown --type '" + type + "'");
            }
            OktaSimulator simulator = OktaSimulator.to(url);
            headers.forEach(h -> simulator.header(h[0], h[1]));
            if (!noAuth && headers.stream().noneMatch(h -> h[0].equalsIgnoreCase("Authorization"))) {
                simulator.header(
                        "Authorization",
                        BasicAuth.header(
                                env.getOrDefault("HOOKS_BASIC_USER", "admin"),
                                env.getOrDefault("HOOKS_BASIC_PASSWORD", "supersecret")));
            }
            SimulationReport report;
            if (type.equals("verification")) {
                report = simulator.verify(challenge);
            } else {
                Fixture defaultFixture = defaultFixture(type);
                byte[] body = body(defaultFixture, fixtureArg, user);
                report = simulator.send(defaultFixture.type(), body);
            }
            print(report, out);
            return report.passed() ? 0 : 1;
        } catch (IllegalArgumentException | IllegalStateException | HookParseException e) {
            err.println("okta-hooks simulate: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("okta-hooks simulate: cannot reach " + url + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return 2;
        }
    }

    static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    /** The default fixture of a {@code --type} the option parser accepted. */
    static Fixture defaultFixture(String type) {
        return Objects.requireNonNull(DEFAULTS.get(type), type);
    }

    /** The payload to send: the type's default fixture, a named fixture or a file, with {@code --user} applied. */
    static byte[] body(Fixture defaultFixture, @Nullable String fixtureArg, @Nullable String user) throws IOException {
        FixtureBuilder builder;
        if (fixtureArg == null) {
            builder = defaultFixture.builder();
        } else if (Files.isRegularFile(Path.of(fixtureArg))) {
            JsonNode json = HookJson.readTree(Files.readAllBytes(Path.of(fixtureArg)));
            if (user == null) {
                return HookJson.toBytes(json);
            }
            builder = FixtureBuilder.of(defaultFixture.type(), json);
        } else {
            Fixture named;
            try {
                named = Fixture.valueOf(fixtureArg.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "--fixture '" + fixtureArg + "' is neither a file nor a fixture name");
            }
            if (named.type() != defaultFixture.type()) {
                throw new IllegalArgumentException(
                        "fixture " + named + " is a " + named.type().displayName() + " payload");
            }
            builder = named.builder();
        }
        if (user != null) {
            builder.user(user);
        }
        return builder.bytes();
    }

    private static void print(SimulationReport report, PrintStream out) {
        out.println("> " + report.method() + " " + report.url());
        report.requestHeaders().forEach((name, value) -> out.println("> " + name + ": " + value));
        if (report.requestBody().length > 0) {
            out.println(">");
            out.println(pretty(report.requestBody()));
        }
        out.println();
        if (report.reply() == null) {
            out.println("< (no reply within Okta's timeout)");
        } else {
            out.println(
                    "< " + report.reply().status() + "  (" + report.elapsed().toMillis() + " ms)");
            report.reply().headers().forEach((name, value) -> out.println("< " + name + ": " + value));
            if (report.reply().body().length > 0) {
                out.println("<");
                out.println(pretty(report.reply().body()));
            }
        }
        out.println();
        if (report.passed()) {
            out.println("OK: the reply meets Okta's " + report.type().displayName() + " contract");
        } else {
            out.println("FAILED: " + report.violations().size() + " contract violation(s)");
            report.violations().forEach(v -> out.println("  - " + v));
        }
    }

    static String pretty(byte[] json) {
        try {
            return HookJson.writer().withDefaultPrettyPrinter().writeValueAsString(HookJson.readTree(json));
        } catch (IOException | HookParseException e) {
            String text = new String(json, StandardCharsets.UTF_8);
            return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
        }
    }
}
