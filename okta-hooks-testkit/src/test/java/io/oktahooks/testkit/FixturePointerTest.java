package io.oktahooks.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktahooks.core.event.EventDelivery;
import io.oktahooks.core.event.LogEvent;
import io.oktahooks.core.token.TokenRequest;
import io.oktahooks.testkit.fixtures.Fixture;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FixtureBuilder.set and remove follow RFC 6901: a step into an array addresses an element, and '-' appends. */
class FixturePointerTest {

    @Test
    void setStepsIntoAnArrayElementInsteadOfReplacingTheArray() {
        EventDelivery delivery = Fixture.EVENT_DELIVERY_MANY
                .builder()
                .set("/data/events/0/eventType", "user.lifecycle.suspend")
                .eventDelivery();
        assertThat(delivery.events()).hasSize(3);
        assertThat(delivery.events().get(0).eventType()).contains("user.lifecycle.suspend");
        assertThat(delivery.events().get(1).eventType()).contains("user.lifecycle.deactivate");
        TokenRequest token = Fixture.TOKEN_AUTHORIZATION_CODE
                .builder()
                .set("/data/identity/claims/amr/0", "mfa")
                .tokenRequest();
        assertThat(token.identity()
                        .orElseThrow()
                        .claims()
                        .get("amr")
                        .orElseThrow()
                        .get(0)
                        .asText())
                .isEqualTo("mfa");
    }

    @Test
    void aDashAppendsToAnArray() {
        EventDelivery delivery = Fixture.EVENT_DELIVERY_ONE
                .builder()
                .set(
                        "/data/events/-",
                        Fixture.EVENT_GROUP_USER_MEMBERSHIP_ADD.json().at("/data/events/0"))
                .set("/data/events/-/eventType", "user.lifecycle.activate")
                .eventDelivery();
        assertThat(delivery.events())
                .extracting(e -> e.eventType().orElse(null))
                .containsExactly("user.session.start", "group.user_membership.add", "user.lifecycle.activate");
    }

    @Test
    void anIndexOutsideTheArrayIsRefused() {
        assertThatThrownBy(() -> Fixture.EVENT_DELIVERY_ONE.builder().set("/data/events/1/eventType", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "'1' in /data/events/1/eventType steps into an array of 1 element: use the index of an element (0 to 0) or '-' to append");
        assertThatThrownBy(() -> Fixture.EVENT_DELIVERY_ONE.builder().set("/data/events/first/eventType", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fixture.EVENT_DELIVERY_ONE.builder().set("data/events", "x"))
                .hasMessageContaining("starts with '/'");
    }

    @Test
    void removeTakesOutAnArrayElementAndIgnoresOneThatIsAbsent() {
        EventDelivery delivery = Fixture.EVENT_DELIVERY_MANY
                .builder()
                .remove("/data/events/1")
                .remove("/data/events/9")
                .remove("/data/events/0/target/0")
                .eventDelivery();
        assertThat(delivery.events())
                .extracting(LogEvent::eventType)
                .extracting(o -> o.orElse(null))
                .containsExactly("user.session.start", "group.user_membership.add");
        assertThat(delivery.events().get(0).targets()).isEmpty();
    }

    @Test
    void membersStillWorkAndMissingObjectsAreCreated() {
        TokenRequest token = Fixture.TOKEN_CLIENT_CREDENTIALS
                .builder()
                .set("/data/context/user/profile/login", "x@example.com")
                .set("/data/access/claims/https:~1~1example.com~1tier", Map.of("level", 2))
                .tokenRequest();
        assertThat(token.user().orElseThrow().login()).contains("x@example.com");
        assertThat(token.access().orElseThrow().claims().contains("https://example.com/tier"))
                .isTrue();
    }
}
