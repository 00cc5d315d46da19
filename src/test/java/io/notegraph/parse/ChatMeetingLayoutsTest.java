package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/**
 * Meetings held or minuted in a chat: a channel export with the voice call's people on one line and
 * its agenda in a quoted, pinned message; an IRC roll call where each member answers with a line.
 */
class ChatMeetingLayoutsTest {
  @Test
  void whoIsInVoiceTodayAttended() {
    MeetingNote n = Notes.fixture("chat-channel-export.md");
    assertThat(Notes.names(n.attendees()))
        .containsExactly("Adaeze Nwosu-Brandt", "Tran Minh", "Ksenia Volkova", "pebblefox");
  }

  @Test
  void aPinnedAgendaForTheCallGivesTheTalksAndTheirPresenters() {
    MeetingNote n = Notes.fixture("chat-channel-export.md");
    assertThat(n.sections())
        .filteredOn(s -> s.kind() == AgendaSection.SectionKind.TALK)
        .extracting(AgendaSection::title, s -> Notes.names(s.presenters()))
        .contains(
            tuple("Quillhaven 2.1 release status", java.util.List.of("Adaeze")),
            tuple("Shader cache rework", java.util.List.of("Minh")));
    assertThat(n.sections())
        .extracting(AgendaSection::title)
        .doesNotContain("Agenda for Saturday's call");
  }

  @Test
  void aChannelExportIsAChatOfItsSendersWithoutTheirDecorations() {
    MeetingNote n = Notes.fixture("chat-channel-export.md");
    assertThat(n.chat())
        .extracting(m -> m.sender().name())
        .containsExactly("Adaeze", "Adaeze", "ksenia_v", "Minh", "Minh");
  }

  @Test
  void aChatLineTakingTheActionIsATaskOfItsSender() {
    MeetingNote n = Notes.fixture("chat-channel-export.md");
    assertThat(n.actionItems())
        .extracting(a -> Notes.names(a.agents()), ActionItem::task)
        .contains(tuple(java.util.List.of("ksenia_v"), "fix the config loader crash before rc2"));
  }

  @Test
  void everyoneAnsweringAnIrcRollCallAttendedByTheNameTheyGave() {
    MeetingNote n = Notes.fixture("irc-roll-call.md");
    assertThat(n.attendees())
        .extracting(NameRef::name, NameRef::handle)
        .containsExactly(
            tuple("Zora Abernathy-Kim", "zora"),
            tuple("Pilar Morales Ortega", "pmorales"),
            tuple("quux", "quux"),
            tuple("Hanna Bach", "hbach"));
  }
}
