package io.oktahooks.admin;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;

/** The URL rules of the admin module, in one place. */
final class HookUrls {

    /** Okta's limit on a hook's {@code channel.config.uri}. */
    static final int MAX_HOOK_URI_LENGTH = 1024;

    private HookUrls() {}

    /**
     * A hook's URL as Okta accepts it: {@code https://}, at most 1,024 characters, no white space
     * (the specification's {@code channel.config.uri}), no user info or fragment.
     */
    static URI hookUri(URI uri) {
        Objects.requireNonNull(uri, "uri");
        String text = uri.toString();
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "the hook URL must start with https:// (Okta calls only https endpoints); use a tunnel "
                            + "or a deployed service for a local one");
        }
        if (text.length() > MAX_HOOK_URI_LENGTH || text.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(
                    "the hook URL must be at most " + MAX_HOOK_URI_LENGTH + " characters without white space");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("the hook URL must not carry user info or a fragment");
        }
        return uri;
    }

    /**
     * The org's base URL: {@code https://{yourOktaDomain}}, or {@code http://} on a loopback host
     * (a local stand-in such as the tests' server: credentials never leave the machine). No path
     * beyond {@code /}, no user info, query or fragment. Returned without a trailing slash.
     */
    static URI orgUri(URI org) {
        Objects.requireNonNull(org, "org");
        String scheme = org.getScheme() == null ? "" : org.getScheme().toLowerCase(Locale.ROOT);
        if (org.getHost() == null || !(scheme.equals("https") || (scheme.equals("http") && loopback(org.getHost())))) {
            throw new IllegalArgumentException(
                    "the org must be https://{yourOktaDomain} (plain http only on a loopback host), not "
                            + org.getScheme() + "://...");
        }
        String path = org.getRawPath() == null ? "" : org.getRawPath();
        if (!(path.isEmpty() || path.equals("/"))
                || org.getRawQuery() != null
                || org.getRawFragment() != null
                || org.getRawUserInfo() != null) {
            throw new IllegalArgumentException("the org is only scheme and host, e.g. https://dev-123456.okta.com");
        }
        return URI.create(scheme + "://" + org.getRawAuthority());
    }

    /** Whether a host is loopback by name or literal address; no name is looked up but localhost. */
    static boolean loopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress(); // a literal: parsed, not resolved
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
