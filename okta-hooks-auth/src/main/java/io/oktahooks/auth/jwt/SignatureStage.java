package io.oktahooks.auth.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.oktahooks.auth.AuthFailure;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The signature half of verification, the one code path production and the signature corpora
 * (Wycheproof) share: size cap and strict compact syntax before parsing, then the header rules
 * (algorithm allow-list, {@code typ} allow-list, no {@code crit}), then key selection through the
 * {@link KeyFilter} and the signature itself with nimbus' {@link RSASSAVerifier}. It knows no claim.
 *
 * <p>It does what nimbus' {@code DefaultJOSEProcessor} with a {@code JWSVerificationKeySelector}
 * does (the same key selector, the same verifier, the same outcomes), without the work that
 * processor repeats on every token: the public key of a JWK and its verifier are built once per
 * key (nimbus decodes the modulus and builds an {@code RSAPublicKey} for every token), and the
 * token's segments, already proven canonical base64url by {@link TokenSyntax}, are decoded with the
 * JDK's decoder rather than nimbus' own (about a quarter of a first-seen verification's time).
 */
final class SignatureStage {

    /** Verifiers remembered per key instance, at most this many (keys are re-served as the same objects until a refresh). */
    static final int MAX_VERIFIERS = 64;

    private final Set<JWSAlgorithm> algorithms;
    private final Set<String> types;
    private final int maxTokenLength;
    private final KeyFilter keys;
    /** One verifier per key instance (copy on write); a key whose public key cannot be built maps to null. */
    private volatile IdentityHashMap<JWK, Verifier> verifiers = new IdentityHashMap<>();

    /** A key's verifier, or the absence of one (the key is skipped, as nimbus' key selector skips it). */
    private record Verifier(@Nullable RSASSAVerifier verifier) {}

    SignatureStage(Set<JWSAlgorithm> algorithms, Set<String> types, int maxTokenLength, KeyFilter keys) {
        this.algorithms = Set.copyOf(algorithms);
        this.types = Set.copyOf(types);
        this.maxTokenLength = maxTokenLength;
        this.keys = keys;
    }

    /** The size cap alone, checked before anything reads the token (a cache lookup hashes it). */
    boolean tooLarge(String token) {
        return token.length() > maxTokenLength;
    }

    /** The size and syntax rules, checked before anything parses the token; null when both hold. */
    @Nullable
    AuthFailure precheck(String token) {
        return tooLarge(token) ? AuthFailure.TOKEN_TOO_LARGE : TokenSyntax.check(token);
    }

    /**
     * Parses a token that passed {@link #precheck(String)} and checks the header rules.
     *
     * @throws Rejection naming the header rule broken
     * @throws java.text.ParseException when nimbus cannot parse what the syntax check let through
     */
    SignedJWT parse(String token) throws Exception {
        SignedJWT signed = signedOrNull(token);
        if (signed == null) {
            // Not a JWS header (alg none, a JWE algorithm, no alg, no JSON): nimbus' own parser
            // classifies it, so every refusal keeps its reason.
            JWT jwt = JWTParser.parse(token);
            if (jwt instanceof PlainJWT) {
                throw new Rejection(AuthFailure.UNSECURED_JWT);
            }
            // TokenSyntax admits three segments only, which parse as a PlainJWT or a SignedJWT with a
            // non-empty signature (a JWE header on three segments, or a signed header with an empty
            // signature, fails to parse); anything else fails closed in the caller's classification.
            signed = (SignedJWT) jwt;
        }
        if (!algorithms.contains(signed.getHeader().getAlgorithm())) {
            throw new Rejection(AuthFailure.ALG_NOT_ALLOWED);
        }
        JOSEObjectType typ = signed.getHeader().getType();
        if (typ != null && !types.contains(typ.getType().toLowerCase(Locale.ROOT))) {
            throw new Rejection(AuthFailure.BAD_TYPE);
        }
        // No extension is understood, so any crit header is refused (an empty list too: RFC 7515 4.1.11).
        if (signed.getHeader().getCriticalParams() != null) {
            throw new Rejection(AuthFailure.UNSUPPORTED_CRITICAL_HEADER);
        }
        return signed;
    }

    /**
     * The token as nimbus' {@code SignedJWT.parse} reads it (the same constructor on the same three
     * segments, which parses the header once), or null when its header is no JWS header.
     */
    private static @Nullable SignedJWT signedOrNull(String token) {
        int first = token.indexOf('.');
        int second = token.indexOf('.', first + 1);
        try {
            return new SignedJWT(
                    new CanonicalBase64URL(token.substring(0, first)),
                    new CanonicalBase64URL(token.substring(first + 1, second)),
                    new CanonicalBase64URL(token.substring(second + 1)));
        } catch (ParseException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The whole stage on its own, for signature corpora whose payloads are not JWTs.
     *
     * @return null when the signature verifies with a trusted key, else the reason
     */
    @Nullable
    AuthFailure check(String token) {
        AuthFailure syntax = precheck(token);
        if (syntax != null) {
            return syntax;
        }
        try {
            verifySignature(parse(token), null);
            return null;
        } catch (Exception e) {
            JwtVerification outcome = Verdicts.classify(e, null, token);
            return outcome instanceof JwtVerification.Rejected r
                    ? r.reason()
                    : ((JwtVerification.Unavailable) outcome).reason();
        }
    }

    /**
     * Verifies the signature with a trusted key, as nimbus' {@code DefaultJOSEProcessor} with a
     * {@code JWSVerificationKeySelector} over the {@link KeyFilter} does: the keys matching the
     * header ({@code JWKMatcher.forJWSHeader}), each tried in turn; the first that verifies wins.
     *
     * @param context receives the selector and the keys offered (a {@link KeyFilter.Offered}), or null
     * @throws Exception what key selection or verification threw (see the caller's classification):
     *     {@link UnknownKeyException} or another {@code KeySourceException} from the key filter,
     *     {@link BadJWSException} when no key verifies the signature, {@link JOSEException} when a
     *     verifier fails
     */
    void verifySignature(SignedJWT token, @Nullable SecurityContext context) throws Exception {
        if (!algorithms.contains(token.getHeader().getAlgorithm())) {
            throw new BadJOSEException(
                    "Signed JOSE object rejected: Another algorithm expected, or no matching key(s) found");
        }
        List<JWK> candidates = keys.get(new JWKSelector(JWKMatcher.forJWSHeader(token.getHeader())), context);
        boolean tried = false;
        for (JWK key : candidates) {
            RSASSAVerifier verifier = verifier(key);
            if (verifier == null) {
                continue;
            }
            tried = true;
            if (token.verify(verifier)) {
                return;
            }
        }
        throw tried
                ? new BadJWSException("Signed JOSE object rejected: Invalid signature")
                : new BadJOSEException(
                        "Signed JOSE object rejected: Another algorithm expected, or no matching key(s) found");
    }

    /** The verifier of a key, built once per key instance; null for a key with no usable RSA public key. */
    private @Nullable RSASSAVerifier verifier(JWK key) {
        Verifier known = verifiers.get(key);
        if (known == null) {
            @Nullable RSASSAVerifier built = null;
            if (key instanceof RSAKey rsa) {
                try {
                    built = new RSASSAVerifier(rsa.toRSAPublicKey());
                } catch (JOSEException | RuntimeException e) {
                    built = null; // nimbus' key converter skips a key it cannot convert; so does this
                }
            }
            known = new Verifier(built);
            IdentityHashMap<JWK, Verifier> next =
                    verifiers.size() >= MAX_VERIFIERS ? new IdentityHashMap<>() : new IdentityHashMap<>(verifiers);
            next.put(key, known);
            verifiers = next;
        }
        return known.verifier();
    }

    /** How many key verifiers are remembered (bounded at {@value #MAX_VERIFIERS}; for tests). */
    int rememberedVerifiers() {
        return verifiers.size();
    }

    /**
     * A segment {@link TokenSyntax} has proven canonical, unpadded base64url, decoded with the JDK's
     * decoder: for such text it yields exactly the bytes nimbus' own codec yields, several times faster.
     */
    static final class CanonicalBase64URL extends Base64URL {
        private static final long serialVersionUID = 1L;

        CanonicalBase64URL(String segment) {
            super(segment);
        }

        @Override
        public byte[] decode() {
            return Base64.getUrlDecoder().decode(toString());
        }

        @Override
        public String decodeToString() {
            return new String(decode(), StandardCharsets.UTF_8);
        }
    }
}
