package io.oktahooks.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktahooks.core.HookType;
import io.oktahooks.core.event.EventDelivery;
import io.oktahooks.core.event.LogEntity;
import io.oktahooks.core.event.LogEvent;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.testkit.fixtures.Fixture;
import io.oktahooks.testkit.junit.HookFixtureSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The event types teams subscribe to most each have a delivery fixture shaped like Okta's event
 * type catalogue, and any delivery's events can be given another type with eventType(...).
 */
class EventFixturesTest {

    private static final Map<Fixture, String> COMMON = Map.of(
            Fixture.EVENT_USER_LIFECYCLE_CREATE, "user.lifecycle.create",
            Fixture.EVENT_USER_LIFECYCLE_DEACTIVATE, "user.lifecycle.deactivate",
            Fixture.EVENT_USER_SESSION_START, "user.session.start",
            Fixture.EVENT_USER_ACCOUNT_UPDATE_PASSWORD, "user.account.update_password",
            Fixture.EVENT_GROUP_USER_MEMBERSHIP_ADD, "group.user_membership.add",
            Fixture.EVENT_APPLICATION_USER_MEMBERSHIP_ADD, "application.user_membership.add");

    @Test
    void eachCommonEventTypeHasAFixtureWithOneEventShapedLikeOktasCatalogue() {
        COMMON.forEach((fixture, eventType) -> {
            EventDelivery delivery = (EventDelivery) fixture.request();
            assertThat(delivery.events()).as(fixture.name()).singleElement().satisfies(event -> {
                assertThat(event.eventType()).contains(eventType);
                assertThat(event.uuid()).isPresent();
                assertThat(event.published()).isPresent();
                assertThat(event.displayMessage()).isPresent();
                assertThat(event.legacyEventType()).isPresent();
                assertThat(event.severity()).contains("INFO");
                assertThat(event.actor().flatMap(LogEntity::type)).contains("User");
                assertThat(event.clientIpAddress()).isPresent();
                assertThat(event.outcomeResult()).contains("SUCCESS");
                assertThat(event.transactionType()).contains("WEB");
                assertThat(event.debugData().map(d -> d.has("requestUri"))).contains(true);
                assertThat(event.targets()).isNotEmpty();
            });
        });
    }

    @Test
    void everyMemberOfOktasSampleEventsIsInEachFixtureWithTheSameJsonType() throws IOException {
        for (String sample :
                new String[] {"event-hook/delivery.json", "event-hook/logevent-user-lifecycle-deactivate.json"}) {
            JsonNode json = HookJson.readTree(Files.readAllBytes(oktaSample(sample)));
            JsonNode oktaEvent = json.has("data") ? json.at("/data/events/0") : json;
            for (Fixture fixture : COMMON.keySet()) {
                JsonNode ours = fixture.json().at("/data/events/0");
                oktaEvent.fields().forEachRemaining(member -> {
                    assertThat(ours.has(member.getKey()))
                            .as("%s has %s (as in %s)", fixture, member.getKey(), sample)
                            .isTrue();
                    if (!member.getValue().isNull()
                            && !ours.get(member.getKey()).isNull()) {
                        assertThat(ours.get(member.getKey()).getNodeType())
                                .as("%s.%s", fixture, member.getKey())
                                .isEqualTo(member.getValue().getNodeType());
                    }
                });
            }
        }
    }

    /** Okta's samples, read in place from ../shared (never copied into the project); skipped when absent. */
    private static Path oktaSample(String relative) {
        Path file = Path.of(System.getProperty("okta.shared.dir", "../../shared"), "okta-samples", relative);
        assumeTrue(
                Files.isRegularFile(file),
                "skipped: ../shared/okta-samples/" + relative
                        + " is not beside this checkout (a fresh clone has no ../shared)");
        return file;
    }

    @Test
    void membershipEventsNameTheUserAndWhatTheyJoined() {
        LogEvent group = ((EventDelivery) Fixture.EVENT_GROUP_USER_MEMBERSHIP_ADD.request())
                .events()
                .get(0);
        assertThat(group.targets()).extracting(t -> t.type().orElse(null)).containsExactly("User", "UserGroup");
        LogEvent app = ((EventDelivery) Fixture.EVENT_APPLICATION_USER_MEMBERSHIP_ADD.request())
                .events()
                .get(0);
        assertThat(app.targets())
                .extracting(t -> t.type().orElse(null))
                .containsExactly("AppUser", "AppInstance", "User");
    }

    @ParameterizedTest
    @HookFixtureSource(type = HookType.EVENT)
    void everyEventFixtureIsADistinctDelivery(EventDelivery delivery) {
        assertThat(delivery.events())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.uuid()).isPresent());
        assertThat(delivery.eventId()).isPresent();
    }

    @Test
    void eventTypeSetsTheTypeOfEveryEventInTheDelivery() {
        EventDelivery delivery = Fixture.EVENT_DELIVERY_MANY
                .builder()
                .eventType("user.lifecycle.suspend")
                .eventDelivery();
        assertThat(delivery.events())
                .hasSize(3)
                .allSatisfy(e -> assertThat(e.eventType()).contains("user.lifecycle.suspend"));
        assertThatThrownBy(() -> Fixture.TOKEN_REFRESH.builder().eventType("x"))
                .hasMessageContaining("eventType applies to event hook fixtures");
    }
}
