package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktahooks.core.context.Session;
import io.oktahooks.core.context.User;
import io.oktahooks.core.event.EventDelivery;
import io.oktahooks.core.event.LogEvent;
import io.oktahooks.core.passwordimport.PasswordImportRequest;
import io.oktahooks.core.registration.RegistrationRequest;
import io.oktahooks.core.saml.Assertion;
import io.oktahooks.core.saml.SamlAttribute;
import io.oktahooks.core.saml.SamlRequest;
import io.oktahooks.core.telephony.MessageProfile;
import io.oktahooks.core.telephony.TelephonyRequest;
import io.oktahooks.core.token.MintedToken;
import io.oktahooks.core.token.TokenRequest;
import io.oktahooks.core.userimport.UserImportRequest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every typed accessor returns exactly what the payload holds, and empty when it is absent. */
class TypedAccessorsTest {

    private static final String EMPTY_DATA = "{\"data\": {}}";

    @Test
    void tokenContextAccessors() {
        TokenRequest request = TokenRequest.parse(Payloads.bytes(Payloads.TOKEN));
        assertThat(request.type()).isEqualTo(HookType.TOKEN);
        assertThat(request.eventType()).contains("com.okta.oauth2.tokens.transform");
        assertThat(request.contentType()).contains("application/json");
        assertThat(request.source()).contains("https://acme.okta.example/oauth2/ausclinic1/v1/authorize");
        assertThat(request.requestType()).isEmpty();
        assertThat(request.request().orElseThrow().id()).contains("reqA1b2C3");
        assertThat(request.request().orElseThrow().method()).contains("GET");
        assertThat(request.request().orElseThrow().ipAddress()).contains("203.0.113.7");
        Session session = request.session().orElseThrow();
        assertThat(session.id()).contains("102sessA");
        assertThat(session.userId()).contains("00ujessie1");
        assertThat(session.login()).contains("jessie.smith@example.com");
        assertThat(session.status()).contains("ACTIVE");
        assertThat(session.idpId()).contains("00oidp1");
        assertThat(session.idpType()).contains("OKTA");
        assertThat(session.mfaActive()).contains(true);
        assertThat(session.createdAt()).isEmpty();
        User user = request.user().orElseThrow();
        assertThat(user.id()).contains("00ujessie1");
        assertThat(user.profile().firstName()).contains("Jessie");
        assertThat(user.profile().lastName()).contains("Smith");
        assertThat(user.profile().locale()).contains("en");
        assertThat(user.profile().timeZone()).contains("Europe/Berlin");
        assertThat(user.profile().email()).isEmpty();
        assertThat(user.groupsLink()).isEmpty();
        assertThat(request.policy().orElseThrow().id()).contains("00pclinic");
        var protocol = request.protocol().orElseThrow();
        assertThat(protocol.type()).contains("OAUTH2.0");
        assertThat(protocol.issuerUri()).contains("https://acme.okta.example/oauth2/ausclinic1");
        assertThat(protocol.clientId()).contains("0oaclinicweb");
        assertThat(protocol.clientName()).contains("Clinic Web");
        assertThat(protocol.clientType()).contains("CONFIDENTIAL");
        assertThat(protocol.originalGrant()).isEmpty();
        var authorization = protocol.request().orElseThrow();
        assertThat(authorization.clientId()).contains("0oaclinicweb");
        assertThat(authorization.grantType()).contains("authorization_code");
        assertThat(authorization.redirectUri()).contains("https://clinic.example/cb");
        assertThat(authorization.responseMode()).contains("query");
        assertThat(authorization.state()).contains("s1");
        MintedToken access = request.access().orElseThrow();
        assertThat(access.lifetime()).contains(Duration.ofHours(1));
        assertThat(access.scopes().get("openid")).isEqualTo(new MintedToken.Scope("scpopenid", "GRANT"));
        assertThat(access.claims().get("tier").orElseThrow().asText()).isEqualTo("gold");
        assertThat(request.identity().orElseThrow().scopes()).isEmpty();
        assertThat(request.preferredUsername()).contains("jessie.smith@example.com");
    }

    @Test
    void preferredUsernameFallsBackToTheAccessTokenThenTheUser() {
        TokenRequest accessOnly = TokenRequest.parse(Payloads.bytes("""
                {"data": {"access": {"claims": {"preferred_username": "a@example.com"}}, "context": {"user": {"profile": {"login": "u@example.com"}}}}}"""));
        assertThat(accessOnly.preferredUsername()).contains("a@example.com");
        TokenRequest userOnly = TokenRequest.parse(Payloads.bytes("""
                {"data": {"identity": {"claims": {}}, "context": {"user": {"profile": {"login": "u@example.com"}}}}}"""));
        assertThat(userOnly.preferredUsername()).contains("u@example.com");
        TokenRequest empty = TokenRequest.parse(Payloads.bytes(EMPTY_DATA));
        assertThat(empty.preferredUsername()).isEmpty();
        assertThat(empty.request()).isEmpty();
        assertThat(empty.session()).isEmpty();
        assertThat(empty.policy()).isEmpty();
        assertThat(empty.protocol()).isEmpty();
        assertThat(empty.access()).isEmpty();
    }

