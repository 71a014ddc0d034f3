package io.oktahooks.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documented filter subset: what is accepted, how it is written, and what is refused and why. */
class EventFilterTest {

    @Test
    void theSpecificationsExampleIsReadAndWrittenCanonically() {
        EventFilter filter = EventFilter.parse(
                "event.target.?[type eq 'UserGroup'].size()>0 && event.target.?[displayName eq 'Sales'].size()>0");

        assertThat(filter.expression())
                .isEqualTo(
                        "event.target.?[type eq 'UserGroup'].size() > 0 && event.target.?[displayName eq 'Sales'].size() > 0");
        assertThat(EventFilter.parse(filter.expression())).isEqualTo(filter).hasSameHashCodeAs(filter);
    }

    @Test
    void theBuilderWritesAnOrOfAnds() {
        EventFilter filter = EventFilter.builder()
                .anyTarget(t -> t.eq("type", "UserGroup").eq("displayName", "Sales"))
                .eq("event.outcome.result", "SUCCESS")
                .or()
                .ne("event.actor.alternateId", "it.admin@example.com")
                .build();

        assertThat(filter)
                .hasToString("event.target.?[type eq 'UserGroup' && displayName eq 'Sales'].size() > 0"
                        + " && event.outcome.result eq 'SUCCESS' || event.actor.alternateId ne 'it.admin@example.com'");
        assertThat(EventFilter.parse(filter.expression())).isEqualTo(filter);
    }

    @Test
    void everyDocumentedFieldIsAccepted() {
        EventFilter filter = EventFilter.parse(
                "event.eventType eq 'a' && event.outcome.result eq 'b' && event.outcome.reason ne 'c'"
                        + " && event.actor.id eq 'd' && event.actor.type eq 'e' && event.actor.alternateId eq 'f'"
                        + " && event.actor.displayName eq 'g' && event.debugData.changedAttributes eq 'h'"
                        + " || event.target.?[id eq 'i' && type ne 'j' && alternateId eq 'k' && displayName eq 'l'].size() > 0");

        assertThat(filter.expression())
                .contains("event.debugData.changedAttributes eq 'h' || event.target.?[id eq 'i'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', quoteCharacter = '`', textBlock = """
            event.actor.login eq 'x'                              # 'event.actor.login' is not a field Okta's event hook filters support
            event.target.id eq 'x'                                # compare a target's fields inside event.target.?[
            event.eventType == 'x'                                # use eq or ne instead of ==
            event.eventType != 'x'                                # use eq or ne instead of !=
            (event.eventType eq 'x')                              # at character 1: expected a field
            event.eventType eq 'x' && (event.actor.id eq 'y')     # at character 27
            event.eventType eq "x"                                # filters quote with ', not "
            event.eventType eq 'x                                 # has no closing quote
            event.eventType eq 'x' and event.actor.id eq 'y'      # expected &&, || or the end of the filter, found 'and
            event.eventType                                       # expected eq or ne, found the end
            event.target.?[login eq 'x'].size() > 0               # 'login' is not a target field
            event.target.?[type eq 'x'].size() > 1                # expected '0'
            event.target.?[type eq 'x'].size() == 0               # expected '>'
            event.target.?[type eq 'x' || type eq 'y'].size() > 0 # expected ']'
            event.eventType.startsWith('user')                    # 'event.eventType.startsWith' is not a field
            event.eventType eq 'x' ||                             # expected a field
            `   `                                                 # the filter is empty
            """)
    void anythingOutsideTheSubsetIsRefusedWithItsPositionAndTheRule(String expression, String message) {
        assertThatThrownBy(() -> EventFilter.parse(expression))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("event hook filter, at character ")
                .hasMessageContaining(message);
    }

    @Test
    void theBuilderNamesEveryProblemAtOnce() {
        EventFilter.Builder builder = EventFilter.builder()
                .or()
                .eq("event.actor.login", "x")
                .eq("event.eventType", "it's")
                .anyTarget(t -> t.eq("kind", "a\nb"))
                .anyTarget(t -> {});

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("or() must come between conditions")
                .hasMessageContaining("'event.actor.login' is not a field")
                .hasMessageContaining("the value for event.eventType contains a single quote")
                .hasMessageContaining("'kind' is not a target field")
                .hasMessageContaining("the value for target kind contains a control character")
                .hasMessageContaining("anyTarget needs at least one comparison");
        assertThatThrownBy(() -> EventFilter.builder().build()).hasMessageContaining("the filter has no condition");
        assertThatThrownBy(() ->
                        EventFilter.builder().eq("event.eventType", "x").or().build())
                .hasMessageContaining("or() must come between conditions");
    }

    @Test
    void aRefusedExpressionIsQuotedEscaped() {
        assertThatThrownBy(() -> EventFilter.parse("event.eventType eq 'x' \u202e&& evil"))
                .hasMessageContaining("\\u202e");
    }
}
