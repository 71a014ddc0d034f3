package io.oktahooks.auth.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyOperation;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import io.oktahooks.auth.AuthFailure;
import io.oktahooks.auth.HookAuth;
import io.oktahooks.auth.Tokens;
import io.oktahooks.core.AuthResult;
import io.oktahooks.core.HookHeaders;
import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The verifier's decision code, one rule at a time: key filter, syntax, claim rules, scheme parsing. */
class VerifierDecisionsTest {

    private static final JWKSelector ANY = new JWKSelector(new JWKMatcher.Builder().build());

    private static RSAKey rsa(int bits, String kid, KeyUse use, Set<KeyOperation> ops) throws Exception {
        RSAKeyGenerator generator = new RSAKeyGenerator(bits, bits < 2048);
        generator.keyID(kid);
        if (use != null) {
            generator.keyUse(use);
        }
        if (ops != null) {
            generator.keyOperations(ops);
        }
        return generator.generate();
    }

    @Test
    void theKeyFilterKeepsOnlyPublicRsaSigningKeysOfAtLeast2048BitsWithAUniqueKid() throws Exception {
        RSAKey good = rsa(2048, "good", null, null);
        RSAKey sig = rsa(2048, "sig", KeyUse.SIGNATURE, Set.of(KeyOperation.VERIFY));
        RSAKey enc = rsa(2048, "enc", KeyUse.ENCRYPTION, null);
        RSAKey encryptOps = rsa(2048, "ops", null, Set.of(KeyOperation.ENCRYPT));
        RSAKey weak = rsa(1024, "weak", null, null);
        ECKey ec = new ECKeyGenerator(com.nimbusds.jose.jwk.Curve.P_256)
                .keyID("ec")
                .generate();
        RSAKey dup1 = rsa(2048, "dup", null, null);
        RSAKey dup2 = rsa(2048, "dup", null, null);
        List<JWK> candidates = List.of(
                good.toPublicJWK(),
                sig.toPublicJWK(),
                enc.toPublicJWK(),
                encryptOps.toPublicJWK(),
                weak.toPublicJWK(),
                ec.toPublicJWK(),
                good,
                dup1.toPublicJWK(),
                dup2.toPublicJWK());
        assertThat(KeyFilter.filter(candidates)).extracting(JWK::getKeyID).containsExactly("good", "sig");
        assertThat(KeyFilter.filter(null)).isEmpty();
        assertThat(KeyFilter.usable(good.toPublicJWK())).isTrue();
        assertThat(KeyFilter.usable(good)).isFalse();
        assertThat(KeyFilter.usable(weak.toPublicJWK())).isFalse();
        assertThat(KeyFilter.usable(enc.toPublicJWK())).isFalse();
        assertThat(KeyFilter.usable(encryptOps.toPublicJWK())).isFalse();
        assertThat(KeyFilter.usable(sig.toPublicJWK())).isTrue();
        assertThat(KeyFilter.usable(ec.toPublicJWK())).isFalse();
        RSAKey noKid = rsa(2048, null, null, null);
        assertThat(KeyFilter.filter(List.of(noKid.toPublicJWK()))).hasSize(1);
    }

    @Test
    void theKeyFilterSourceTurnsFailuresIntoTypedOutcomes() throws Exception {
        RSAKey good = rsa(2048, "good", null, null);
        KeyFilter fine = new KeyFilter((selector, context) -> List.of(good.toPublicJWK()));
        assertThat(fine.get(ANY, null)).hasSize(1);
        assertThat(fine.get(ANY, null)).hasSize(1);
        KeyFilter none = new KeyFilter((selector, context) -> List.of());
        assertThatThrownBy(() -> none.get(ANY, null)).isInstanceOf(UnknownKeyException.class);
        KeyFilter flooded = new KeyFilter((selector, context) -> {
            throw new RateLimitReachedException();
        });
        assertThatThrownBy(() -> flooded.get(ANY, null)).isInstanceOf(UnknownKeyException.class);
        KeyFilter down = new KeyFilter((selector, context) -> {
            throw new KeySourceException("down");
        });
        assertThatThrownBy(() -> down.get(ANY, null))
                .isExactlyInstanceOf(KeySourceException.class)
                .hasMessage("down");
        KeyFilter broken = new KeyFilter((selector, context) -> {
            throw new IllegalArgumentException("Empty key");
        });
        assertThatThrownBy(() -> broken.get(ANY, null))
                .isExactlyInstanceOf(KeySourceException.class)
                .hasMessageContaining("IllegalArgumentException");
    }

