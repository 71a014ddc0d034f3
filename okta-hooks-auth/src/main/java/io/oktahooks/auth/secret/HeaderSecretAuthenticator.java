package io.oktahooks.auth.secret;

import io.oktahooks.auth.AuthFailure;
import io.oktahooks.auth.internal.Fingerprint;
import io.oktahooks.core.AuthResult;
import io.oktahooks.core.HookAuthenticator;
import io.oktahooks.core.HookHeaders;
import io.oktahooks.core.internal.BuildProblems;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates Okta's header-secret mode: the configured header (default {@code Authorization})
 * must carry exactly one of the configured secrets, as Okta's "HTTP header" authentication sends
 * it (Okta's guides use {@code Basic base64(user:password)}).
 *
 * <p>The comparison is constant-time over SHA-256 digests of both sides, so neither the content
 * nor the length of a secret leaks through timing, and every configured secret is tried on every
 * call (several secrets let you rotate without downtime). The expected Basic value is built once,
 * at configuration time: incoming Basic values are never decoded. A repeated header is refused.
 *
 * <p>Immutable and thread-safe. {@code toString()} names the header and the number of secrets only.
 */
public final class HeaderSecretAuthenticator implements HookAuthenticator {

    /** Shortest raw header secret accepted by {@link Builder#build()}. */
    public static final int MIN_SECRET_LENGTH = 16;
    /** Shortest Basic password accepted by {@link Builder#build()}. */
    public static final int MIN_BASIC_PASSWORD_LENGTH = 8;
    /** Below this length a secret is accepted with a warning. */
    public static final int RECOMMENDED_SECRET_LENGTH = 32;

    private static final Logger LOG = LoggerFactory.getLogger(HeaderSecretAuthenticator.class);

    private final String headerName;
    private final List<byte[]> secretDigests;
    private final String challenge;
    /** Compares two SHA-256 digests in constant time; a seam only so tests can count and inspect comparisons. */
    private final BiPredicate<byte[], byte[]> digestsEqual;

    private HeaderSecretAuthenticator(
            String headerName, List<byte[]> secretDigests, BiPredicate<byte[], byte[]> digestsEqual) {
        this.headerName = headerName;
        this.secretDigests = List.copyOf(secretDigests);
        this.challenge = challenge(headerName);
        this.digestsEqual = digestsEqual;
    }

    /**
     * The {@code WWW-Authenticate} challenge sent with every 401, as RFC 9110 §15.5.2 requires:
     * {@code Basic realm="okta-hooks"} for the {@code Authorization} header (Okta's guides use
     * Basic), and for a custom header {@code Secret realm="okta-hooks", header="<name>"}: no
     * registered scheme describes "a shared secret in a named header", so a scheme of our own
     * (an RFC 9110 §11.1 token) carries the realm and says where the credential goes. The header
     * name is configuration, never a secret; it is written as an RFC 9110 quoted-string.
     */
    static String challenge(String headerName) {
        if (headerName.equalsIgnoreCase("Authorization")) {
            return "Basic realm=\"okta-hooks\"";
        }
        return "Secret realm=\"okta-hooks\", header=\""
                + headerName.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The same authenticator comparing digests with {@code digestsEqual} (tests observe the comparisons). */
    HeaderSecretAuthenticator comparingWith(BiPredicate<byte[], byte[]> digestsEqual) {
        return new HeaderSecretAuthenticator(headerName, secretDigests, digestsEqual);
    }

    /** Starts a configuration. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public AuthResult authenticate(HookHeaders headers) {
        AuthFailure failure = check(headers);
        if (failure == null) {
            return AuthResult.accepted("header-secret");
        }
        LOG.debug("okta hook header-secret rejected: {}", failure.wireValue());
        return AuthResult.rejected(failure.wireValue(), challenge);
    }

    /** The failure, or null when the header carries one of the secrets. */
    @Nullable
    AuthFailure check(HookHeaders headers) {
        List<String> values = headers.all(headerName);
        if (values == null || values.isEmpty()) {
            return AuthFailure.MISSING_CREDENTIALS;
        }
        if (values.size() > 1) {
            return AuthFailure.AMBIGUOUS_CREDENTIALS;
        }
        String value = values.get(0) == null ? "" : trimOws(values.get(0));
        if (value.isEmpty()) {
            return AuthFailure.MISSING_CREDENTIALS;
        }
        byte[] received = Fingerprint.sha256(value);
        boolean match = false;
        for (byte[] expected : secretDigests) {
            match |= digestsEqual.test(expected, received);
        }
        return match ? null : AuthFailure.BAD_CREDENTIALS;
    }

    private static String trimOws(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
            end--;
        }
        return value.substring(start, end);
    }

    /** The header name and how many secrets are configured; never a secret. */
    @Override
    public String toString() {
        return "HeaderSecretAuthenticator{header=" + headerName + ", secrets=" + secretDigests.size() + "}";
    }

    /**
     * Configures a {@link HeaderSecretAuthenticator}. Setters only record: {@link #header(String)}
     * replaces the header name, while {@link #secret(String)} and {@link #basic(String, String)} add
     * one more accepted value each (rotation). {@link #build()} checks everything and names every
     * problem at once (never a secret).
     */
    public static final class Builder {
        /** One accepted value: a raw secret, or a Basic user and password. */
        private record Accepted(
                @Nullable String secret,
                @Nullable String user,
                @Nullable String password) {}

        private String headerName = "Authorization";
        private final List<Accepted> accepted = new ArrayList<>();

        private Builder() {}

        /** The header Okta sends the secret in (default {@code Authorization}; any name, matched ignoring case). */
        public Builder header(String name) {
            this.headerName = name;
            return this;
        }

        /**
         * Accepts this exact header value (the whole value, e.g. including a scheme prefix); at least
         * {@value #MIN_SECRET_LENGTH} characters. Call again to accept more than one during a rotation.
         */
        public Builder secret(String secret) {
            accepted.add(new Accepted(secret, null, null));
            return this;
        }

        /**
         * Accepts {@code Basic base64(user:password)}, the value Okta sends when its guides' HTTP
         * Basic setup is used. Call again to accept more than one pair during a rotation.
         */
        public Builder basic(String user, String password) {
            accepted.add(new Accepted(null, user == null ? "" : user, password));
            return this;
        }

        /**
         * The authenticator.
         *
         * @throws IllegalStateException naming every misconfigured field and rule (never a secret)
         */
        public HeaderSecretAuthenticator build() {
            BuildProblems problems = new BuildProblems("header-secret authentication");
            String name = headerName == null ? "" : headerName.trim();
            problems.check(
                    !name.isEmpty() && name.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != ':'),
                    "header name must be a non-empty HTTP token");
            problems.check(!accepted.isEmpty(), "at least one secret(...) or basic(...) is required");
            List<String> values = new ArrayList<>();
            for (Accepted entry : accepted) {
                String value = entry.user() == null
                        ? checkSecret(entry.secret(), problems)
                        : checkBasic(entry.user(), entry.password(), problems);
                if (value != null) {
                    values.add(value);
                }
            }
            problems.throwIfAny();
            List<byte[]> digests = new ArrayList<>();
            for (String value : values) {
                digests.add(Fingerprint.sha256(value));
            }
            return new HeaderSecretAuthenticator(name, digests, MessageDigest::isEqual);
        }

        private static @Nullable String checkSecret(@Nullable String secret, BuildProblems problems) {
            if (secret == null || secret.isBlank()) {
                problems.add("secret is required and must not be blank");
            } else if (secret.trim().length() < MIN_SECRET_LENGTH) {
                problems.add("secret must be at least " + MIN_SECRET_LENGTH
                        + " characters (use 32 or more random characters)");
            } else if (!secret.equals(secret.trim())) {
                problems.add("secret must not start or end with whitespace (HTTP drops it)");
            } else {
                if (secret.length() < RECOMMENDED_SECRET_LENGTH) {
                    LOG.warn(
                            "okta hook header secret is shorter than {} characters; use a longer random secret",
                            RECOMMENDED_SECRET_LENGTH);
                }
                return secret;
            }
            return null;
        }

        private static @Nullable String checkBasic(String user, @Nullable String password, BuildProblems problems) {
            if (user.isEmpty()) {
                problems.add("basic user is required");
            } else if (user.indexOf(':') >= 0) {
                problems.add("basic user must not contain ':' (RFC 7617)");
            } else if (password == null || password.isEmpty()) {
                problems.add("basic password is required");
            } else if (password.length() < MIN_BASIC_PASSWORD_LENGTH) {
                problems.add("basic password must be at least " + MIN_BASIC_PASSWORD_LENGTH + " characters");
            } else {
                if (password.length() < MIN_SECRET_LENGTH) {
                    LOG.warn(
                            "okta hook basic password is shorter than {} characters; use a longer random password",
                            MIN_SECRET_LENGTH);
                }
                return basicValue(user, password);
            }
            return null;
        }
    }

    /** {@code Basic base64(user:password)}, as Okta sends it. */
    public static String basicValue(String user, String password) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
