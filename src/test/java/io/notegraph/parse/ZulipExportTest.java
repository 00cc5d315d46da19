package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A chat topic exported as minutes (Zulip's "**Name** said (10:00):" messages): the agenda is a
 * list a message announces ("... Agenda:"), its owners "@**Full Name**" mentions; the closing
 * "Action items:" list names its owners by mention, a nickname in parentheses left out.
 */
class ZulipExportTest {
  private final MeetingNote n = Notes.fixture("zulip-triage.md");

  @Test
  void aListAMessageAnnouncesAsTheAgendaGivesTheTalksAndTheirMentionedOwners() {
    assertThat(n.sections())
        .extracting(AgendaSection::title, s -> Notes.names(s.presenters()))
        .containsExactly(
            tuple("Widget 3.4 release status", List.of("Odile Fontaine")),
            tuple("Flaky layout test", List.of("Tarek Nassar", "sprocketfox")),
            tuple("Nominated issues", List.of()));
  }

  @Test
  void mentionsOpeningATaskAreItsOwners() {
    assertThat(n.actionItems())
        .extracting(ActionItem::task, a -> Notes.names(a.agents()))
        .containsExactly(
            tuple("find the race in the layout test", List.of("Tarek Nassar", "sprocketfox")),
            tuple("update the release checklist", List.of("Mirela Dragan")),
            tuple("triage the nominated issues", List.of()));
  }

  @Test
  void aSentenceEndingInAgendaIsACaptionOnlyAtTheEndOfItsParagraph() {
    MeetingNote prose =
        Notes.parse(
            "# Widget Sync 2031-05-06\n\nAttendees: Ana Lima, Bo Chen\n\n"
                + "We kept the agenda: short. Then Ana spoke.\n\n- Ana Lima: coffee\n\n"
                + "## Release\n\nBo presented the release.\n");
    assertThat(prose.sections()).extracting(AgendaSection::title).containsExactly("Release");
  }
}
