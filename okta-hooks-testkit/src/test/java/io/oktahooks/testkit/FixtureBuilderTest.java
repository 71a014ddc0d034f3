package io.oktahooks.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktahooks.core.event.EventDelivery;
import io.oktahooks.core.event.LogEvent;
import io.oktahooks.core.token.TokenRequest;
import io.oktahooks.testkit.fixtures.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fixtures can be varied in code: user, claims, scopes, grant, profile, phone, password, events. */
class FixtureBuilderTest {

    @Test
    void userChangesEveryPlaceTheFixtureNamesTheUser() {
        TokenRequest request = Fixture.TOKEN_AUTHORIZATION_CODE
                .builder()
                .user("kim.sato@example.com")
                .tokenRequest();
        assertThat(request.preferredUsername()).contains("kim.sato@example.com");
        assertThat(request.user().orElseThrow().login()).contains("kim.sato@example.com");
        assertThat(request.session().orElseThrow().login()).contains("kim.sato@example.com");
        assertThat(request.access().orElseThrow().claims().string("sub")).contains("kim.sato@example.com");
        assertThat(request.identity().orElseThrow().claims().string("email")).contains("kim.sato@example.com");
        assertThat(Fixture.SAML
                        .builder()
                        .user("a@example.com")
                        .samlRequest()
                        .assertion()
                        .nameId())
                .contains("a@example.com");
        assertThat(Fixture.PASSWORD_IMPORT
                        .builder()
                        .user("a@example.com")
                        .passwordImportRequest()
                        .credential()
                        .username())
                .isEqualTo("a@example.com");
        assertThat(Fixture.EVENT_DELIVERY_ONE
                        .builder()
                        .user("a@example.com")
                        .eventDelivery()
                        .events()
                        .get(0)
                        .actor()
                        .orElseThrow()
                        .alternateId())
                .contains("a@example.com");
    }

    @Test
    void aUserlessFixtureStaysUserless() {
        TokenRequest request =
                Fixture.TOKEN_CLIENT_CREDENTIALS.builder().user("x@example.com").tokenRequest();
        assertThat(request.user()).isEmpty();
        assertThat(request.access().orElseThrow().claims().string("sub")).contains("0oareporting1");
    }

    @Test
    void claimsScopesAndGrantCanBeVaried() {
        TokenRequest request = Fixture.TOKEN_AUTHORIZATION_CODE
                .builder()
                .idTokenClaim("https://example.com/roles", List.of("nurse"))
                .accessTokenClaim("tier", "gold")
                .withoutClaim("email")
                .scopes("openid", "records.read")
                .grantType("urn:ietf:params:oauth:grant-type:device_code")
                .tokenRequest();
        assertThat(request.identity().orElseThrow().claims().contains("https://example.com/roles"))
                .isTrue();
        assertThat(request.identity().orElseThrow().claims().contains("email")).isFalse();
        assertThat(request.access().orElseThrow().claims().string("tier")).contains("gold");
        assertThat(request.access().orElseThrow().scopes()).containsOnlyKeys("openid", "records.read");
        assertThat(request.protocol().orElseThrow().request().orElseThrow().grantType())
                .contains("urn:ietf:params:oauth:grant-type:device_code");
        assertThat(Fixture.TOKEN_AUTHORIZATION_CODE
                        .builder()
                        .withoutIdToken()
                        .tokenRequest()
                        .identity())
                .isEmpty();
    }

    @Test
    void profilePhonePasswordAndEventsCanBeVaried() {
        assertThat(Fixture.REGISTRATION_SELF_SERVICE
                        .builder()
                        .profileAttribute("email", "x@other.org")
                        .registrationRequest()
                        .userProfile()
                        .orElseThrow()
                        .email())
                .contains("x@other.org");
        assertThat(Fixture.REGISTRATION_PROGRESSIVE_PROFILE
                        .builder()
                        .profileAttribute("employeeNumber", 1234)
                        .registrationRequest()
                        .userProfileUpdate()
                        .orElseThrow()
                        .string("employeeNumber"))
                .contains("1234");
        assertThat(Fixture.TELEPHONY_ENROLLMENT_SMS
                        .builder()
                        .phoneNumber("+4915112345678")
                        .telephonyRequest()
                        .message()
                        .phoneNumber())
                .contains("+4915112345678");
        assertThat(Fixture.PASSWORD_IMPORT
                        .builder()
                        .password("wrong")
                        .passwordImportRequest()
                        .credential()
                        .password())
                .isEqualTo("wrong");
        EventDelivery batch =
                Fixture.EVENT_DELIVERY_MANY.builder().eventCount(100).eventDelivery();
        assertThat(batch.events()).hasSize(100);
        assertThat(batch.events().stream().map(LogEvent::uuid).distinct()).hasSize(100);
    }

    @Test
    void methodsOfAnotherHookTypeSayWhy() {
        assertThatThrownBy(() -> Fixture.SAML.builder().scopes("x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("scopes applies to token hook fixtures; SAML is a SAML assertion hook payload");
        assertThatThrownBy(() -> Fixture.TOKEN_CLIENT_CREDENTIALS.builder().idTokenClaim("x", 1))
                .hasMessageContaining("mints no ID token");
        assertThatThrownBy(() -> Fixture.SAML.builder().tokenRequest())
                .hasMessageContaining("TokenRequest applies to token hook fixtures");
        assertThatThrownBy(() -> Fixture.PASSWORD_IMPORT.builder().profileAttribute("a", 1))
                .hasMessageContaining("no profile");
    }

    @Test
    void anyMemberCanBeSetOrRemovedByPointer() {
        TokenRequest request = Fixture.TOKEN_AUTHORIZATION_CODE
                .builder()
                .set("/data/context/policy/rule/id", "0prOther")
                .remove("/data/refresh_token")
                .eventId("evt-42")
                .tokenRequest();
        assertThat(request.policy().orElseThrow().ruleId()).contains("0prOther");
        assertThat(request.refreshTokenJti()).isEmpty();
        assertThat(request.eventId()).contains("evt-42");
    }

    @Test
    void aRecordedPayloadCanBeVariedLikeAFixture() {
        var recorded = Fixture.TOKEN_AUTHORIZATION_CODE.json();
        recorded.put("recordedAt", "2026-11-23T10:00:00Z");
        TokenRequest request = io.oktahooks.testkit.fixtures.FixtureBuilder.of(
                        io.oktahooks.core.HookType.TOKEN, recorded)
                .user("kim.sato@example.com")
                .tokenRequest();
        assertThat(request.user().orElseThrow().login()).contains("kim.sato@example.com");
        assertThat(request.json().get("recordedAt").asText()).isEqualTo("2026-11-23T10:00:00Z");
        assertThat(recorded.at("/data/context/user/profile/login").asText()).isNotEqualTo("kim.sato@example.com");
        assertThatThrownBy(() -> io.oktahooks.testkit.fixtures.FixtureBuilder.of(
                        io.oktahooks.core.HookType.TOKEN,
                        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "a token hook payload must be a JSON object (the whole request body Okta sends), not a JSON array");
        assertThatThrownBy(() -> io.oktahooks.testkit.fixtures.FixtureBuilder.of(
                                io.oktahooks.core.HookType.TOKEN, recorded)
                        .samlRequest())
                .hasMessageContaining("your token hook payload is a token hook payload");
    }
}
