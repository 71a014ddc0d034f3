package io.oktahooks.testkit.simulator;

import io.oktahooks.admin.ChannelAuth;
import io.oktahooks.admin.EventFilter;
import io.oktahooks.admin.EventHook;
import io.oktahooks.admin.EventHookSpec;
import io.oktahooks.admin.InlineHook;
import io.oktahooks.admin.InlineHookSpec;
import io.oktahooks.admin.OktaAdminClient;
import io.oktahooks.admin.OktaApiException;
import io.oktahooks.admin.OktaCredentials;
import io.oktahooks.admin.Registration;
import io.oktahooks.core.HookHttpResponse;
import io.oktahooks.core.HookParseException;
import io.oktahooks.core.HookRequest;
import io.oktahooks.core.HookType;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.testkit.fixtures.Fixture;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code okta-hooks register | execute | verify}: put a hook into a live Okta org and try it there,
 * through Okta's Management API ({@link OktaAdminClient}).
 *
 * <pre>
 * okta-hooks register --org https://{yourOktaDomain} --type TYPE --url URL [--name NAME] [hook auth options]
 *                     [--event EVENT_TYPE]... [--filter 'EVENT_TYPE=EXPRESSION']...   (with --type events)
 * okta-hooks execute  --org https://{yourOktaDomain} --hook ID|NAME --type TYPE [--fixture FILE|NAME] [--user LOGIN]
 * okta-hooks verify   --org https://{yourOktaDomain} --hook ID|NAME
 * </pre>
 * {@code register} is idempotent (it finds the hook by name and replaces it); {@code execute} has
 * Okta send a testkit fixture to the deployed hook and checks the reply Okta passes back with
 * {@link ResponseContract} (the request-dependent rules included); {@code verify} has Okta verify an event hook. Okta credentials and hook
 * secrets come from the environment only and are never printed. Exit 0 done, 1 Okta refused or the
 * reply breaks the contract, 2 usage or connection error (as {@code simulate}).
 */
public final class OrgCli {

    private static final String USAGE = """
            usage: okta-hooks register --org https://{yourOktaDomain} --type TYPE --url URL [--name NAME] [hook auth]
                                       [--event EVENT_TYPE]... [--filter 'EVENT_TYPE=EXPRESSION']...   (--type events)
                   okta-hooks execute  --org https://{yourOktaDomain} --hook ID|NAME --type TYPE [--fixture FILE|NAME] [--user LOGIN]
                   okta-hooks verify   --org https://{yourOktaDomain} --hook ID|NAME
              TYPE: token, saml, registration (or progressive-profile), user-import, password-import, telephony;
                    events (register only)
              Okta credentials, from the environment only: OKTA_API_TOKEN, or OKTA_CLIENT_ID and OKTA_PRIVATE_KEY_FILE
                    [OKTA_PRIVATE_KEY_ID] (a service app with private_key_jwt and okta.inlineHooks.manage /
                    okta.eventHooks.manage)
              hook auth (how Okta proves itself to your hook; secrets from the environment only):
                    (default)                 Basic: HOOKS_BASIC_USER (default admin), HOOKS_BASIC_PASSWORD (required)
                    --auth header --header-name NAME        the value from HOOKS_HEADER_SECRET
                    --auth oauth --client-id ID --token-url URL [--scope SCOPE] [--hook-key-id KEY_ID]
                                              inline hooks only: private_key_jwt with the hook key, else
                                              client_secret_post with HOOKS_OAUTH_CLIENT_SECRET
              --name: default 'okta-hooks TYPE'; register finds the hook by it
              --filter: an Okta Expression Language filter of the documented subset, e.g.
                    'group.user_membership.add=event.target.?[type eq '\\''UserGroup'\\''].size() > 0'
              exit: 0 done (execute: the reply meets Okta's contract; verify: verified), 1 Okta refused or the reply
                    breaks the contract, 2 usage or connection error""";