    @Test
    void samlAccessors() {
        SamlRequest request = SamlRequest.parse(Payloads.bytes(Payloads.SAML));
        assertThat(request.appId()).contains("0oasaml");
        assertThat(request.appName()).contains("Records");
        assertThat(request.issuerUri()).contains("http://www.okta.com/exk1");
        assertThat(request.user().orElseThrow().login()).contains("kim.sato@example.com");
        assertThat(request.session()).isEmpty();
        assertThat(request.request()).isEmpty();
        Assertion assertion = request.assertion();
        assertThat(assertion.nameFormat()).contains("urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified");
        assertThat(assertion.sessionIndex()).contains("id1");
        assertThat(assertion.authnContextClassRef())
                .contains("urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport");
        assertThat(assertion.confirmationMethod()).isEmpty();
        assertThat(assertion.recipient()).isEmpty();
        assertThat(assertion.lifetime()).contains(Duration.ofSeconds(300));
        assertThat(assertion.claims().get("department"))
                .isEqualTo(new SamlAttribute(
                        SamlAttribute.BASIC, java.util.List.of(new SamlAttribute.Value("xs:string", "radiology"))));
        Assertion none = SamlRequest.parse(Payloads.bytes(EMPTY_DATA)).assertion();
        assertThat(none.claims()).isEmpty();
        assertThat(none.audienceRestriction()).isEmpty();
        assertThat(none.lifetime()).isEmpty();
        assertThat(SamlRequest.parse(Payloads.bytes(EMPTY_DATA)).appId()).isEmpty();
    }

    @Test
    void registrationAccessors() {
        RegistrationRequest ssr = RegistrationRequest.parse(Payloads.bytes(Payloads.REGISTRATION_SSR));
        assertThat(ssr.isClassic()).isFalse();
        assertThat(ssr.action()).contains("ALLOW");
        assertThat(ssr.request().orElseThrow().url()).contains("/idp/idx/enroll/new");
        assertThat(ssr.user()).isEmpty();
        assertThat(ssr.submittedProfile().orElseThrow().email()).contains("rajiv.tal@example.com");
        assertThat(ssr.userProfileUpdate()).isEmpty();
        RegistrationRequest pp = RegistrationRequest.parse(Payloads.bytes(Payloads.REGISTRATION_PROGRESSIVE));
        assertThat(pp.kind()).isEqualTo(RegistrationRequest.Kind.PROGRESSIVE_PROFILE);
        assertThat(pp.user().orElseThrow().id()).contains("00urajiv");
        assertThat(pp.submittedProfile().orElseThrow().string("mobilePhone")).contains("+49 (151) 2345-6789");
        assertThat(pp.userProfile()).isEmpty();
        RegistrationRequest classicUpdate =
                RegistrationRequest.parse(Payloads.bytes("{\"data\": {\"userProfileUpdate\": {\"a\": 1}}}"));
        assertThat(classicUpdate.kind()).isEqualTo(RegistrationRequest.Kind.PROGRESSIVE_PROFILE);
        RegistrationRequest classicBoth = RegistrationRequest.parse(
                Payloads.bytes("{\"data\": {\"userProfileUpdate\": {}, \"userProfile\": {}}}"));
        assertThat(classicBoth.kind()).isEqualTo(RegistrationRequest.Kind.SELF_SERVICE_REGISTRATION);
        RegistrationRequest other = RegistrationRequest.parse(
                Payloads.bytes("{\"requestType\": \"x\", \"data\": {\"userProfileUpdate\": {}}}"));
        assertThat(other.kind()).isEqualTo(RegistrationRequest.Kind.SELF_SERVICE_REGISTRATION);
        assertThat(RegistrationRequest.parse(Payloads.bytes("{\"data\": {\"action\": null}}"))
                        .action())
                .isEmpty();
    }

    @Test
    void userImportAccessors() {
        UserImportRequest request = UserImportRequest.parse(Payloads.bytes(Payloads.USER_IMPORT));
        assertThat(request.applicationId()).contains("0oahr");
        assertThat(request.applicationName()).contains("hr_app");
        assertThat(request.applicationLabel()).contains("HR");
        assertThat(request.applicationStatus()).contains("ACTIVE");
        assertThat(request.jobId()).contains("ij1");
        assertThat(request.jobType()).contains("import:users");
        assertThat(request.conflicts()).isEmpty();
        assertThat(request.matches()).isEmpty();
        assertThat(request.userProfile().orElseThrow().login()).contains("kim.sato@example.com");
        assertThat(request.appUserProfile().orElseThrow().string("userName")).contains("kim.sato");
        assertThat(request.userId()).isEmpty();
        UserImportRequest matched = UserImportRequest.parse(Payloads.bytes("""
                {"data": {"context": {"matches": [{"id": "00u1", "profile": {"login": "x@example.com"}}, "junk"]}, "user": {"id": "00u1"}}}"""));
        assertThat(matched.matches())
                .singleElement()
                .satisfies(u -> assertThat(u.id()).contains("00u1"));
        assertThat(matched.userId()).contains("00u1");
        assertThat(matched.action()).isEmpty();
        assertThat(matched.applicationId()).isEmpty();
    }

