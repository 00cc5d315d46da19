package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A working group's doc with one "| Item | Who | Notes |" table per section: the rows of the
 * discussion and demo tables are the talks, the rows of the action items table the tasks.
 */
class SectionTablesTest {
  private final MeetingNote n = Notes.fixture("section-tables.md");

  @Test
  void discussionAndDemoRowsAreTheTalksWithEveryoneInTheirWhoCell() {
    assertThat(n.sections())
        .filteredOn(s -> s.kind() == AgendaSection.SectionKind.TALK)
        .extracting(AgendaSection::title, s -> Notes.names(s.presenters()))
        .containsExactly(
            tuple("Sharing accelerators between pods", List.of("Ines", "Tomasz")),
            tuple("Quota accounting", List.of("Mei-ling")),
            tuple("gadgetctl 0.3 walkthrough", List.of("Tomasz")));
  }

  @Test
  void actionItemRowsAreTasksOfTheirWhoCellAndAnEmptyCellIsNobody() {
    assertThat(n.actionItems())
        .extracting(ActionItem::task, a -> Notes.names(a.agents()))
        .containsExactly(
            tuple("Write up the accelerator requirements", List.of("Ines", "Tomasz")),
            tuple("Link the survey summary from the README", List.of()));
  }
}
