package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class IrcLogTest {
  @Test
  void ircLinesWithTimesAndModePrefixesAreChatFromTheNick() {
    LogFixture f =
        LogFixture.parse(
            """
        [14:02] <@wquist> morning all
        [14:02] * zoltan waves
        [14:03] <zoltan> the release branch is cut
        -!- bo_l has joined #widgets
        [14:05] <bo_l> thanks, I will test it tonight
        """);
    assertThat(f.block().kind()).isEqualTo(LogBlock.Kind.CHAT);
    assertThat(f.senders()).containsExactly("wquist", "zoltan", "bo_l");
    assertThat(f.block().chat())
        .extracting(ChatMessage::time)
        .containsExactly(LocalTime.of(14, 2), LocalTime.of(14, 3), LocalTime.of(14, 5));
    assertThat(f.block().chat().get(0).sender().handle()).isEqualTo("wquist");
    assertThat(f.text(f.block().chat().get(1).sender().range())).isEqualTo("zoltan");
    assertThat(f.text(f.block().segments().get(1).range())).isEqualTo("the release branch is cut");
  }

  @Test
  void matrixIdsGiveTheirLocalPart() {
    LogFixture f =
        LogFixture.parse(
            """
        [2031-05-02 09:00] <@ada.brook:example.org> shall we start?
        [2031-05-02 09:01] <@carl:example.org> yes
        """);
    assertThat(f.senders()).containsExactly("ada.brook", "carl");
  }

  @Test
  void markupIsNotAChat() {
    LogFixture f = LogFixture.parse("<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n");
    assertThat(f.block().kind()).isEqualTo(LogBlock.Kind.CODE);
  }

  @org.junit.jupiter.api.Test
  void aPlainTextMeetbotSummaryGivesTopicsWithTheirNicksTasksOnceAndPeopleWithoutTheBot() {
    MeetingNote n = Notes.fixture("meetbot-plain-text.md");
    assertThat(n.series()).isEqualTo("Widget SIG Meeting");
    assertThat(Notes.names(n.attendees())).containsExactly("aruiz", "blind", "cokafor");
    assertThat(n.sections())
        .filteredOn(s -> s.kind() == AgendaSection.SectionKind.TALK)
        .extracting(AgendaSection::title, s -> Notes.names(s.presenters()))
        .contains(
            org.assertj.core.groups.Tuple.tuple("Widget 3.2 release", java.util.List.of("aruiz")),
            org.assertj.core.groups.Tuple.tuple(
                "Packaging the new plugin", java.util.List.of("blind")));
    assertThat(n.actionItems())
        .extracting(a -> String.join("+", Notes.names(a.agents())) + " | " + a.task())
        .containsExactly(
            "blind | announce the release on the list", "cokafor | open the review request");
  }
}
