package io.oktahooks.examples.spring;

import io.oktahooks.examples.ExampleConfig;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sample defaults to Okta's guide credentials so it runs in one command; like the JDK-server
 * example, it refuses them on an address other than loopback (a sample is what people copy).
 */
final class GuideCredentialsGuard {

    private static final Logger LOG = LoggerFactory.getLogger(GuideCredentialsGuard.class);

    GuideCredentialsGuard(String address, String password) {
        if (!ExampleConfig.DEFAULT_PASSWORD.equals(password)) {
            return;
        }
        if (!loopback(address)) {
            throw new IllegalStateException("Okta's guide credentials (" + ExampleConfig.DEFAULT_USER
                    + " / its password) are " + "allowed only on a loopback HOOKS_BIND, not '" + address
                    + "': set HOOKS_BASIC_USER and HOOKS_BASIC_PASSWORD");
        }
        LOG.warn(
                "*** Using Okta's guide credentials {} / (the guide's password), accepted on a loopback bind only: set "
                        + "HOOKS_BASIC_USER and HOOKS_BASIC_PASSWORD before exposing this service ***",
                ExampleConfig.DEFAULT_USER);
    }

    private static boolean loopback(String address) {
        try {
            return !address.isBlank() && InetAddress.getByName(address.trim()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
