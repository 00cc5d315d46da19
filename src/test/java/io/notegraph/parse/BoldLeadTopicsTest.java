package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Paragraphs led by a bold title that names a planned topic ("**Plugin inspector (Ruairí).** Ruairí
 * opened ...") are that topic's sections under a grouping heading; a "To do after the call"
 * checklist is the meeting's tasks.
 */
class BoldLeadTopicsTest {
  private final MeetingNote n = Notes.fixture("bold-lead-demos.md");

  @Test
  void aBoldLeadNamingAPlannedTopicIsItsTalkAndTheGroupingHeadingIsNone() {
    assertThat(n.sections())
        .filteredOn(s -> s.kind() == AgendaSection.SectionKind.TALK)
        .extracting(AgendaSection::title, s -> Notes.names(s.presenters()))
        .contains(
            tuple("Plugin inspector", List.of("Ruairí")),
            tuple("Offline mode in the classroom", List.of("Ji-woo")));
    assertThat(n.sections())
        .extracting(AgendaSection::title)
        .doesNotContain("Live demos", "To do after the call");
  }

  @Test
  void aSignInOfNameHandleAndOrganizationSetApartBySlashesIsOnePersonEach() {
    assertThat(n.attendees())
        .extracting(NameRef::name, NameRef::handle, NameRef::organization)
        .containsExactly(
            tuple("Amina Diallo-Prince", "aminadp", "Corbel Data"),
            tuple("Ruairí Ó Briain", "ruairi", "Fernhill"),
            tuple("Ho Ji-woo", "jiwoo", "Glasswing"));
  }

  @Test
  void aToDoAfterTheCallChecklistGivesTheTasksAndUnassignedIsNobody() {
    assertThat(n.actionItems())
        .extracting(ActionItem::task, a -> Notes.names(a.agents()))
        .containsExactly(
            tuple("write up the inspector demo", List.of("Ruairí")),
            tuple("reproduce the offline cache bug", List.of()));
  }
}
