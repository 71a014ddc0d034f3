package io.oktahooks.auth.jwt;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.DefaultJOSEProcessor;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.oktahooks.auth.AuthFailure;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The signature half of verification, the one code path production and the signature corpora
 * (Wycheproof) share: size cap and strict compact syntax before parsing, then the header rules
 * (algorithm allow-list, {@code typ} allow-list, no {@code crit}), then key selection through the
 * {@link KeyFilter} and the signature itself with nimbus' JOSE processor. It knows no claim.
 */
final class SignatureStage {

    private final Set<JWSAlgorithm> algorithms;
    private final Set<String> types;
    private final int maxTokenLength;
    private final DefaultJOSEProcessor<SecurityContext> processor = new DefaultJOSEProcessor<>();

    SignatureStage(Set<JWSAlgorithm> algorithms, Set<String> types, int maxTokenLength, KeyFilter keys) {
        this.algorithms = Set.copyOf(algorithms);
        this.types = Set.copyOf(types);
        this.maxTokenLength = maxTokenLength;
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(this.algorithms, keys));
        processor.setJWSTypeVerifier((type, context) -> { }); // checked in parse(), with the SDK's own reason
    }

    /** The size and syntax rules, checked before anything parses the token; null when both hold. */
    @Nullable AuthFailure precheck(String token) {
        return token.length() > maxTokenLength ? AuthFailure.TOKEN_TOO_LARGE : TokenSyntax.check(token);
    }

    /**
     * Parses a token that passed {@link #precheck(String)} and checks the header rules.
     *
     * @throws Rejection naming the header rule broken
     * @throws java.text.ParseException when nimbus cannot parse what the syntax check let through
     */
    SignedJWT parse(String token) throws Exception {
        JWT jwt = JWTParser.parse(token);
        if (jwt instanceof PlainJWT) {
            throw new Rejection(AuthFailure.UNSECURED_JWT);
        }
        // TokenSyntax admits three segments only, which parse as a PlainJWT or a SignedJWT with a
        // non-empty signature (a JWE header on three segments, or a signed header with an empty
        // signature, fails to parse); anything else fails closed in the caller's classification.
        SignedJWT signed = (SignedJWT) jwt;
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
     * The whole stage on its own, for signature corpora whose payloads are not JWTs.
     *
     * @return null when the signature verifies with a trusted key, else the reason
     */
    @Nullable AuthFailure check(String token) {
        AuthFailure syntax = precheck(token);
        if (syntax != null) {
            return syntax;
        }
        try {
            verifySignature(parse(token), null);
            return null;
        } catch (Exception e) {
            JwtVerification outcome = Verdicts.classify(e, null, token);
            return outcome instanceof JwtVerification.Rejected r ? r.reason() : ((JwtVerification.Unavailable) outcome).reason();
        }
    }

    /**
     * Verifies the signature with a trusted key.
     *
     * @param context receives the selector and the keys offered (a {@link KeyFilter.Offered}), or null
     * @throws Exception what key selection or verification threw (see the caller's classification)
     */
    void verifySignature(SignedJWT token, @Nullable SecurityContext context) throws Exception {
        processor.process(token, context);
    }
}
