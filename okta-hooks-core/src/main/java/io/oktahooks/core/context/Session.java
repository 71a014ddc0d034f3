package io.oktahooks.core.context;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.OktaObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@code data.context.session}: the user's Okta session (token and SAML hooks). */
public final class Session extends OktaObject {

    /** A view of a copy of the given {@code session} object (later changes to {@code node} do not show). */
    public Session(@Nullable JsonNode node) {
        super(node == null ? null : node.deepCopy());
    }

    /** The session id. */
    public Optional<String> id() {
        return string("id");
    }

    /** The Okta user id the session belongs to. */
    public Optional<String> userId() {
        return string("userId");
    }

    /** The user's login. */
    public Optional<String> login() {
        return string("login");
    }

    /** When the session started. */
    public Optional<Instant> createdAt() {
        return instant("createdAt");
    }

    /** When the session expires. */
    public Optional<Instant> expiresAt() {
        return instant("expiresAt");
    }

    /** The session status, e.g. {@code ACTIVE}. */
    public Optional<String> status() {
        return string("status");
    }

    /** When the user last verified their password. */
    public Optional<Instant> lastPasswordVerification() {
        return instant("lastPasswordVerification");
    }

    /** Authentication methods used, e.g. {@code ["PASSWORD"]}. */
    public List<String> amr() {
        return strings("amr");
    }

    /** {@code idp.id}: the identity provider that authenticated the user. */
    public Optional<String> idpId() {
        return stringAt("/idp/id");
    }

    /** {@code idp.type}: ACTIVE_DIRECTORY, FEDERATION, LDAP, OKTA or SOCIAL. */
    public Optional<String> idpType() {
        return stringAt("/idp/type");
    }

    /** Whether MFA was used in the session. */
    public Optional<Boolean> mfaActive() {
        return bool("mfaActive");
    }
}
