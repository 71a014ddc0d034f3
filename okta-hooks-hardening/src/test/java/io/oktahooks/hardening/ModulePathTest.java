package io.oktahooks.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Core and auth are real JPMS modules: they resolve on the module path with only their declared
 * dependencies, export their API packages and nothing else (the internal package only to the SDK's
 * own modules), and serve a hook call from inside a module layer.
 */
class ModulePathTest {

    private static final Set<String> CORE_API = Set.of(
            "io.oktahooks.core",
            "io.oktahooks.core.context",
            "io.oktahooks.core.error",
            "io.oktahooks.core.event",
            "io.oktahooks.core.passwordimport",
            "io.oktahooks.core.registration",
            "io.oktahooks.core.saml",
            "io.oktahooks.core.telephony",
            "io.oktahooks.core.token",
            "io.oktahooks.core.userimport");
    private static final Set<String> AUTH_API =
            Set.of("io.oktahooks.auth", "io.oktahooks.auth.jwt", "io.oktahooks.auth.secret");

    /** The SDK's two modules and the libraries they declare, as they sit on this test's class path. */
    private static Path[] modulePath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.matches(".*(okta-hooks-core|okta-hooks-auth|jackson-(core|databind|annotations)"
                        + "|nimbus-jose-jwt|slf4j-api).*"))
                .map(Path::of)
                .toArray(Path[]::new);
    }

    private static ModuleLayer layer() {
        ModuleFinder finder = ModuleFinder.of(modulePath());
        Configuration configuration =
                ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of("io.oktahooks.auth"));
        return ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    }

    private static Set<String> unqualifiedExports(ModuleDescriptor descriptor) {
        return descriptor.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void coreAndAuthExportOnlyTheirApiPackages() {
        ModuleLayer layer = layer();
        ModuleDescriptor core =
                layer.findModule("io.oktahooks.core").orElseThrow().getDescriptor();
        ModuleDescriptor auth =
                layer.findModule("io.oktahooks.auth").orElseThrow().getDescriptor();

        assertThat(unqualifiedExports(core)).containsExactlyInAnyOrderElementsOf(CORE_API);
        assertThat(core.exports())
                .filteredOn(ModuleDescriptor.Exports::isQualified)
                .singleElement()
                .satisfies(internal -> {
                    assertThat(internal.source()).isEqualTo("io.oktahooks.core.internal");
                    assertThat(internal.targets())
                            .containsExactlyInAnyOrder(
                                    "io.oktahooks.auth", "io.oktahooks.testkit", "io.oktahooks.admin");
                });
        assertThat(unqualifiedExports(auth)).containsExactlyInAnyOrderElementsOf(AUTH_API);
        assertThat(auth.exports())
                .filteredOn(ModuleDescriptor.Exports::isQualified)
                .singleElement()
                .satisfies(internal -> {
                    assertThat(internal.source()).isEqualTo("io.oktahooks.auth.internal");
                    assertThat(internal.targets()).containsExactly("io.oktahooks.admin");
                });
        assertThat(core.opens()).isEmpty();
        assertThat(auth.opens()).isEmpty();
    }

    @Test
    void theInternalPackageIsNotReadableOutsideTheSdk() {
        Module core = layer().findModule("io.oktahooks.core").orElseThrow();
        assertThat(core.isExported("io.oktahooks.core.internal")).isFalse();
        assertThat(core.isExported("io.oktahooks.core.token")).isTrue();
    }

    @Test
    void aBasicAuthenticatedTokenCallIsServedOnTheModulePath() throws Exception {
        ModuleLayer layer = layer();
        ClassLoader loader = layer.findLoader("io.oktahooks.core");
        Class<?> hookType = loader.loadClass("io.oktahooks.core.HookType");
        Class<?> handler = loader.loadClass("io.oktahooks.core.HookHandler");
        Class<?> response = loader.loadClass("io.oktahooks.core.HookResponse");
        Class<?> endpointClass = loader.loadClass("io.oktahooks.core.HookEndpoint");
        Class<?> httpRequest = loader.loadClass("io.oktahooks.core.HookHttpRequest");
        Class<?> authenticator = loader.loadClass("io.oktahooks.core.HookAuthenticator");
        Object token = hookType.getField("TOKEN").get(null);
        Object empty = response.getMethod("empty", hookType).invoke(null, token);
        Object noChange = Proxy.newProxyInstance(
                loader,
                new Class<?>[] {handler},
                (proxy, method, args) -> method.getName().equals("handle") ? empty : method.invoke(this, args));

        Object basic = layer.findLoader("io.oktahooks.auth")
                .loadClass("io.oktahooks.auth.HookAuth")
                .getMethod("basic", String.class, String.class)
                .invoke(null, "admin", "a-long-enough-password-1");
        Object builder = endpointClass.getMethod("builder").invoke(null);
        builder.getClass().getMethod("authenticator", authenticator).invoke(builder, basic);
        builder.getClass().getMethod("token", handler).invoke(builder, noChange);
        Object endpoint = builder.getClass().getMethod("build").invoke(builder);

        String credentials = "Basic "
                + Base64.getEncoder().encodeToString("admin:a-long-enough-password-1".getBytes(StandardCharsets.UTF_8));
        byte[] body = ("{\"eventType\":\"com.okta.oauth2.tokens.transform\",\"data\":{\"context\":{},"
                        + "\"access\":{\"claims\":{}}}}")
                .getBytes(StandardCharsets.UTF_8);
        Object headers = Array.newInstance(String.class, 2);
        Array.set(headers, 0, "Authorization");
        Array.set(headers, 1, credentials);
        Object call =
                httpRequest.getMethod("postJson", byte[].class, String[].class).invoke(null, body, headers);
        Method handle = endpointClass.getMethod("handle", hookType, httpRequest);
        Object reply = handle.invoke(endpoint, token, call);

        assertThat(reply.getClass().getMethod("status").invoke(reply)).isEqualTo(204);
        assertThat(endpointClass.getModule().getName()).isEqualTo("io.oktahooks.core");
    }

    @Test
    void theAdminJarIsAnAutomaticModuleThatReachesThePackagesExportedToIt() throws Exception {
        Path adminJar = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.matches(".*okta-hooks-admin[^/]*\\.jar") && !entry.endsWith("-tests.jar"))
                .map(Path::of)
                .findFirst()
                .orElse(null);
        assumeThat(adminJar)
                .as("okta-hooks-admin as a packaged jar (mvn verify puts the jar on this class path)")
                .isNotNull();
        Path[] path = Arrays.copyOf(modulePath(), modulePath().length + 1);
        path[path.length - 1] = adminJar;
        Configuration configuration = ModuleLayer.boot()
                .configuration()
                .resolve(ModuleFinder.of(path), ModuleFinder.of(), Set.of("io.oktahooks.admin", "io.oktahooks.auth"));
        ModuleLayer layer =
                ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
        Module admin = layer.findModule("io.oktahooks.admin").orElseThrow();

        assertThat(admin.getDescriptor().isAutomatic()).isTrue();
        assertThat(layer.findModule("io.oktahooks.core").orElseThrow().isExported("io.oktahooks.core.internal", admin))
                .isTrue();
        assertThat(layer.findModule("io.oktahooks.auth").orElseThrow().isExported("io.oktahooks.auth.internal", admin))
                .isTrue();
        Method parse = layer.findLoader("io.oktahooks.admin")
                .loadClass("io.oktahooks.admin.EventFilter")
                .getMethod("parse", String.class);
        assertThatThrownBy(() -> parse.invoke(null, "event.eventType eq 'x' \u0001"))
                .cause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\\u0001"); // escaped by core's Sanitize
    }

    @Test
    void theCoreJarDescribesItsModule() {
        Path coreJar = Arrays.stream(modulePath())
                .filter(p -> p.toString().matches(".*okta-hooks-core[^/]*\\.jar"))
                .findFirst()
                .orElse(null);
        assumeThat(coreJar)
                .as("okta-hooks-core as a packaged jar (mvn verify puts the jar on this class path)")
                .isNotNull();
        ToolProvider jar = ToolProvider.findFirst("jar").orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = jar.run(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err,
                "--describe-module",
                "--file",
                coreJar.toString());
        List<String> lines =
                out.toString(StandardCharsets.UTF_8).lines().map(String::trim).toList();

        assertThat(exit).isZero();
        assertThat(lines)
                .filteredOn(line -> line.startsWith("exports "))
                .containsExactlyInAnyOrderElementsOf(
                        CORE_API.stream().map(p -> "exports " + p).toList());
        String qualified = "qualified exports io.oktahooks.core.internal to ";
        assertThat(lines)
                .filteredOn(line -> line.startsWith(qualified))
                .singleElement()
                .satisfies(line -> assertThat(line.substring(qualified.length()).split(" "))
                        .containsExactlyInAnyOrder("io.oktahooks.admin", "io.oktahooks.auth", "io.oktahooks.testkit"));
    }
}