    @Test
    void theKeyFilterRemembersVerdictsForManyKeysCorrectly() throws Exception {
        List<JWK> keys = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            keys.add(rsa(i % 2 == 0 ? 2048 : 1024, "k" + i, null, null).toPublicJWK());
        }
        KeyFilter filter = new KeyFilter((selector, context) -> keys);
        for (int round = 0; round < 2; round++) {
            assertThat(filter.get(ANY, null)).hasSize(35).allMatch(k -> ((RSAKey) k).size() == 2048);
        }
    }

    @Test
    void theKeyFilterRemembersAtMost64Verdicts() throws Exception {
        List<JWK> published = new ArrayList<>();
        KeyFilter filter = new KeyFilter((selector, context) -> List.copyOf(published));
        for (int i = 1; i <= 65; i++) {
            published.clear();
            published.add(rsa(1024, "k" + i, null, null).toPublicJWK());
            assertThatThrownBy(() -> filter.get(ANY, null)).isInstanceOf(UnknownKeyException.class);
            assertThat(filter.rememberedVerdicts()).as("after %d keys", i).isEqualTo(i <= 64 ? i : 1);
        }
    }

    @Test
    void aKeysVerifierIsBuiltOncePerKeyAndAtMost64AreRemembered() throws Exception {
        List<JWK> published = new ArrayList<>();
        KeyFilter filter = new KeyFilter((selector, context) -> List.copyOf(published));
        SignatureStage stage =
                new SignatureStage(Set.of(com.nimbusds.jose.JWSAlgorithm.RS256), Set.of("jwt"), 8192, filter);
        String token = Tokens.valid();
        String json = Tokens.KEY.toPublicJWK().toJSONString();
        for (int i = 1; i <= 65; i++) {
            published.clear();
            published.add(JWK.parse(json)); // the same key as a new instance, as after a refresh
            for (int call = 0; call < 3; call++) {
                assertThat(stage.check(token))
                        .as("key instance %d, call %d", i, call)
                        .isNull();
            }
            assertThat(stage.rememberedVerifiers())
                    .as("after %d key instances", i)
                    .isEqualTo(i <= 64 ? i : 1);
        }
        published.clear();
        published.add(Tokens.OTHER_KEY_SAME_KID.toPublicJWK());
        assertThat(stage.check(token)).isEqualTo(AuthFailure.BAD_SIGNATURE);
    }

    @Test
    void aCachedTokenServesOnlyItselfEvenThoughTheSyntaxCheckComesAfterTheLookup() {
        JwtAuthenticator jwt = HookAuth.jwt()
                .issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .clientIds(Tokens.CLIENT)
                .keys(Tokens.publicKeys(Tokens.KEY))
                .clock(Clock.fixed(Tokens.NOW, ZoneOffset.UTC))
                .build();
        String token = Tokens.valid();
        assertThat(jwt.verify(token)).isInstanceOf(JwtVerification.Verified.class);
        assertThat(jwt.verify(token)).isInstanceOf(JwtVerification.Verified.class);
        assertThat(jwt.cachedVerdicts()).isEqualTo(1);
        assertThat(jwt.verify(token + "=")).isEqualTo(new JwtVerification.Rejected(AuthFailure.MALFORMED_TOKEN));
        assertThat(jwt.verify(token + " ")).isEqualTo(new JwtVerification.Rejected(AuthFailure.MALFORMED_TOKEN));
        assertThat(jwt.verify(token.substring(0, token.length() - 1) + "\uD800"))
                .isEqualTo(new JwtVerification.Rejected(AuthFailure.MALFORMED_TOKEN));
        assertThat(jwt.verify(token + "A".repeat(9000)))
                .isEqualTo(new JwtVerification.Rejected(AuthFailure.TOKEN_TOO_LARGE));
    }

    @Test
    void aVerifiedTokenCacheHoldsAtLeastOneEntry() {
        assertThatThrownBy(() -> new VerifiedTokenCache(0, java.time.Duration.ofMinutes(10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new VerifiedTokenCache(1, java.time.Duration.ofMinutes(10)).size())
                .isZero();
    }

    @Test
    void theSyntaxCheckNamesEachMalformation() {
        assertThat(TokenSyntax.check("a.b")).isEqualTo(AuthFailure.MALFORMED_TOKEN);
        assertThat(TokenSyntax.check("abc")).isEqualTo(AuthFailure.MALFORMED_TOKEN);
        assertThat(TokenSyntax.check("a.b.c.d")).isEqualTo(AuthFailure.MALFORMED_TOKEN);
        assertThat(TokenSyntax.check("a.b.c.d.e")).isEqualTo(AuthFailure.UNSUPPORTED_TOKEN);
        assertThat(TokenSyntax.check("a.b.c.d.e.f")).isEqualTo(AuthFailure.MALFORMED_TOKEN);
        assertThat(TokenSyntax.check(".AA.AA")).isEqualTo(AuthFailure.MALFORMED_TOKEN);
        assertThat(TokenSyntax.check("AA..AA")).isNull();
        assertThat(TokenSyntax.check("AA.AA.")).isNull();
        assertThat(TokenSyntax.check("AA.AA.AA")).isNull();
        assertThat(TokenSyntax.check("AB.AA.AA")).isEqualTo(AuthFailure.MALFORMED_TOKEN);
        assertThat(TokenSyntax.check("AA.AB.AA")).isEqualTo(AuthFailure.MALFORMED_TOKEN);
        assertThat(TokenSyntax.check("AA.AA.AB")).isEqualTo(AuthFailure.MALFORMED_TOKEN);
        assertThat(TokenSyntax.check("AAAAA.AA.AA")).isEqualTo(AuthFailure.MALFORMED_TOKEN);
        for (String bad :
                new String[] {"A A.AA.AA", "A=.AA.AA", "A+.AA.AA", "A/.AA.AA", "AA.A\u00e9.AA", "AA.AA.A\n"}) {
            assertThat(TokenSyntax.check(bad)).as(bad).isEqualTo(AuthFailure.MALFORMED_TOKEN);
        }
        assertThat(TokenSyntax.check("az09-_AA.AA.AA")).isNull();
    }

    @Test
    void theSyntaxCheckAdmitsExactlyTheBase64urlAlphabet() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (char c = 0; c < 0x300; c++) {
            AuthFailure expected = alphabet.indexOf(c) >= 0 ? null : AuthFailure.MALFORMED_TOKEN;
            assertThat(TokenSyntax.check("AA" + c + "A.AAAA.AAAA"))
                    .as("U+%04X", (int) c)
                    .isEqualTo(expected);
        }
    }

    @Test
    void headerRulesRefuseStrippedSignaturesAndAnyCriticalHeader() throws Exception {
        JwtAuthenticator jwt = HookAuth.jwt()
                .issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .clientIds(Tokens.CLIENT)
                .keys(Tokens.publicKeys(Tokens.KEY))
                .clock(Clock.fixed(Tokens.NOW, ZoneOffset.UTC))
                .build();
        String valid = Tokens.valid();
        String stripped = valid.substring(0, valid.lastIndexOf('.') + 1);
        assertThat(jwt.verify(stripped)).isEqualTo(new JwtVerification.Rejected(AuthFailure.MALFORMED_TOKEN));
        assertThat(jwt.checkSignature(stripped)).isEqualTo(AuthFailure.MALFORMED_TOKEN);
        String signingInput = Tokens.b64("{\"alg\":\"RS256\",\"kid\":\"k1\",\"crit\":[]}") + "."
                + Tokens.b64(Tokens.claims().build().toString());
        String emptyCrit = signingInput + "."
                + new com.nimbusds.jose.crypto.RSASSASigner(Tokens.KEY)
                        .sign(
                                new com.nimbusds.jose.JWSHeader(com.nimbusds.jose.JWSAlgorithm.RS256),
                                signingInput.getBytes(StandardCharsets.US_ASCII));
        assertThat(jwt.verify(emptyCrit))
                .isEqualTo(new JwtVerification.Rejected(AuthFailure.UNSUPPORTED_CRITICAL_HEADER));
        assertThat(jwt.checkSignature("a".repeat(8192))).isEqualTo(AuthFailure.MALFORMED_TOKEN);
        assertThat(jwt.checkSignature("a".repeat(8193))).isEqualTo(AuthFailure.TOKEN_TOO_LARGE);
    }

    @Test
    void theCanonicalCheckKnowsEveryAlphabetCharacter() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int value = 0; value < 64; value++) {
            char c = alphabet.charAt(value);
            assertThat(TokenSyntax.canonical("A" + c)).as("tail 2 " + c).isEqualTo((value & 0x0f) == 0);
            assertThat(TokenSyntax.canonical("AA" + c)).as("tail 3 " + c).isEqualTo((value & 0x03) == 0);
            assertThat(TokenSyntax.canonical("AAA" + c)).as("full " + c).isTrue();
        }
        assertThat(TokenSyntax.canonical("A")).isFalse();
        assertThat(TokenSyntax.canonical("")).isTrue();
    }

    private static final ClaimRules RULES = new ClaimRules(
            "https://issuer.example/oauth2/x",
            "api://hooks",
            Set.of("c1"),
            "s1",
            Clock.fixed(Tokens.NOW, ZoneOffset.UTC),
            Duration.ofSeconds(60),
            Duration.ofHours(24));

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder()
                .issuer("https://issuer.example/oauth2/x")
                .audience("api://hooks")
                .claim("cid", "c1")
                .claim("scp", List.of("s1"))
                .issueTime(Date.from(Tokens.NOW))
                .expirationTime(Date.from(Tokens.NOW.plusSeconds(600)));
    }

    private static AuthFailure reason(JWTClaimsSet claims) {
        try {
            RULES.toVerified(claims);
            return null;
        } catch (Rejection e) {
            return e.reason();
        }
    }

    @Test
    void claimRulesReadEveryClaimStrictly() {
        assertThat(reason(claims().build())).isNull();
        assertThat(reason(claims().claim("iss", 7).build())).isEqualTo(AuthFailure.MISSING_CLAIM);
        assertThat(reason(claims().claim("aud", List.of("api://hooks", 7)).build()))
                .isEqualTo(AuthFailure.MISSING_CLAIM);
        assertThat(reason(claims().claim("aud", 7).build())).isEqualTo(AuthFailure.MISSING_CLAIM);
        assertThat(reason(claims().claim("aud", List.of("a", "api://hooks")).build()))
                .isNull();
        assertThat(reason(claims().claim("exp", Tokens.NOW.plusSeconds(600).getEpochSecond())
                        .build()))
                .isNull();
        assertThat(reason(claims().claim("iat", "yesterday").build())).isEqualTo(AuthFailure.MISSING_CLAIM);
        assertThat(reason(claims().claim("nbf", "soon").build())).isEqualTo(AuthFailure.MALFORMED_TOKEN);
        assertThat(reason(claims().notBeforeTime(Date.from(Tokens.NOW.plusSeconds(60)))
                        .build()))
                .isNull();
        assertThat(reason(claims().notBeforeTime(Date.from(Tokens.NOW.plusSeconds(61)))
                        .build()))
                .isEqualTo(AuthFailure.NOT_YET_VALID);
        assertThat(reason(claims().issueTime(Date.from(Tokens.NOW.plusSeconds(60)))
                        .build()))
                .isNull();
        assertThat(reason(claims().issueTime(Date.from(Tokens.NOW.plusSeconds(61)))
                        .build()))
                .isEqualTo(AuthFailure.ISSUED_IN_FUTURE);
        assertThat(reason(claims().expirationTime(Date.from(Tokens.NOW.minusSeconds(60)))
                        .build()))
                .isNull();
        assertThat(reason(claims().issueTime(Date.from(Tokens.NOW.minusSeconds(3600)))
                        .expirationTime(Date.from(Tokens.NOW.plusSeconds(86_400 - 3600 + 60)))
                        .build()))
                .isNull();
        assertThat(reason(claims().issueTime(Date.from(Tokens.NOW.minusSeconds(3600)))
                        .expirationTime(Date.from(Tokens.NOW.plusSeconds(86_400 - 3600 + 61)))
                        .build()))
                .isEqualTo(AuthFailure.LIFETIME_TOO_LONG);
        assertThat(reason(claims().claim("cid", 7).build())).isEqualTo(AuthFailure.BAD_CLIENT);
        assertThat(reason(claims().claim("scp", List.of("x", 7)).build())).isEqualTo(AuthFailure.INSUFFICIENT_SCOPE);
        assertThat(reason(claims().claim("scp", "  s1  other ").build())).isNull();
        assertThat(reason(claims().claim("scp", 7).build())).isEqualTo(AuthFailure.INSUFFICIENT_SCOPE);
    }

    @Test
    void scopesAreReadFromAStringOrAnArrayAndNothingElse() throws Exception {
        ClaimRules open = new ClaimRules(
                "https://issuer.example/oauth2/x",
                "api://hooks",
                Set.of(),
                null,
                Clock.fixed(Tokens.NOW, ZoneOffset.UTC),
                Duration.ofSeconds(60),
                Duration.ofHours(24));
        assertThat(open.toVerified(claims().claim("scp", "").build()).scopes()).isEmpty();
        assertThat(open.toVerified(claims().claim("scp", "  ").build()).scopes())
                .isEmpty();
        assertThat(open.toVerified(claims().claim("scp", " a  b ").build()).scopes())
                .containsExactly("a", "b");
        assertThat(open.toVerified(claims().claim("scp", java.util.Arrays.asList("a", null, "b"))
                                .build())
                        .scopes())
                .containsExactly("a", "b");
        assertThat(open.toVerified(claims().claim("scp", null).build()).scopes())
                .isEmpty();
        assertThat(open.toVerified(claims().claim("scp", 7).build()).scopes()).isEmpty();
    }

    @Test
    void theVerdictCarriesTheTokensFacts() throws Exception {
        JwtVerification.Verified verified =
                RULES.toVerified(claims().subject("sub-1").build());
        assertThat(verified.subject()).isEqualTo("sub-1");
        assertThat(verified.clientId()).isEqualTo("c1");
        assertThat(verified.scopes()).containsExactly("s1");
        assertThat(verified.issuedAt()).isEqualTo(Tokens.NOW);
        assertThat(verified.expiresAt()).isEqualTo(Tokens.NOW.plusSeconds(600));
        ClaimRules open = new ClaimRules(
                "https://i.example/o", "a", Set.of(), null, Clock.systemUTC(), Duration.ZERO, Duration.ofHours(1));
        assertThat(open.toVerified(new JWTClaimsSet.Builder()
                                .issuer("https://i.example/o")
                                .audience("a")
                                .issueTime(new Date())
                                .expirationTime(new Date(System.currentTimeMillis() + 60_000))
                                .build())
                        .clientId())
                .isNull();
    }

    @Test
    void theBearerSchemeIsParsedExactly() {
        JwtAuthenticator jwt = HookAuth.jwt()
                .issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .clientIds(Tokens.CLIENT)
                .keys(Tokens.publicKeys(Tokens.KEY))
                .clock(Clock.fixed(Tokens.NOW, ZoneOffset.UTC))
                .build();
        assertThat(jwt.authenticate(HookHeaders.of("Authorization", "Bearer ")))
                .isEqualTo(AuthResult.rejected("wrong_scheme", JwtAuthenticator.CHALLENGE));
        assertThat(jwt.authenticate(HookHeaders.of("Authorization", "BearerX" + Tokens.valid())))
                .isEqualTo(AuthResult.rejected("wrong_scheme", JwtAuthenticator.CHALLENGE));
        assertThat(jwt.authenticate(HookHeaders.of("Authorization", "Bearer x")))
                .isEqualTo(AuthResult.rejected("malformed_token", JwtAuthenticator.CHALLENGE));
        assertThat(jwt.authenticate(HookHeaders.of("Authorization", "   ")))
                .isEqualTo(AuthResult.rejected("missing_credentials", JwtAuthenticator.CHALLENGE));
        assertThat(jwt.authenticate(name -> java.util.Collections.singletonList(null)))
                .isEqualTo(AuthResult.rejected("missing_credentials", JwtAuthenticator.CHALLENGE));
        assertThat(jwt.authenticate(name -> null))
                .isEqualTo(AuthResult.rejected("missing_credentials", JwtAuthenticator.CHALLENGE));
        assertThat(jwt.verify(null)).isEqualTo(new JwtVerification.Rejected(AuthFailure.MISSING_CREDENTIALS));
        assertThat(jwt.authenticate(HookHeaders.of("Authorization", "Bearer " + Tokens.valid())))
                .isEqualTo(AuthResult.accepted(Tokens.CLIENT));
        JwtAuthenticator noClients = HookAuth.jwt()
                .issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .anyClient()
                .keys(Tokens.publicKeys(Tokens.KEY))
                .clock(Clock.fixed(Tokens.NOW, ZoneOffset.UTC))
                .build();
        assertThat(noClients.authenticate(
                        HookHeaders.of("Authorization", "Bearer " + Tokens.with(c -> c.claim("cid", null)))))
                .isEqualTo(AuthResult.accepted("jwt"));
        assertThat(jwt.checkSignature("a".repeat(9000))).isEqualTo(AuthFailure.TOKEN_TOO_LARGE);
        assertThat(jwt.checkSignature(Tokens.valid())).isNull();
        assertThat(jwt.checkSignature(Tokens.raw("{\"alg\":\"none\"}", "{}", "")))
                .isEqualTo(AuthFailure.UNSECURED_JWT);
    }

    @Test
    void unavailableKeysAreTemporaryInEveryPath() {
        JWKSource<SecurityContext> down = (selector, context) -> {
            throw new KeySourceException("down");
        };
        JwtAuthenticator jwt = HookAuth.jwt()
                .issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .clientIds(Tokens.CLIENT)
                .keySource(down)
                .clock(Clock.fixed(Tokens.NOW, ZoneOffset.UTC))
                .build();
        assertThat(jwt.verify(Tokens.valid())).isEqualTo(new JwtVerification.Unavailable(AuthFailure.KEYS_UNAVAILABLE));
        assertThat(jwt.authenticate(HookHeaders.of("Authorization", "Bearer " + Tokens.valid())))
                .isEqualTo(AuthResult.unavailable("keys_unavailable"));
        assertThat(jwt.checkSignature(Tokens.valid())).isEqualTo(AuthFailure.KEYS_UNAVAILABLE);
    }

    @Test
    void closingStopsAClosableKeySource() {
        AtomicBoolean closed = new AtomicBoolean();
        class ClosableSource implements JWKSource<SecurityContext>, Closeable {
            @Override
            public List<JWK> get(JWKSelector selector, SecurityContext context) {
                return List.of();
            }

            @Override
            public void close() {
                closed.set(true);
            }
        }
        HookAuth.jwt()
                .issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .clientIds(Tokens.CLIENT)
                .keySource(new ClosableSource())
                .build()
                .close();
        assertThat(closed).isTrue();
        HookAuth.jwt()
                .issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .clientIds(Tokens.CLIENT)
                .keys(new JWKSet())
                .build()
                .close();
    }

    @Test
    void anyOfPrefersAcceptanceThenUnavailabilityThenTheLastRejection() {
        var rejectA = (io.oktahooks.core.HookAuthenticator) h -> AuthResult.rejected("a", null);
        var rejectB = (io.oktahooks.core.HookAuthenticator) h -> AuthResult.rejected("b", null);
        var unavailable = (io.oktahooks.core.HookAuthenticator) h -> AuthResult.unavailable("keys_unavailable");
        var accept = (io.oktahooks.core.HookAuthenticator) h -> AuthResult.accepted("x");
        assertThat(HookAuth.anyOf(rejectA, rejectB).authenticate(HookHeaders.of()))
                .isEqualTo(AuthResult.rejected("b", null));
        assertThat(HookAuth.anyOf(unavailable, rejectA).authenticate(HookHeaders.of()))
                .isEqualTo(AuthResult.unavailable("keys_unavailable"));
        assertThat(HookAuth.anyOf(rejectA, accept, unavailable).authenticate(HookHeaders.of()))
                .isEqualTo(AuthResult.accepted("x"));
    }

    @Test
    void headerSecretsTrimOnlyHttpWhitespace() {
        var basic = HookAuth.headerSecret().secret("s".repeat(20)).build();
        assertThat(basic.authenticate(HookHeaders.of("Authorization", "\t" + "s".repeat(20) + " \t")))
                .isInstanceOf(AuthResult.Accepted.class);
        assertThat(basic.authenticate(HookHeaders.of("Authorization", "\n" + "s".repeat(20))))
                .isInstanceOf(AuthResult.Rejected.class);
        AuthResult missing = AuthResult.rejected("missing_credentials", "Basic realm=\"okta-hooks\"");
        assertThat(basic.authenticate(name -> java.util.Collections.singletonList(null)))
                .isEqualTo(missing);
        assertThat(basic.authenticate(name -> null)).isEqualTo(missing);
    }
}
