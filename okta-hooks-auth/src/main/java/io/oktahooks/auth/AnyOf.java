package io.oktahooks.auth;

import io.oktahooks.core.AuthResult;
import io.oktahooks.core.HookAuthenticator;
import io.oktahooks.core.HookHeaders;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link HookAuth#anyOf(HookAuthenticator...)}: the first acceptance wins; closing closes every delegate. */
final class AnyOf implements HookAuthenticator {

    private static final Logger LOG = LoggerFactory.getLogger(HookAuth.class);

    private final List<HookAuthenticator> delegates;

    AnyOf(List<HookAuthenticator> delegates) {
        if (delegates.isEmpty()) {
            throw new IllegalArgumentException("anyOf needs at least one authenticator");
        }
        this.delegates = List.copyOf(delegates);
    }

    @Override
    public AuthResult authenticate(HookHeaders headers) {
        @Nullable AuthResult last = null;
        @Nullable AuthResult unavailable = null;
        for (HookAuthenticator authenticator : delegates) {
            AuthResult result = authenticator.authenticate(headers);
            if (result instanceof AuthResult.Accepted) {
                return result;
            }
            if (result instanceof AuthResult.Unavailable) {
                unavailable = result;
            }
            last = result;
        }
        return unavailable != null ? unavailable : Objects.requireNonNull(last, "no authenticator");
    }

    /** Closes every delegate, even when one of them fails to close. */
    @Override
    public void close() {
        for (HookAuthenticator authenticator : delegates) {
            try {
                authenticator.close();
            } catch (RuntimeException e) {
                LOG.warn(
                        "okta hook: closing {} failed: {}",
                        authenticator.getClass().getSimpleName(),
                        e.getClass().getName());
            }
        }
    }

    /** The delegates, in order; never a secret. */
    @Override
    public String toString() {
        return "anyOf" + delegates;
    }
}
