package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.event.EventDelivery;
import io.oktahooks.core.event.LogEvent;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.passwordimport.PasswordImportRequest;
import io.oktahooks.core.registration.RegistrationRequest;
import io.oktahooks.core.saml.SamlRequest;
import io.oktahooks.core.telephony.TelephonyRequest;
import io.oktahooks.core.token.TokenRequest;
import io.oktahooks.core.userimport.UserImportRequest;
import io.oktahooks.testsupport.SharedFiles;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every request Okta documents parses into its typed request without losing a byte of meaning. */
class OktaSampleRequestsConformanceTest {

    /** An Okta sample payload from {@code ../shared/okta-samples} (see {@link SharedFiles}). */
    private static JsonNode sample(String relative) {
        return HookJson.readTree(SharedFiles.bytes(SharedFiles.require("okta-samples/" + relative)));
    }

    private static Stream<DynamicTest> roundTrips(String folder, String prefix, Function<byte[], HookRequest> parser) {
        return SharedFiles.files("okta-samples/" + folder, prefix + "*.json").stream()
                .map(file -> DynamicTest.dynamicTest(folder + "/" + file.getFileName(), () -> {
                    JsonNode original = HookJson.readTree(SharedFiles.bytes(file));
                    HookRequest request = parser.apply(SharedFiles.bytes(file));
                    assertThat(request.json()).isEqualTo(original);
                    assertThat(HookJson.readTree(HookJson.toBytes(request.json())))
                            .isEqualTo(original);
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedRequestWritesBackTheSameJsonTree() {
        return Stream.of(
                        roundTrips("token", "request", TokenRequest::parse),
                        roundTrips("saml", "request", SamlRequest::parse),
                        roundTrips("registration", "request", RegistrationRequest::parse),
                        roundTrips("import", "request", UserImportRequest::parse),
                        roundTrips("password-import", "request", PasswordImportRequest::parse),
                        roundTrips("telephony", "request", TelephonyRequest::parse),
                        roundTrips("event-hook", "delivery", EventDelivery::parse))
                .flatMap(s -> s);
    }

    @Test
    void tokenSampleExposesWhatAHandlerNeeds() {
        TokenRequest request = TokenRequest.parse(
                SharedFiles.bytes(SharedFiles.require("okta-samples/token/request-implicit-authorize.json")));
        assertThat(request.eventId()).contains("3OWo4oo-QQ-rBWfRyTmQYw");
        assertThat(request.eventTime()).contains(Instant.parse("2019-01-15T23:20:47Z"));
        assertThat(request.preferredUsername()).contains("administrator1@clouditude.net");
        assertThat(request.user().orElseThrow().login()).contains("administrator1@clouditude.net");
        assertThat(request.session().orElseThrow().amr()).containsExactly("PASSWORD");
        assertThat(request.protocol().orElseThrow().request().orElseThrow().responseTypes())
                .containsExactly("token", "id_token");
        assertThat(request.protocol().orElseThrow().request().orElseThrow().scopes())
                .containsExactly("openid", "profile", "email");
        assertThat(request.identity().orElseThrow().lifetime()).contains(Duration.ofHours(1));
        assertThat(request.access().orElseThrow().scopes()).containsKey("openid");
        assertThat(request.refreshTokenJti()).isPresent();
        assertThat(request.policy().orElseThrow().ruleId()).contains("0prq8mLKuKAmavOvq0g3");
    }

    @Test
    void tokenSampleFrom2019HasNoRefreshToken() {
        TokenRequest request = TokenRequest.parse(
                SharedFiles.bytes(SharedFiles.require("okta-samples/token/request-2019-no-refresh-token.json")));
        assertThat(request.refreshTokenJti()).isEmpty();
    }

    @Test
    void registrationSamplesTellTheirFlowApartIncludingNumericVersionsAndClassic() {
        RegistrationRequest pp = RegistrationRequest.parse(SharedFiles.bytes(
                SharedFiles.require("okta-samples/registration/request-progressive-profile-openapi.json")));
        assertThat(pp.kind()).isEqualTo(RegistrationRequest.Kind.PROGRESSIVE_PROFILE);
        assertThat(pp.eventTypeVersion()).contains("1");
        assertThat(pp.cloudEventsVersion()).contains("0.1");
        assertThat(pp.userProfileUpdate().orElseThrow().string("employeeNumber"))
                .isPresent();

        RegistrationRequest classic = RegistrationRequest.parse(
                SharedFiles.bytes(SharedFiles.require("okta-samples/registration/request-classic-ssr-2019.json")));
        assertThat(classic.isClassic()).isTrue();
        assertThat(classic.kind()).isEqualTo(RegistrationRequest.Kind.SELF_SERVICE_REGISTRATION);
        assertThat(classic.action()).isEmpty();

        RegistrationRequest upgrade = RegistrationRequest.parse(
                SharedFiles.bytes(SharedFiles.require("okta-samples/registration/request-ssr-upgrade-guide.json")));
        assertThat(upgrade.eventId()).isEmpty();
        assertThat(upgrade.eventTime()).isEmpty();
    }

    @Test
    void samlSampleExposesAssertionParts() {
        SamlRequest request =
                SamlRequest.parse(SharedFiles.bytes(SharedFiles.require("okta-samples/saml/request.json")));
        assertThat(request.assertion().nameId()).contains("administrator1@example.com");
        assertThat(request.assertion().audienceRestriction()).containsExactly("urn:example:sp");
        assertThat(request.assertion().claims()).containsKeys("extPatientId", "array");
        assertThat(request.assertion().claims().get("array").values()).hasSize(3);
        assertThat(request.assertion().lifetime()).contains(Duration.ofSeconds(300));
        assertThat(request.appName()).contains("SAML 2.0 App");
    }

    @Test
    void telephonySamplesReadNumbersAsText() {
        TelephonyRequest openapi = TelephonyRequest.parse(
                SharedFiles.bytes(SharedFiles.require("okta-samples/telephony/request-openapi.json")));
        assertThat(openapi.message().phoneNumber()).isPresent();
        assertThat(openapi.message().otpCode()).isPresent();
        assertThat(openapi.purpose()).isEqualTo(TelephonyRequest.Purpose.UNKNOWN);
        TelephonyRequest docs =
                TelephonyRequest.parse(SharedFiles.bytes(SharedFiles.require("okta-samples/telephony/request.json")));
        assertThat(docs.purpose()).isEqualTo(TelephonyRequest.Purpose.ENROLLMENT);
        assertThat(docs.message().phoneNumber()).contains("9876543210");
    }

    @Test
    void userImportSampleKeepsNullsAndArraysInProfiles() {
        UserImportRequest request =
                UserImportRequest.parse(SharedFiles.bytes(SharedFiles.require("okta-samples/import/request.json")));
        assertThat(request.action()).contains("CREATE_USER");
        assertThat(request.appUserProfile().orElseThrow().attribute("mobilePhone"))
                .hasValueSatisfying(v -> assertThat(v.isNull()).isTrue());
        assertThat(request.appUserProfile().orElseThrow().attribute("groups"))
                .hasValueSatisfying(v -> assertThat(v.isArray()).isTrue());
        assertThat(request.matchingRules()).containsExactly("EMAIL", "FIRST_AND_LAST_NAME");
        assertThat(request.conflicts()).containsExactly("login");
    }

    @Test
    void passwordImportSampleHidesThePasswordFromToString() {
        PasswordImportRequest request = PasswordImportRequest.parse(
                SharedFiles.bytes(SharedFiles.require("okta-samples/password-import/request.json")));
        assertThat(request.credential().username()).isEqualTo("isaac.brock@example.com");
        assertThat(request.credential().passwordEquals("Okta")).isTrue();
        assertThat(request.credential().toString()).doesNotContain("Okta\"").doesNotContain("isaac.brock");
        assertThat(request.toString()).doesNotContain("Okta,").doesNotContain("password=Okta");
    }

    @Test
    void eventSamplesExposeTypedEvents() {
        EventDelivery delivery =
                EventDelivery.parse(SharedFiles.bytes(SharedFiles.require("okta-samples/event-hook/delivery.json")));
        assertThat(delivery.cloudEventsVersion()).contains("0.1");
        List<LogEvent> events = delivery.events();
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).uuid()).isPresent();
        assertThat(events.get(0).eventType()).isPresent();
        assertThat(events.get(0).published()).isPresent();
    }

    @Test
    void aSingleLogEventSampleReadsInsideADelivery() {
        JsonNode event = sample("event-hook/logevent-user-lifecycle-deactivate.json");
        ObjectNode delivery = HookJson.newObject().put("eventType", "com.okta.event_hook");
        delivery.putObject("data").putArray("events").add(event);
        LogEvent typed = EventDelivery.of(delivery).events().get(0);
        assertThat(typed.eventType()).contains(event.get("eventType").asText());
        assertThat(typed.json()).isEqualTo(event);
        assertThat(typed.targets()).isNotEmpty();
    }
}