    private static final Set<String> REPEATED = Set.of("--event", "--filter");
    private static final Set<String> OPTIONS = Set.of(
            "--org",
            "--type",
            "--url",
            "--name",
            "--auth",
            "--header-name",
            "--client-id",
            "--token-url",
            "--scope",
            "--hook-key-id",
            "--hook",
            "--fixture",
            "--user",
            "--event",
            "--filter");

    private OrgCli() {}

    /** Runs {@code args[0]} (register, execute or verify) and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    /**
     * Runs a command; returns the exit status.
     *
     * @param args the command ({@code register}, {@code execute} or {@code verify}) and its options
     * @param env where credentials and secrets are read ({@code OKTA_API_TOKEN}, {@code HOOKS_BASIC_PASSWORD}, ...)
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        String command = args.length == 0 ? "" : args[0];
        Map<String, String> options = new HashMap<>();
        Map<String, List<String>> repeated = new HashMap<>();
        OktaAdminClient okta;
        try {
            if (!Set.of("register", "execute", "verify").contains(command)) {
                if (command.equals("-h") || command.equals("--help")) {
                    out.println(USAGE);
                    return 0;
                }
                throw new IllegalArgumentException("the command is register, execute or verify, not '" + command + "'");
            }
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("-h") || arg.equals("--help")) {
                    out.println(USAGE);
                    return 0;
                }
                if (!OPTIONS.contains(arg)) {
                    throw new IllegalArgumentException("unknown argument '" + arg + "'");
                }
                String value = SimulatorCli.value(args, ++i, arg);
                if (REPEATED.contains(arg)) {
                    repeated.computeIfAbsent(arg, k -> new ArrayList<>()).add(value);
                } else if (options.put(arg, value) != null) {
                    throw new IllegalArgumentException(arg + " is given twice");
                }
            }
            String org = required(options, "--org");
            okta = OktaAdminClient.builder(URI.create(org), OktaCredentials.fromEnvironment(env))
                    .build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            return usage(command, e.getMessage(), err);
        }
        try {
            return switch (command) {
                case "register" -> register(okta, options, repeated, env, out);
                case "execute" -> execute(okta, options, out);
                default -> verify(okta, options, out);
            };
        } catch (IllegalArgumentException e) {
            return usage(command, e.getMessage(), err);
        } catch (OktaApiException | IllegalStateException e) {
            err.println("okta-hooks " + command + ": " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("okta-hooks " + command + ": cannot complete the call to " + okta.org() + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return 2;
        }
    }

    private static int usage(String command, @Nullable String message, PrintStream err) {
        err.println("okta-hooks " + (command.isEmpty() ? "" : command + ": ") + message);
        err.println(USAGE);
        return 2;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    private static String type(Map<String, String> options, boolean eventsAllowed) {
        String type = required(options, "--type").toLowerCase(Locale.ROOT);
        if (type.equals("events") && !eventsAllowed) {
            throw new IllegalArgumentException(
                    "event hooks have no execute call; check one with: okta-hooks verify --org ... --hook ID|NAME");
        }
        if (!type.equals("events") && !SimulatorCli.DEFAULTS.containsKey(type)) {
            throw new IllegalArgumentException("unknown --type '" + type + "'");
        }
        return type;
    }

    // ------------------------------------------------------------------------------------- register

    private static int register(
            OktaAdminClient okta,
            Map<String, String> options,
            Map<String, List<String>> repeated,
            Map<String, String> env,
            PrintStream out)
            throws IOException {
        String type = type(options, true);
        URI url = URI.create(required(options, "--url"));
        String name = options.getOrDefault("--name", "okta-hooks " + type);
        ChannelAuth auth = auth(options, env, type.equals("events"));
        if (!type.equals("events")) {
            if (repeated.containsKey("--event") || repeated.containsKey("--filter")) {
                throw new IllegalArgumentException("--event and --filter are for --type events");
            }
            HookType hookType = SimulatorCli.defaultFixture(type).type();
            Registration<InlineHook> registration =
                    okta.registerInlineHook(new InlineHookSpec(name, hookType, url, auth));
            InlineHook hook = registration.hook();
            out.println((registration.created() ? "created " : "updated ") + hookType.displayName() + " '" + hook.name()
                    + "' (" + hook.id() + "), " + hook.status() + ", " + hook.channelType() + " channel to "
                    + hook.uri());
            out.println("try it through Okta: okta-hooks execute --org " + okta.org() + " --hook " + hook.id()
                    + " --type " + type);
            return 0;
        }
        List<String> events = repeated.getOrDefault("--event", List.of());
        if (events.isEmpty()) {
            throw new IllegalArgumentException(
                    "--type events needs at least one --event EVENT_TYPE (e.g. user.lifecycle.deactivate)");
        }
        EventHookSpec spec = EventHookSpec.of(name, url, auth, events);
        for (String filter : repeated.getOrDefault("--filter", List.of())) {
            int eq = filter.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--filter takes 'EVENT_TYPE=EXPRESSION'");
            }
            spec = spec.withFilter(filter.substring(0, eq).trim(), EventFilter.parse(filter.substring(eq + 1)));
        }
        Registration<EventHook> registration = okta.registerEventHook(spec);
        EventHook hook = registration.hook();
        out.println((registration.created() ? "created " : "updated ") + "event hook '" + hook.name() + "' ("
                + hook.id() + "), " + hook.status() + ", " + hook.verificationStatus() + ", to " + hook.uri()
                + ", events " + String.join(", ", hook.events()));
        hook.filters().forEach((event, expression) -> out.println("  filter on " + event + ": " + expression));
        if (!hook.verified()) {
            out.println("Okta delivers only to verified hooks: okta-hooks verify --org " + okta.org() + " --hook "
                    + hook.id());
        }
        return 0;
    }

    /** The hook's authentication, secrets from the environment only. */
    private static ChannelAuth auth(Map<String, String> options, Map<String, String> env, boolean eventHook) {
        String kind = options.getOrDefault("--auth", "basic").toLowerCase(Locale.ROOT);
        switch (kind) {
            case "basic" -> {
                String password = env.get("HOOKS_BASIC_PASSWORD");
                if (password == null || password.isEmpty()) {
                    throw new IllegalArgumentException(
                            "set HOOKS_BASIC_PASSWORD (and HOOKS_BASIC_USER) to the credentials your hook "
                                    + "checks; they are sent to Okta, never taken from arguments");
                }
                if (password.equals("supersecret")) {
                    throw new IllegalArgumentException(
                            "HOOKS_BASIC_PASSWORD is Okta's guide password 'supersecret'; a hook on a "
                                    + "public URL needs a password of its own (set the same one for the service)");
                }
                return ChannelAuth.basic(env.getOrDefault("HOOKS_BASIC_USER", "admin"), password);
            }
            case "header" -> {
                String secret = env.get("HOOKS_HEADER_SECRET");
                if (secret == null) {
                    throw new IllegalArgumentException("--auth header takes its value from HOOKS_HEADER_SECRET");
                }
                return ChannelAuth.header(required(options, "--header-name"), secret);
            }
            case "oauth" -> {
                if (eventHook) {
                    throw new IllegalArgumentException(
                            "event hooks support only header authentication (--auth basic or header)");
                }
                URI tokenUrl = URI.create(required(options, "--token-url"));
                String clientId = required(options, "--client-id");
                String scope = options.get("--scope");
                if (options.containsKey("--hook-key-id")) {
                    return ChannelAuth.oauthPrivateKey(tokenUrl, clientId, options.get("--hook-key-id"), scope);
                }
                String secret = env.get("HOOKS_OAUTH_CLIENT_SECRET");
                if (secret == null) {
                    throw new IllegalArgumentException(
                            "--auth oauth needs --hook-key-id (private_key_jwt) or HOOKS_OAUTH_CLIENT_SECRET "
                                    + "(client_secret_post)");
                }
                return ChannelAuth.oauthClientSecret(tokenUrl, clientId, secret, scope);
            }
            default -> throw new IllegalArgumentException("--auth is basic, header or oauth, not '" + kind + "'");
        }
    }

