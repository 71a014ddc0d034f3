package io.oktahooks.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import io.oktahooks.auth.internal.Fingerprint;
import io.oktahooks.auth.jwt.JwtAuthenticator;
import io.oktahooks.auth.jwt.JwtInternals;
import io.oktahooks.auth.jwt.JwtVerification;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Misconfiguration fails in build() naming the field and the rule; every limit holds at its boundary. */
class ConfigurationRulesTest {

    private static JwtAuthenticator.Builder valid() {
        return HookAuth.jwt()
                .issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .clientIds(Tokens.CLIENT)
                .keys(Tokens.publicKeys(Tokens.KEY));
    }

    private static void refused(UnaryOperator<JwtAuthenticator.Builder> change, String message) {
        assertThatThrownBy(() -> change.apply(valid()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("JWT authentication is misconfigured: ")
                .hasMessageContaining(message);
    }

    private static void accepted(UnaryOperator<JwtAuthenticator.Builder> change) {
        assertThat(change.apply(valid()).build()).isNotNull();
    }

    @Test
    void issuerAndAudienceAreRequired() {
        refused(b -> b.issuer(null), "issuer is required");
        refused(b -> b.issuer(" "), "issuer is required");
        refused(b -> b.issuer("not a url"), "issuer");
        refused(b -> b.issuer("ftp://acme.okta.example/oauth2/x"), "issuer must be an https URL");
        refused(b -> b.issuer("https:///oauth2/x"), "issuer");
        refused(b -> b.audience(null), "audience is required");
        refused(b -> b.audience(""), "audience is required");
    }

    @Test
    void loopbackIssuersMayUseHttp() {
        accepted(b -> b.issuer("http://127.0.0.1:8080/oauth2/x"));
        accepted(b -> b.issuer("http://localhost:8080/oauth2/x"));
        accepted(b -> b.issuer("http://[::1]:8080/oauth2/x"));
        refused(b -> b.issuer("http://10.0.0.1/oauth2/x"), "issuer must be an https URL");
        refused(b -> b.issuer("http://example.com/oauth2/x"), "issuer must be an https URL");
        refused(b -> b.issuer("http://127.example.com/oauth2/x"), "issuer must be an https URL");
    }

    @Test
    void oktaOrgServersAreRefusedButCustomServersAndOtherHostsAreNot() {
        for (String org : new String[] {
            "https://acme.okta.com",
            "https://acme.okta.com/",
            "https://acme.oktapreview.com",
            "https://acme.okta-emea.com",
            "https://acme.okta-gov.com",
            "https://acme.okta.mil"
        }) {
            refused(b -> b.issuer(org), "org authorization server");
        }
        accepted(b -> b.issuer("https://acme.okta.com/oauth2/default"));
        accepted(b -> b.issuer("https://auth.example.com"));
    }

    @Test
    void aTrailingSlashOnTheIssuerIsDropped() {
        JwtAuthenticator jwt = valid().issuer(Tokens.ISSUER + "/")
                .clock(java.time.Clock.fixed(Tokens.NOW, java.time.ZoneOffset.UTC))
                .build();
        assertThat(jwt.verify(Tokens.valid())).isInstanceOf(JwtVerification.Verified.class);
        assertThat(jwt.toString()).contains("issuer=" + Tokens.ISSUER + ",");
    }

    @Test
    void scopeClientIdsAndAlgorithmsAreChecked() {
        refused(b -> b.requiredScope(" "), "requiredScope must be one scope name");
        refused(b -> b.requiredScope("a b"), "requiredScope must be one scope name");
        refused(b -> b.clientIds("ok", " "), "clientIds must not contain blank ids");
        refused(b -> b.algorithms("HS256"), "algorithm HS256 is not allowed");
        refused(b -> b.algorithms("none"), "algorithm none is not allowed");
        refused(b -> b.algorithms(), "algorithms must name at least one algorithm");
        refused(b -> b.algorithms("ES256"), "algorithm ES256 is not allowed: only the RSA algorithms");
        accepted(b -> b.algorithms("RS256", "PS256", "RS384", "RS512", "PS384", "PS512"));
    }

    @Test
    void configuredAlgorithmsAndTypesAreTheOnesAccepted() throws Exception {
        JwtAuthenticator ps = valid().algorithms("PS256")
                .clock(java.time.Clock.fixed(Tokens.NOW, java.time.ZoneOffset.UTC))
                .build();
        var header = new com.nimbusds.jose.JWSHeader.Builder(JWSAlgorithm.PS256)
                .keyID("k1")
                .build();
        assertThat(ps.verify(Tokens.sign(Tokens.KEY, header, Tokens.claims().build())))
                .isInstanceOf(JwtVerification.Verified.class);
        assertThat(ps.verify(Tokens.valid())).isEqualTo(new JwtVerification.Rejected(AuthFailure.ALG_NOT_ALLOWED));
        JwtAuthenticator typed = valid().acceptedTypes("AT+JWT")
                .clock(java.time.Clock.fixed(Tokens.NOW, java.time.ZoneOffset.UTC))
                .build();
        String atJwt = Tokens.sign(
                Tokens.KEY,
                Tokens.header(Tokens.KEY).type(new JOSEObjectType("at+jwt")).build(),
                Tokens.claims().build());
        assertThat(typed.verify(atJwt)).isInstanceOf(JwtVerification.Verified.class);
        assertThat(typed.verify(Tokens.valid())).isEqualTo(new JwtVerification.Rejected(AuthFailure.BAD_TYPE));
    }

    @Test
    void timeLimitsAreBounded() {
        accepted(b -> b.clockSkew(Duration.ZERO));
        accepted(b -> b.clockSkew(Duration.ofMinutes(5)));
        refused(b -> b.clockSkew(Duration.ofSeconds(301)), "clockSkew must be between 0 and 300 seconds");
        refused(b -> b.clockSkew(Duration.ofSeconds(-1)), "clockSkew must be between 0 and 300 seconds");
        refused(b -> b.maxLifetime(Duration.ZERO), "maxLifetime must be positive");
        refused(b -> b.maxLifetime(Duration.ofSeconds(-1)), "maxLifetime must be positive");
        accepted(b -> b.maxLifetime(Duration.ofSeconds(1)));
    }

    @Test
    void sizeLimitsAreBounded() {
        accepted(b -> b.maxTokenLength(512));
        accepted(b -> b.maxTokenLength(65_536));
        refused(b -> b.maxTokenLength(511), "maxTokenLength must be between 512 and 65536");
        refused(b -> b.maxTokenLength(65_537), "maxTokenLength must be between 512 and 65536");
        accepted(b -> b.verifiedTokenCacheSize(0));
        refused(b -> b.verifiedTokenCacheSize(-1), "verifiedTokenCacheSize must not be negative");
        JwtAuthenticator small = valid().maxTokenLength(512).build();
        assertThat(small.verify("a".repeat(513))).isEqualTo(new JwtVerification.Rejected(AuthFailure.TOKEN_TOO_LARGE));
        assertThat(small.verify("a".repeat(512))).isEqualTo(new JwtVerification.Rejected(AuthFailure.MALFORMED_TOKEN));
        JwtAuthenticator uncached = valid().verifiedTokenCacheSize(0)
                .clock(java.time.Clock.fixed(Tokens.NOW, java.time.ZoneOffset.UTC))
                .build();
        assertThat(uncached.verify(Tokens.valid())).isInstanceOf(JwtVerification.Verified.class);
        assertThat(JwtInternals.cachedVerdicts(uncached)).isZero();
    }

    @Test
    void theKeyCacheSettingsMustFitTogether() {
        JwtAuthenticator.Builder builder =
                HookAuth.jwt().issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).clientIds(Tokens.CLIENT);
        assertThatThrownBy(() -> builder.jwksCacheTtl(Duration.ofSeconds(10))
                        .jwksRefreshTimeout(Duration.ofSeconds(1))
                        .jwksRefreshAhead(Duration.ofSeconds(1))
                        .jwksRateLimit(Duration.ofSeconds(10))
                        .jwksOutageTolerance(Duration.ofMinutes(1))
                        .build())
                .hasMessageContaining("jwksRateLimit and jwksRefreshAhead");
        assertThatThrownBy(() -> HookAuth.jwt()
                        .issuer(Tokens.ISSUER)
                        .audience(Tokens.AUDIENCE)
                        .clientIds(Tokens.CLIENT)
                        .jwksCacheTtl(Duration.ofSeconds(10))
                        .jwksRefreshTimeout(Duration.ofSeconds(5))
                        .jwksRefreshAhead(Duration.ofSeconds(5))
                        .jwksRateLimit(Duration.ofSeconds(1))
                        .jwksOutageTolerance(Duration.ofMinutes(1))
                        .build())
                .hasMessageContaining("jwksRateLimit and jwksRefreshAhead");
        assertThat(HookAuth.jwt()
                        .issuer(Tokens.ISSUER)
                        .audience(Tokens.AUDIENCE)
                        .clientIds(Tokens.CLIENT)
                        .jwksCacheTtl(Duration.ofSeconds(10))
                        .jwksRefreshTimeout(Duration.ofSeconds(4))
                        .jwksRefreshAhead(Duration.ofSeconds(5))
                        .jwksRateLimit(Duration.ofSeconds(9))
                        .jwksOutageTolerance(Duration.ofMinutes(1))
                        .jwksTimeouts(Duration.ofMillis(200), Duration.ofMillis(300))
                        .build())
                .isNotNull();
    }

    @Test
    void theKeysFetchDeadlineIsPositiveAndUnderOktasThreeSeconds() {
        String rule = "jwksTimeouts and jwksDeadline must be positive, and jwksDeadline under Okta's 3 s";
        refused(b -> b.jwksDeadline(Duration.ZERO), rule);
        refused(b -> b.jwksDeadline(Duration.ofMillis(-1)), rule);
        refused(b -> b.jwksDeadline(Duration.ofSeconds(3)), rule);
        refused(b -> b.jwksTimeouts(Duration.ZERO, Duration.ofMillis(500)), rule);
        refused(b -> b.jwksTimeouts(Duration.ofMillis(500), Duration.ofMillis(-1)), rule);
        refused(b -> b.jwksTimeouts(Duration.ofMillis(-1), Duration.ofMillis(500)), rule);
        refused(b -> b.jwksTimeouts(Duration.ofMillis(500), Duration.ZERO), rule);
        accepted(b -> b.jwksDeadline(Duration.ofMillis(2999)).jwksTimeouts(Duration.ofMillis(1), Duration.ofMillis(1)));
    }

    @Test
    void theKeysUrlIsDerivedFromTheIssuerUnlessGiven() {
        assertThat(HookAuth.jwt()
                        .issuer(Tokens.ISSUER)
                        .audience("a")
                        .clientIds(Tokens.CLIENT)
                        .build())
                .isNotNull();
        assertThatThrownBy(() -> HookAuth.jwt()
                        .issuer(Tokens.ISSUER)
                        .audience("a")
                        .clientIds(Tokens.CLIENT)
                        .jwksUri("https:///keys")
                        .build())
                .hasMessageContaining("jwksUri must be an https URL");
        assertThatThrownBy(() -> HookAuth.jwt()
                        .issuer(Tokens.ISSUER)
                        .audience("a")
                        .clientIds(Tokens.CLIENT)
                        .jwksUri("bad uri with spaces")
                        .build())
                .hasMessageContaining("jwksUri is not a valid URI");
        assertThat(HookAuth.jwt()
                        .issuer(Tokens.ISSUER)
                        .audience("a")
                        .clientIds(Tokens.CLIENT)
                        .jwksUri("https://ACME.okta.example/other/keys")
                        .build())
                .isNotNull();
        assertThat(HookAuth.jwt()
                        .issuer("http://127.0.0.1:9/oauth2/x")
                        .audience("a")
                        .clientIds(Tokens.CLIENT)
                        .jwksUri("http://127.0.0.1:10/keys")
                        .build())
                .isNotNull();
    }

    @Test
    void theKeysHostMustBeTheIssuersUnlessCrossHostIsAllowed() {
        assertThatThrownBy(() -> HookAuth.jwt()
                        .issuer(Tokens.ISSUER)
                        .audience("a")
                        .clientIds(Tokens.CLIENT)
                        .jwksUri("https://keys.example/keys")
                        .build())
                .hasMessageContaining(
                        "jwksUri host keys.example differs from the issuer's; call allowCrossHostJwks(true)");
        assertThat(HookAuth.jwt()
                        .issuer(Tokens.ISSUER)
                        .audience("a")
                        .clientIds(Tokens.CLIENT)
                        .jwksUri("https://keys.example/keys")
                        .allowCrossHostJwks(true)
                        .build())
                .isNotNull();
        assertThatThrownBy(() -> HookAuth.jwt()
                        .issuer(Tokens.ISSUER)
                        .audience("a")
                        .clientIds(Tokens.CLIENT)
                        .jwksUri("http://keys.example/keys")
                        .allowCrossHostJwks(true)
                        .build())
                .hasMessageContaining("jwksUri must be an https URL");
    }

    @Test
    void givenKeysAndAKeysUrlAreNotCombined() {
        refused(
                b -> b.jwksUri("https://acme.okta.example/oauth2/aushooks/v1/keys"),
                "jwksUri and keys(...)/keySource(...) are alternatives");
    }

    @Test
    void httpIsAllowedOnlyToLoopbackNeverViaDns() {
        accepted(b -> b.issuer("http://127.0.0.2:8080/oauth2/x"));
        accepted(b -> b.issuer("HTTP://LOCALHOST:8080/oauth2/x"));
        accepted(b -> b.issuer("http://[0:0:0:0:0:0:0:1]/oauth2/x"));
        refused(b -> b.issuer("http://[::2]/oauth2/x"), "issuer must be an https URL");
        refused(b -> b.issuer("http://128.0.0.1/oauth2/x"), "issuer must be an https URL");
        refused(b -> b.issuer("http://localhost.example/oauth2/x"), "issuer must be an https URL");
        refused(b -> b.issuer("ftp://localhost/oauth2/x"), "issuer must be an https URL");
        refused(b -> b.issuer("ftp://127.0.0.1/oauth2/x"), "issuer must be an https URL");
        refused(b -> b.issuer("https://acme.okta.com//"), "org authorization server");
    }

    @Test
    void eachMessageNamesOnlyTheRulesBroken() {
        assertThatThrownBy(() -> valid().algorithms("HS256").build())
                .hasMessage(
                        "JWT authentication is misconfigured: algorithm HS256 is not allowed: only the RSA algorithms RS* "
                                + "and PS* are (Okta signs with RS256; never none, HS* or ES*)");
        assertThatThrownBy(() -> valid().clientIds(" ").algorithms().build())
                .hasMessage("JWT authentication is misconfigured: clientIds must not contain blank ids; "
                        + "algorithms must name at least one algorithm");
        assertThatThrownBy(() -> HookAuth.jwt()
                        .issuer("ftp://acme.example/oauth2/x")
                        .audience("a")
                        .clientIds(Tokens.CLIENT)
                        .build())
                .hasMessage("JWT authentication is misconfigured: issuer must be an https URL (http only on loopback)");
        assertThatThrownBy(() -> HookAuth.jwt()
                        .issuer("https://acme.okta.com")
                        .audience("a")
                        .clientIds(Tokens.CLIENT)
                        .jwksUri("http://evil.example/keys")
                        .build())
                .hasMessageContaining("org authorization server")
                .hasMessageContaining("jwksUri must be an https URL");
        refused(b -> b.clientIds("0oa1", null), "clientIds must not contain blank ids");
        refused(b -> b.requiredScope(""), "requiredScope must be one scope name");
        refused(b -> b.requiredScope("a\tb"), "requiredScope must be one scope name");
    }

    @Test
    void severalProblemsAreReportedTogether() {
        assertThatThrownBy(() -> HookAuth.jwt().build())
                .hasMessageContaining("issuer is required")
                .hasMessageContaining("audience is required")
                .hasMessageContaining("clientIds is required");
    }

    @Test
    void toStringShowsTheConfiguration() {
        JwtAuthenticator jwt =
                valid().clientIds("0oa1").requiredScope("okta.hooks").build();
        assertThat(jwt.toString())
                .isEqualTo("JwtAuthenticator{issuer=" + Tokens.ISSUER + ", audience=" + Tokens.AUDIENCE
                        + ", clientIds=[" + Tokens.CLIENT + ", 0oa1], scope=okta.hooks, algorithms=[RS256]}");
        jwt.close();
        JwtAuthenticator any = HookAuth.jwt()
                .issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .anyClient()
                .keys(Tokens.publicKeys(Tokens.KEY))
                .build();
        assertThat(any.toString()).contains(", clientIds=(any client), ");
    }

    @Test
    void failureReasonsKnowWhetherTheyAreTemporary() {
        assertThat(AuthFailure.KEYS_UNAVAILABLE.isTemporary()).isTrue();
        assertThat(AuthFailure.BAD_SIGNATURE.isTemporary()).isFalse();
        assertThat(AuthFailure.UNSUPPORTED_CRITICAL_HEADER.wireValue()).isEqualTo("unsupported_critical_header");
        assertThatThrownBy(() -> new JwtVerification.Rejected(AuthFailure.KEYS_UNAVAILABLE))
                .hasMessageContaining("temporary");
    }

    @Test
    void fingerprintsAndSanitizingNeverCarryTheSecret() {
        assertThat(Fingerprint.of("secret-token")).hasSize(8).doesNotContain("secret");
        assertThat(Fingerprint.of("secret-token"))
                .isEqualTo(Fingerprint.of("secret-token"))
                .isNotEqualTo(Fingerprint.of("secret-tokem"));
        assertThat(Fingerprint.sha256("a")).hasSize(32);
        assertThat(Fingerprint.sanitize(null)).isEqualTo("-");
        assertThat(Fingerprint.sanitize("k1\r\nfake\\")).isEqualTo("k1\\u000d\\u000afake\\u005c");
        assertThat(Fingerprint.sanitize("x".repeat(64))).isEqualTo("x".repeat(64));
        assertThat(Fingerprint.sanitize("x".repeat(65))).isEqualTo("x".repeat(64) + "...");
        assertThat(Fingerprint.sanitize("a\u007fb")).isEqualTo("a\\u007fb");
        assertThat(Fingerprint.sanitize("a b~")).isEqualTo("a b~");
        assertThat(Fingerprint.sanitize("a\u001fb")).isEqualTo("a\\u001fb");
    }

    @Test
    void headerSecretLimitsAreExact() {
        assertThat(HookAuth.headerSecret().secret("s".repeat(16)).build()).isNotNull();
        assertThatThrownBy(() -> HookAuth.headerSecret().secret("s".repeat(15)).build())
                .hasMessageContaining("at least 16");
        assertThatThrownBy(() ->
                        HookAuth.headerSecret().secret(" " + "s".repeat(20)).build())
                .hasMessageContaining("whitespace");
        assertThatThrownBy(() -> HookAuth.headerSecret().secret(null).build())
                .hasMessageContaining("secret is required");
        assertThat(HookAuth.basic("u", "p".repeat(8))).isNotNull();
        assertThatThrownBy(() -> HookAuth.basic("u", "p".repeat(7))).hasMessageContaining("at least 8");
        assertThatThrownBy(() -> HookAuth.basic("", "password1")).hasMessageContaining("basic user is required");
        assertThatThrownBy(() -> HookAuth.basic(null, "password1")).hasMessageContaining("basic user is required");
        assertThatThrownBy(() -> HookAuth.basic("u", "")).hasMessageContaining("basic password is required");
        assertThatThrownBy(() -> HookAuth.basic("u", null)).hasMessageContaining("basic password is required");
        assertThatThrownBy(() -> HookAuth.headerSecret()
                        .header(null)
                        .secret("s".repeat(20))
                        .build())
                .hasMessageContaining("header name");
        assertThatThrownBy(() -> HookAuth.headerSecret()
                        .header("X:Y")
                        .secret("s".repeat(20))
                        .build())
                .hasMessageContaining("header name");
        assertThatThrownBy(() -> HookAuth.headerSecret()
                        .header("X-\u00e9")
                        .secret("s".repeat(20))
                        .build())
                .hasMessageContaining("header name");
        assertThat(HookAuth.headerSecret()
                        .header(" X-Hook ")
                        .secret("s".repeat(20))
                        .build()
                        .toString())
                .isEqualTo("HeaderSecretAuthenticator{header=X-Hook, secrets=1}");
        assertThat(HookAuth.headerSecret()
                        .header("!X~")
                        .secret("s".repeat(20))
                        .build()
                        .toString())
                .contains("header=!X~");
        assertThatThrownBy(() -> HookAuth.headerSecret()
                        .header("X\u007f")
                        .secret("s".repeat(20))
                        .build())
                .hasMessageContaining("header name");
        assertThatThrownBy(() -> HookAuth.headerSecret()
                        .header("X Y")
                        .secret("s".repeat(20))
                        .build())
                .hasMessageContaining("header name");
        assertThatThrownBy(
                        () -> HookAuth.headerSecret().basic(":u", "password1").build())
                .hasMessageContaining("must not contain ':'");
        assertThatThrownBy(
                        () -> HookAuth.headerSecret().basic("u:", "password1").build())
                .hasMessageContaining("must not contain ':'");
        assertThatThrownBy(() -> HookAuth.headerSecret().secret("short").build())
                .hasMessage("header-secret authentication is misconfigured: secret must be at least 16 characters "
                        + "(use 32 or more random characters)");
        assertThatThrownBy(() -> HookAuth.anyOf()).hasMessageContaining("at least one");
    }
}
