package io.oktahooks.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.core.AuthResult;
import io.oktahooks.core.HookAuthenticator;
import io.oktahooks.core.HookHeaders;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** anyOf owns its delegates: closing it closes each of them, even when one fails to close. */
class AnyOfLifecycleTest {

    private static HookAuthenticator recording(String name, List<String> closed, boolean failOnClose) {
        return new HookAuthenticator() {
            @Override
            public AuthResult authenticate(HookHeaders headers) {
                return AuthResult.rejected("bad_credentials", null);
            }

            @Override
            public void close() {
                closed.add(name);
                if (failOnClose) {
                    throw new IllegalStateException("already closed");
                }
            }
        };
    }

    @Test
    void closingAnyOfClosesEveryDelegateInOrder() {
        List<String> closed = new ArrayList<>();
        HookAuthenticator any = HookAuth.anyOf(recording("basic", closed, true), recording("jwt", closed, false));
        any.close();
        assertThat(closed).containsExactly("basic", "jwt");
    }
}