    // -------------------------------------------------------------------------------------- execute

    private static int execute(OktaAdminClient okta, Map<String, String> options, PrintStream out) throws IOException {
        String type = type(options, false);
        Fixture defaultFixture = SimulatorCli.defaultFixture(type);
        HookType hookType = defaultFixture.type();
        String wanted = required(options, "--hook");
        byte[] payload;
        HookRequest request;
        try {
            payload = SimulatorCli.body(defaultFixture, options.get("--fixture"), options.get("--user"));
            request = Fixture.parse(hookType, HookJson.readTree(payload));
        } catch (HookParseException e) {
            throw new IllegalArgumentException("--fixture: " + e.getMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("--fixture: cannot read " + options.get("--fixture"));
        }
        List<InlineHook> found = okta.listInlineHooks(hookType).stream()
                .filter(h -> h.id().equals(wanted) || h.name().equals(wanted))
                .toList();
        if (found.size() != 1) {
            throw new IllegalStateException(
                    found.isEmpty()
                            ? "no " + hookType.displayName() + " with id or name '" + wanted + "' in " + okta.org()
                                    + " (register it first)"
                            : found.size() + " " + hookType.displayName() + "s are named '" + wanted
                                    + "'; pass the id");
        }
        InlineHook hook = found.get(0);
        out.println("> POST " + okta.org() + "/api/v1/inlineHooks/" + hook.id() + "/execute   (" + hook.name() + ", "
                + hook.uri() + ")");
        out.println(">");
        out.println(SimulatorCli.pretty(payload));
        out.println();
        HookHttpResponse reply = okta.executeInlineHook(hook.id(), payload);
        out.println("< " + reply.status() + "  (the hook's reply, as Okta passed it back)");
        if (reply.body().length > 0) {
            out.println("<");
            out.println(SimulatorCli.pretty(reply.body()));
        }
        out.println();
        List<ContractViolation> violations = ResponseContract.check(request, reply);
        if (violations.isEmpty()) {
            out.println("OK: the reply meets Okta's " + hookType.displayName() + " contract");
            return 0;
        }
        out.println("FAILED: " + violations.size() + " contract violation(s)");
        violations.forEach(v -> out.println("  - " + v));
        return 1;
    }

    // --------------------------------------------------------------------------------------- verify

    private static int verify(OktaAdminClient okta, Map<String, String> options, PrintStream out) throws IOException {
        String wanted = required(options, "--hook");
        Map<String, EventHook> byId = new LinkedHashMap<>();
        okta.listEventHooks().stream()
                .filter(h -> h.id().equals(wanted) || h.name().equals(wanted))
                .forEach(h -> byId.put(h.id(), h));
        if (byId.size() != 1) {
            throw new IllegalStateException(
                    byId.isEmpty()
                            ? "no event hook with id or name '" + wanted + "' in " + okta.org() + " (register it first)"
                            : byId.size() + " event hooks are named '" + wanted + "'; pass the id");
        }
        EventHook hook = okta.verifyEventHook(byId.keySet().iterator().next());
        out.println("event hook '" + hook.name() + "' (" + hook.id() + "): " + hook.verificationStatus() + ", "
                + hook.status());
        if (!hook.verified()) {
            out.println("FAILED: Okta did not mark the hook verified");
            return 1;
        }
        out.println("OK: Okta verified " + hook.uri()
                + (hook.active() ? "; it delivers the subscribed events there" : "; activate it"));
        return 0;
    }
}
