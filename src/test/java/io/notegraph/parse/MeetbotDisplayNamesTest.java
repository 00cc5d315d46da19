package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A chat meetbot's summary that names people by their display names (Matrix): "Inder (she/her) (5)"
 * in the people list, "(Pavo, 14:12)" after a topic, "ACTION: Pavo, Inder rotate ..." with no "to".
 * Pronouns are not part of a name; the bot is nobody; each task is one task.
 */
class MeetbotDisplayNamesTest {
  private final MeetingNote n = Notes.fixture("matrix-meetbot-summary.md");

  @Test
  void thePeopleListGivesDisplayNamesWithoutPronounsAndWithoutTheBot() {
    assertThat(Notes.names(n.attendees()))
        .containsExactly("Henrike Voss", "Inder", "Pavo", "quillmoth");
  }

  @Test
  void numberedBoldTopicsBelowTheSummaryFieldsAreTheTalksWithTheirDisplayNameOwners() {
    assertThat(n.sections())
        .extracting(AgendaSection::title, s -> Notes.names(s.presenters()))
        .containsExactly(
            tuple("Gizmo 2.1 rebuilds", List.of("Henrike Voss")),
            tuple("Signing keys rotation", List.of("Pavo")),
            tuple("Open floor", List.of("Henrike Voss")));
  }

  @Test
  void actionLinesOwnedByDisplayNamesAreOneTaskEachWithTheBotsListRestatingThem() {
    assertThat(n.actionItems())
        .extracting(ActionItem::task, a -> Notes.names(a.agents()))
        .containsExactly(
            tuple("finish the last two rebuilds", List.of("Inder")),
            tuple("rotate the signing keys before May", List.of("Pavo", "Inder")),
            tuple("find a volunteer for the docs sprint", List.of()));
  }
}
