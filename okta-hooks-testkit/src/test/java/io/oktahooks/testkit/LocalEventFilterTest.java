package io.oktahooks.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.admin.ChannelAuth;
import io.oktahooks.admin.EventFilter;
import io.oktahooks.admin.EventHookSpec;
import io.oktahooks.core.event.EventDelivery;
import io.oktahooks.core.event.LogEvent;
import io.oktahooks.testkit.filters.LocalEventFilter;
import io.oktahooks.testkit.fixtures.Fixture;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which of the three fixture events (a sign-in by jessie.smith, a deactivation and a group
 * membership by it.admin) each filter of the documented subset lets through.
 */
class LocalEventFilterTest {

    private static final EventDelivery DELIVERY =
            Fixture.EVENT_DELIVERY_MANY.builder().eventDelivery();

    private static List<String> types(List<LogEvent> events) {
        return events.stream().map(e -> e.eventType().orElseThrow()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', quoteCharacter = '`', textBlock = """
            event.target.?[type eq 'UserGroup' && displayName eq 'Radiology'].size() > 0  # group.user_membership.add
            event.target.?[type eq 'UserGroup' && displayName eq 'Sales'].size() > 0      # ``
            event.actor.alternateId eq 'it.admin@example.com'                             # user.lifecycle.deactivate,group.user_membership.add
            event.actor.alternateId ne 'it.admin@example.com'                             # user.session.start
            event.outcome.reason ne 'anything'                                            # user.session.start,user.lifecycle.deactivate,group.user_membership.add
            event.outcome.reason eq ''                                                    # ``
            event.eventType eq 'user.session.start' || event.target.?[type eq 'User' && displayName eq 'Kim Sato'].size() > 0 # user.session.start,group.user_membership.add
            event.outcome.result eq 'SUCCESS' && event.actor.displayName eq 'nobody' || event.eventType eq 'user.lifecycle.deactivate' # user.lifecycle.deactivate
            event.target.?[type ne 'User'].size() > 0                                     # user.session.start,group.user_membership.add
            event.debugData.changedAttributes eq 'firstName'                              # ``
            """)
    void aFilterLetsThroughTheEventsItHoldsFor(String expression, String expected) {
        List<String> passed =
                types(LocalEventFilter.of(EventFilter.parse(expression)).select(DELIVERY));

        assertThat(String.join(",", passed)).isEqualTo(expected);
    }

    @Test
    void aHookReceivesItsSubscribedTypesEachThroughItsOwnFilter() {
        EventHookSpec hook = EventHookSpec.of(
                        "Groups",
                        URI.create("https://hooks.example.com/events"),
                        ChannelAuth.basic("okta", "a-long-hook-password"),
                        List.of("user.lifecycle.deactivate", "group.user_membership.add"))
                .withFilter(
                        "group.user_membership.add",
                        EventFilter.builder()
                                .anyTarget(t -> t.eq("type", "UserGroup").eq("displayName", "Sales"))
                                .build());

        assertThat(types(LocalEventFilter.of(hook).select(DELIVERY))).containsExactly("user.lifecycle.deactivate");
        assertThat(types(LocalEventFilter.of(hook.withFilter(
                                "group.user_membership.add",
                                EventFilter.parse("event.target.?[displayName eq 'Radiology'].size() > 0")))
                        .select(DELIVERY)))
                .containsExactly("user.lifecycle.deactivate", "group.user_membership.add");
    }

    @Test
    void changedAttributesAreReadFromDebugDataAndAnEventWithoutTargetsMatchesNoSelection() {
        ObjectNode json = Fixture.EVENT_DELIVERY_ONE.json();
        ObjectNode event = (ObjectNode) json.path("data").path("events").get(0);
        event.putObject("debugContext").putObject("debugData").put("changedAttributes", "firstName,lastName");
        event.remove("target");
        EventDelivery changed = EventDelivery.of(json);

        assertThat(LocalEventFilter.of(EventFilter.parse("event.debugData.changedAttributes eq 'firstName,lastName'"))
                        .select(changed))
                .hasSize(1);
        assertThat(LocalEventFilter.of(EventFilter.parse("event.target.?[type ne 'x'].size() > 0"))
                        .select(changed))
                .isEmpty();
    }
}