    @Test
    void passwordImportAccessors() {
        PasswordImportRequest request = PasswordImportRequest.parse(Payloads.bytes(Payloads.PASSWORD_IMPORT));
        assertThat(request.action()).contains("UNVERIFIED");
        assertThat(request.request().orElseThrow().url()).contains("/idp/idx/challenge/answer");
        assertThat(request.credential().passwordEquals("wrong")).isFalse();
        assertThat(request.credential().passwordEquals(null)).isFalse();
        PasswordImportRequest empty = PasswordImportRequest.parse(Payloads.bytes(EMPTY_DATA));
        assertThat(empty.credential().username()).isEmpty();
        assertThat(empty.credential().password()).isEmpty();
        assertThat(empty.action()).isEmpty();
        assertThat(empty.request()).isEmpty();
    }

    @Test
    void telephonyAccessors() {
        TelephonyRequest request = TelephonyRequest.parse(Payloads.bytes(Payloads.TELEPHONY));
        assertThat(request.purpose()).isEqualTo(TelephonyRequest.Purpose.MFA_VERIFICATION);
        assertThat(request.purpose().wireValue()).isEqualTo("com.okta.user.telephony.mfa-verification");
        assertThat(request.userProfile().orElseThrow().string("userId")).contains("00ukim");
        MessageProfile message = request.message();
        assertThat(message.deliveryChannel()).contains("SMS");
        assertThat(message.isVoice()).isFalse();
        assertThat(message.otpExpires()).contains(Instant.parse("2026-03-02T10:20:00Z"));
        assertThat(message.messageTemplate()).contains("Your code is 482913");
        assertThat(message.locale()).contains("EN-US");
        MessageProfile voice = TelephonyRequest.parse(
                        Payloads.bytes(
                                "{\"data\": {\"messageProfile\": {\"deliveryChannel\": \"Voice Call\", \"phoneNumber\": \"12\"}}}"))
                .message();
        assertThat(voice.isVoice()).isTrue();
        assertThat(voice.maskedPhoneNumber()).isEqualTo("**");
        assertThat(TelephonyRequest.parse(Payloads.bytes(EMPTY_DATA)).message().isVoice())
                .isFalse();
        for (TelephonyRequest.Purpose purpose : TelephonyRequest.Purpose.values()) {
            if (purpose != TelephonyRequest.Purpose.UNKNOWN) {
                assertThat(TelephonyRequest.parse(Payloads.bytes(
                                        "{\"requestType\": \"" + purpose.wireValue() + "\", \"data\": {}}"))
                                .purpose())
                        .isEqualTo(purpose);
            }
        }
    }

    @Test
    void eventAccessors() {
        LogEvent event =
                EventDelivery.parse(Payloads.bytes(Payloads.EVENTS)).events().get(0);
        assertThat(event.published()).contains(Instant.parse("2026-03-02T10:15:29Z"));
        assertThat(event.severity()).contains("INFO");
        assertThat(event.displayMessage()).contains("User login to Okta");
        assertThat(event.version()).isEmpty();
        assertThat(event.legacyEventType()).isEmpty();
        assertThat(event.actor().orElseThrow().id()).contains("00ujessie1");
        assertThat(event.actor().orElseThrow().type()).contains("User");
        assertThat(event.actor().orElseThrow().displayName()).contains("Jessie Smith");
        assertThat(event.targets().get(0).id()).contains("0oa1");
        assertThat(event.outcomeReason()).isEmpty();
        assertThat(event.userAgent()).isEmpty();
        assertThat(event.country()).isEmpty();
        assertThat(event.transactionId()).isEmpty();
        assertThat(event.transactionType()).isEmpty();
        assertThat(event.debugData()).isEmpty();
        LogEvent rich = EventDelivery.parse(Payloads.bytes("""
                {"data": {"events": [7, {"transaction": {"id": "t1", "type": "WEB"}, "debugContext": {"debugData": {"k": "v"}},
                  "client": {"userAgent": {"rawUserAgent": "UA"}, "geographicalContext": {"country": "US"}}}]}}""")).events().get(0);
        assertThat(rich.transactionId()).contains("t1");
        assertThat(rich.transactionType()).contains("WEB");
        assertThat(rich.debugData().orElseThrow().get("k").asText()).isEqualTo("v");
        assertThat(rich.userAgent()).contains("UA");
        assertThat(rich.country()).contains("US");
        assertThat(EventDelivery.parse(Payloads.bytes(EMPTY_DATA)).events()).isEmpty();
    }
}
