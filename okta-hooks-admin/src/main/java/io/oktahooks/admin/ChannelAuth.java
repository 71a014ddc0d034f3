package io.oktahooks.admin;

import io.oktahooks.auth.secret.HeaderSecretAuthenticator;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How Okta authenticates itself to your hook: a secret header (Okta's "HTTP header"
 * authentication, the only one for event hooks), or an OAuth 2.0 access token Okta obtains from
 * your authorization server (inline hooks only: client secret or private key).
 *
 * <p>Match what your endpoint checks: {@link #basic(String, String)} for {@code HookAuth.basic},
 * {@link #header(String, String)} for {@code HookAuth.headerSecret()}, the OAuth variants for
 * {@code HookAuth.jwt()}. Secrets are sent to Okta once and never shown: {@link #toString()} names
 * the header or client, never the value, and Okta never returns them.
 */
public final class ChannelAuth {

    /** The three documented kinds. */
    enum Kind {
        HEADER,
        OAUTH_CLIENT_SECRET,
        OAUTH_PRIVATE_KEY
    }

    private final Kind kind;
    private final @Nullable String key;
    private final @Nullable String secret;
    private final @Nullable URI tokenUrl;
    private final @Nullable String clientId;
    private final @Nullable String hookKeyId;
    private final @Nullable String scope;

    private ChannelAuth(
            Kind kind,
            @Nullable String key,
            @Nullable String secret,
            @Nullable URI tokenUrl,
            @Nullable String clientId,
            @Nullable String hookKeyId,
            @Nullable String scope) {
        this.kind = kind;
        this.key = key;
        this.secret = secret;
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.hookKeyId = hookKeyId;
        this.scope = scope;
    }

    /**
     * {@code Authorization: Basic base64(user:password)}, as Okta's guides set it up and as
     * {@code HookAuth.basic(user, password)} checks it.
     *
     * @throws IllegalArgumentException for a user with a colon or control character, or a password
     *     shorter than {@value HeaderSecretAuthenticator#MIN_BASIC_PASSWORD_LENGTH} characters
     */
    public static ChannelAuth basic(String user, String password) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isBlank() || user.indexOf(':') >= 0 || user.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the Basic user must be non-blank, without ':' or control characters");
        }
        if (password.length() < HeaderSecretAuthenticator.MIN_BASIC_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("the Basic password must be at least "
                    + HeaderSecretAuthenticator.MIN_BASIC_PASSWORD_LENGTH + " characters");
        }
        String value =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ChannelAuth(Kind.HEADER, "Authorization", value, null, null, null, null);
    }

    /**
     * A header Okta sends with this exact value (e.g. {@code X-Hook-Secret}).
     *
     * @throws IllegalArgumentException for a header name that is not an HTTP token, or a secret
     *     shorter than {@value HeaderSecretAuthenticator#MIN_SECRET_LENGTH} characters or with
     *     control characters
     */
    public static ChannelAuth header(String name, String secret) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(secret, "secret");
        if (name.isEmpty()
                || !name.chars()
                        .allMatch(
                                c -> c < 127 && (Character.isLetterOrDigit(c) || "!#$%&'*+-.^_`|~".indexOf(c) >= 0))) {
            throw new IllegalArgumentException("the header name must be an HTTP token, e.g. X-Hook-Secret");
        }
        if (secret.trim().length() < HeaderSecretAuthenticator.MIN_SECRET_LENGTH
                || secret.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(
                    "the header secret must be at least " + HeaderSecretAuthenticator.MIN_SECRET_LENGTH
                            + " characters without control characters (use 32 or more random characters)");
        }
        return new ChannelAuth(Kind.HEADER, name, secret, null, null, null, null);
    }

    /**
     * OAuth 2.0 with a client secret ({@code client_secret_post}): Okta fetches a token from
     * {@code tokenUrl} with this client and sends it as {@code Authorization: Bearer}. Inline
     * hooks only.
     *
     * @param scope the scope Okta requests, or null for none
     */
    public static ChannelAuth oauthClientSecret(
            URI tokenUrl, String clientId, String clientSecret, @Nullable String scope) {
        Objects.requireNonNull(clientSecret, "clientSecret");
        if (clientSecret.isBlank()) {
            throw new IllegalArgumentException("the client secret is blank");
        }
        return new ChannelAuth(
                Kind.OAUTH_CLIENT_SECRET,
                null,
                clientSecret,
                httpsUrl(tokenUrl),
                text(clientId, "clientId"),
                null,
                scope);
    }

    /**
     * OAuth 2.0 with a private key ({@code private_key_jwt}): Okta signs its client assertion with
     * the hook key {@code hookKeyId} (created with Okta's Hook Keys API or Admin Console). Inline
     * hooks only.
     *
     * @param scope the scope Okta requests, or null for none
     */
    public static ChannelAuth oauthPrivateKey(URI tokenUrl, String clientId, String hookKeyId, @Nullable String scope) {
        return new ChannelAuth(
                Kind.OAUTH_PRIVATE_KEY,
                null,
                null,
                httpsUrl(tokenUrl),
                text(clientId, "clientId"),
                text(hookKeyId, "hookKeyId"),
                scope);
    }

    private static URI httpsUrl(URI url) {
        Objects.requireNonNull(url, "tokenUrl");
        if (!"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException("the token URL must be https://...");
        }
        return url;
    }

    private static String text(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(name + " must be non-blank, without control characters");
        }
        return value;
    }

    Kind kind() {
        return kind;
    }

    boolean isOAuth() {
        return kind != Kind.HEADER;
    }

    @Nullable
    String key() {
        return key;
    }

    @Nullable
    String secret() {
        return secret;
    }

    @Nullable
    URI tokenUrl() {
        return tokenUrl;
    }

    @Nullable
    String clientId() {
        return clientId;
    }

    @Nullable
    String hookKeyId() {
        return hookKeyId;
    }

    @Nullable
    String scope() {
        return scope;
    }

    /** Names the kind and the header or client; never a secret. */
    @Override
    public String toString() {
        return switch (kind) {
            case HEADER -> "ChannelAuth[header " + key + ", value hidden]";
            case OAUTH_CLIENT_SECRET -> "ChannelAuth[oauth client_secret_post, client " + clientId + ", secret hidden]";
            case OAUTH_PRIVATE_KEY ->
                "ChannelAuth[oauth private_key_jwt, client " + clientId + ", hook key " + hookKeyId + "]";
        };
    }

    /** Equal when kind, header or client and secret are equal. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ChannelAuth that
                && that.kind == kind
                && Objects.equals(that.key, key)
                && Objects.equals(that.secret, secret)
                && Objects.equals(that.tokenUrl, tokenUrl)
                && Objects.equals(that.clientId, clientId)
                && Objects.equals(that.hookKeyId, hookKeyId)
                && Objects.equals(that.scope, scope);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, key, tokenUrl, clientId, hookKeyId, scope);
    }
}
