package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Formal minutes (a foundation's board): numbered parts, a roll call in groups, reports with their
 * reporter in brackets, a review of outstanding action items. Written as headings or as one
 * numbered outline, they read the same.
 */
class FormalMinutesTest {
  private static MeetingNote parse(String file) {
    return Notes.fixture(file);
  }

  @ParameterizedTest
  @ValueSource(strings = {"board-minutes-headings.md", "board-minutes-outline.md"})
  void theRollCallsPresentGroupsAreTheAttendeesAndItsAbsentGroupIsNot(String file) {
    MeetingNote n = parse(file);
    assertThat(Notes.names(n.attendees()))
        .contains("Ana Ruiz", "Bo Lindgren", "Chidi Okafor", "Gus Tanaka")
        .doesNotContain("Dana Park");
  }

  @ParameterizedTest
  @ValueSource(strings = {"board-minutes-headings.md", "board-minutes-outline.md"})
  void reportsAreTheTalksWithTheirReportersAndTheProceduralPartsAreNot(String file) {
    MeetingNote n = parse(file);
    assertThat(n.sections())
        .filteredOn(s -> s.kind() == AgendaSection.SectionKind.TALK)
        .extracting(AgendaSection::title, s -> Notes.names(s.presenters()))
        .contains(
            tuple("Sprocket", java.util.List.of("Bo Lindgren")),
            tuple("Quillstack", java.util.List.of("Chidi Okafor")));
    assertThat(n.sections())
        .extracting(AgendaSection::title)
        .doesNotContain(
            "Call to order",
            "Roll Call",
            "Minutes from previous meetings",
            "Adjournment",
            "Review outstanding action items",
            "Project reports");
  }

  @ParameterizedTest
  @ValueSource(strings = {"board-minutes-headings.md", "board-minutes-outline.md"})
  void outstandingActionItemsKeepTheirOwnerInBracketsAndTheirStatus(String file) {
    MeetingNote n = parse(file);
    assertThat(n.actionItems())
        .extracting(a -> Notes.names(a.agents()).get(0), ActionItem::task)
        .startsWith(tuple("Bo", "Follow up with Quillstack about the trademark filing."));
    assertThat(n.actionItems().get(0).done()).isEqualTo(file.contains("outline"));
  }

  @org.junit.jupiter.api.Test
  void theSeriesIsTheTitleWithoutItsDateOrTheWordMinutes() {
    assertThat(parse("board-minutes-outline.md").series())
        .isEqualTo("Lanternworks Foundation Board Meeting");
  }

  @org.junit.jupiter.api.Test
  void groupsPresentAndAbsentWithoutARollCallHeading() {
    MeetingNote n =
        Notes.parse(
            """
            # Lanternworks Foundation board meeting 2031-03-19

            Directors present: Ana Ruiz, Bo Lindgren

            Directors absent: Dana Park

            ## Sprocket report [Bo Lindgren]

            Sprocket 4.3.0 was released.
            """);
    assertThat(Notes.names(n.attendees())).containsExactly("Ana Ruiz", "Bo Lindgren");
    assertThat(n.sections())
        .extracting(AgendaSection::title, s -> Notes.names(s.presenters()))
        .containsExactly(tuple("Sprocket report", java.util.List.of("Bo Lindgren")));
  }
}
