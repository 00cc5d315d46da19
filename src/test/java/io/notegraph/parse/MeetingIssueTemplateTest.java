package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A meeting issue a bot opens (Node.js-style: "Date/Time" table, "Agenda", "Invited", "Observers",
 * "Joining the meeting") with minutes appended: the template's parts are no talks, people present
 * by handle are named by the invitation lists, "**Title** (#901), presented by Jomo" gives the
 * presenter.
 */
class MeetingIssueTemplateTest {
  private final MeetingNote n = Notes.fixture("meeting-issue-template.md");

  @Test
  void theTemplatesHeadingsAreNoTalksAndTheMinutesBoldLinesTakeTheAgendasItems() {
    assertThat(n.sections())
        .extracting(AgendaSection::title, s -> Notes.names(s.presenters()))
        .containsExactly(
            tuple("Release plan for Gizmo 5.2", List.of("Jomo")),
            tuple("Dropping the legacy parser", List.of()));
  }

  @Test
  void peoplePresentByHandleAreNamedByTheInvitationListsAndAGroupWordIsNoName() {
    assertThat(n.attendees())
        .extracting(NameRef::name, NameRef::handle, NameRef::organization)
        .containsExactly(
            tuple("Henrike Altmann", "haltmann", null),
            tuple("Jomo Kariuki", "jkariuki", null),
            tuple("Odette Ferrand", "oferrand", "Pinecrest Labs"));
    assertThat(Notes.names(n.absentees())).containsExactly("Leila al-Amin");
  }
}
