package io.oktahooks.core;

import com.fasterxml.jackson.core.Version;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns once per JVM when the jackson-databind on the class path is older than the SDK's security
 * floor. The SDK's own build refuses such a Jackson, but an application's dependency management
 * decides what runs (Spring Boot 3.5.7 resolves 2.19.2), so the check has to happen at run time.
 * A warning, not a failure: refusing to start would break applications over a version they may be
 * unable to change today.
 */
final class JacksonFloor {

    /** The oldest jackson-databind without the known high-severity CVEs; on the 2.22 line 2.22.1. */
    static final String FLOOR = "2.21.1 (2.22.1 on the 2.22 line)";

    private static final Logger LOG = LoggerFactory.getLogger(HookEndpoint.class);
    private static final AtomicBoolean CHECKED = new AtomicBoolean();

    private JacksonFloor() {}

    /** Checks the jackson-databind on the class path, once per JVM. */
    static void checkOnce() {
        if (CHECKED.compareAndSet(false, true)) {
            problem(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION).ifPresent(LOG::warn);
        }
    }

    /** The warning for this jackson-databind version, or empty when it is at or above the floor. */
    static Optional<String> problem(Version databind) {
        if (databind == null || databind.isUnknownVersion() || !belowFloor(databind)) {
            return Optional.empty();
        }
        return Optional.of(
                "okta hook: jackson-databind " + databind.toString() + " is on the class path, below " + FLOOR
                        + ", the lowest version free of known high-severity vulnerabilities, which this SDK parses untrusted JSON "
                        + "with. Raise it: on Spring Boot 3 set the Maven property jackson-bom.version (Gradle: ext['jackson-bom.version']) "
                        + "to 2.22.4 or newer; elsewhere import com.fasterxml.jackson:jackson-bom at that version before other BOMs.");
    }

    private static boolean belowFloor(Version v) {
        if (v.getMajorVersion() != 2) {
            return false; // the SDK runs on Jackson 2; a 3.x databind here would be a different package
        }
        int minor = v.getMinorVersion();
        int patch = v.getPatchLevel();
        if (minor < 21) {
            return true;
        }
        if (minor == 21) {
            return patch < 1;
        }
        return minor == 22 && patch < 1;
    }
}
