package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.parse.TextSegment.SegmentKind;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ChatLogTest {
  private static final String BLUEJEANS =
      """
      Me10:56 AM
      Please sign in on the notes: https://notes.example.org/abc
      Wilma Quist11:01 AM
      you have to unmute me
      it says you muted me
      zoltan11:23 AM
      https://example.org/releases/tag/v9.1.0
      Wilma Quist12:04 PM
      bye
      """;

  @Test
  void bluejeansHeadersGlueTheNameToTheTime() {
    LogFixture f = LogFixture.parse(BLUEJEANS);
    assertThat(f.block().kind()).isEqualTo(LogBlock.Kind.CHAT);
    assertThat(f.senders()).containsExactly("Me", "Wilma Quist", "zoltan", "Wilma Quist");
    assertThat(f.block().chat())
        .extracting(ChatMessage::time)
        .containsExactly(
            LocalTime.of(10, 56), LocalTime.of(11, 1), LocalTime.of(11, 23), LocalTime.of(12, 4));
    assertThat(f.block().chat().get(1).text())
        .isEqualTo("you have to unmute me\nit says you muted me");
    assertThat(f.diagnostics()).isEmpty();
  }

  @Test
  void rangesPointAtTheSenderAndTheWholeMessage() {
    LogFixture f = LogFixture.parse(BLUEJEANS);
    ChatMessage wilma = f.block().chat().get(1);
    assertThat(f.text(wilma.sender().range())).isEqualTo("Wilma Quist");
    assertThat(wilma.sender().range().line()).isEqualTo(LogFixture.FIRST_LINE + 2);
    assertThat(wilma.range().line()).isEqualTo(LogFixture.FIRST_LINE + 2);
    assertThat(f.text(wilma.range()))
        .isEqualTo("Wilma Quist11:01 AM\nyou have to unmute me\nit says you muted me");
    for (ChatMessage m : f.block().chat()) {
      assertThat(f.text(m.sender().range())).isEqualTo(m.sender().name());
    }
  }

  @Test
  void segmentsCoverTheMessageTextOnly() {
    LogFixture f = LogFixture.parse(BLUEJEANS);
    assertThat(f.block().segments()).hasSize(4);
    TextSegment second = f.block().segments().get(1);
    assertThat(second.kind()).isEqualTo(SegmentKind.CHAT);
    assertThat(second.speaker()).isEqualTo("Wilma Quist");
    assertThat(second.sectionIndex()).isZero();
    assertThat(f.text(second.range())).isEqualTo("you have to unmute me\nit says you muted me");
    assertThat(second.range().line()).isEqualTo(LogFixture.FIRST_LINE + 3);
  }

  @Test
  void meAndYouAreTheNoteTakerKeptAsWritten() {
    LogFixture f = LogFixture.parse("You10:01 AM\nhello\nMe10:02 AM\nagain\nBo Lind10:03 AM\nhi\n");
    assertThat(f.senders()).containsExactly("You", "Me", "Bo Lind");
    assertThat(f.block().chat())
        .extracting(ChatMessage::fromNoteTaker)
        .containsExactly(true, true, false);
  }

  @Test
  void spacesColonsLowerCaseAndTwentyFourHourTimesAllMakeHeaders() {
    LogFixture f =
        LogFixture.parse(
            "  Ada Brook 10:58\nwelcome\nMe:7:57 pm\nsign in\nCarl Dunn\t11:10 a.m.\nok\n"
                + "Dee Ek14:03\nlate\n");
    assertThat(f.senders()).containsExactly("Ada Brook", "Me", "Carl Dunn", "Dee Ek");
    assertThat(f.block().chat())
        .extracting(ChatMessage::time)
        .containsExactly(
            LocalTime.of(10, 58), LocalTime.of(19, 57), LocalTime.of(11, 10), LocalTime.of(14, 3));
    ChatMessage ada = f.block().chat().get(0);
    assertThat(f.text(ada.sender().range())).isEqualTo("Ada Brook");
    assertThat(f.text(ada.range())).isEqualTo("  Ada Brook 10:58\nwelcome");
  }

  @Test
  void aGluedDigitGoesToTheHourWhenTheHourAllowsIt() {
    LogFixture f = LogFixture.parse("Guest 511:14 AM\nq1\nuser21:05 PM\nq2\nbot9911:30 AM\nq3\n");
    assertThat(f.senders()).containsExactly("Guest 5", "user2", "bot99");
    assertThat(f.block().chat())
        .extracting(ChatMessage::time)
        .containsExactly(LocalTime.of(11, 14), LocalTime.of(13, 5), LocalTime.of(11, 30));
  }

  @Test
  void chromeNarrowNoBreakSpaceBeforeAmIsAccepted() {
    LogFixture f = LogFixture.parse("You11:00\u202FAM\nhttps://notes.example.org/x\n");
    assertThat(f.senders()).containsExactly("You");
    assertThat(f.block().chat().get(0).time()).isEqualTo(LocalTime.of(11, 0));
  }

  @Test
  void googleMeetPutsTheTimeOnItsOwnLine() {
    LogFixture f =
        LogFixture.parse(
            "\nIrma Vos\n10:11 AM\ndid you have a button?\nYou\n10:13 AM\nno\n\nstill no\n");
    assertThat(f.senders()).containsExactly("Irma Vos", "You");
    ChatMessage irma = f.block().chat().get(0);
    assertThat(f.text(irma.range())).isEqualTo("Irma Vos\n10:11 AM\ndid you have a button?");
    assertThat(irma.range().line()).isEqualTo(LogFixture.FIRST_LINE + 1);
    assertThat(f.block().chat().get(1).text()).isEqualTo("no\n\nstill no");
  }

  @Test
  void handlesOrganizationsAndOtherScriptsAreSplitOffTheName() {
    LogFixture f =
        LogFixture.parse(
            "Ola Nord (onord)10:00 AM\na\nPia Sand (Acme Labs)10:01 AM\nb\n"
                + "Rui Tao (陶 瑞)10:02 AM\nc\nSam Uhl - Widgets10:03 AM\nd\n"
                + "Ty <t-v-w>10:04 AM\ne\nUma (umav) Voss10:05 AM\nf\n");
    assertThat(f.block().chat())
        .extracting(
            m -> m.sender().name() + "|" + m.sender().handle() + "|" + m.sender().organization())
        .containsExactly(
            "Ola Nord|onord|null",
            "Pia Sand|null|Acme Labs",
            "Rui Tao|null|null",
            "Sam Uhl|null|Widgets",
            "Ty|t-v-w|null",
            "Uma Voss|umav|null");
    assertThat(f.text(f.block().chat().get(0).sender().range())).isEqualTo("Ola Nord");
    assertThat(f.text(f.block().chat().get(2).sender().range())).isEqualTo("Rui Tao");
    // A handle inside the name: the range spans the whole label.
    assertThat(f.text(f.block().chat().get(5).sender().range())).isEqualTo("Uma (umav) Voss");
  }

  @Test
  void rolesTheMeetingToolAddsAreNeitherHandleNorOrganization() {
    LogFixture f = LogFixture.parse("Ida Juhl (Host)10:00 AM\na\nJon Kask (ME)10:01 AM\nb\n");
    assertThat(f.block().chat())
        .extracting(
            m -> m.sender().name() + "|" + m.sender().handle() + "|" + m.sender().organization())
        .containsExactly("Ida Juhl|null|null", "Jon Kask|null|null");
    assertThat(f.block().chat().get(1).fromNoteTaker()).isFalse();
  }

  @Test
  void messagesMayHoldTimesColonsUrlsAndTabs() {
    LogFixture f =
        LogFixture.parse(
            "Vic Wu10:00 AM\nTopic: meet again at 10:30 AM?\nhttps://example.org/a:b\n"
                + "\tindented\there\nWes Yi10:01 AM\nsure\n");
    assertThat(f.senders()).containsExactly("Vic Wu", "Wes Yi");
    assertThat(f.block().chat().get(0).text())
        .isEqualTo("Topic: meet again at 10:30 AM?\nhttps://example.org/a:b\n\tindented\there");
  }

  @Test
  void indentedBlocksReadLikeFencedOnes() {
    LogFixture timed =
        LogFixture.parse("    Me10:56 AM\n    hello\n      nested\n    Lu Mo10:57 AM\n    hi\n");
    assertThat(timed.senders()).containsExactly("Me", "Lu Mo");
    assertThat(timed.block().chat().get(0).text()).isEqualTo("hello\n  nested");
    assertThat(timed.text(timed.block().chat().get(1).sender().range())).isEqualTo("Lu Mo");
    LogFixture labelled = LogFixture.parse("    Ann Ray: hi\n    Bob Sun: yo\n");
    assertThat(labelled.senders()).containsExactly("Ann Ray", "Bob Sun");
  }

  @Test
  void aTrailingMeetingCodeIsDropped() {
    LogFixture f = LogFixture.parse("Xia Zee11:04 AM\nthanks\nabc-defg-hij\n\n");
    assertThat(f.block().chat()).hasSize(1);
    ChatMessage m = f.block().chat().get(0);
    assertThat(m.text()).isEqualTo("thanks");
    assertThat(f.text(m.range())).isEqualTo("Xia Zee11:04 AM\nthanks");
  }

  @Test
  void aHeaderWithoutTextIsKeptWithoutASegment() {
    LogFixture f = LogFixture.parse("Amy Bo10:00 AM\nhi\nMe10:05 AM\n");
    assertThat(f.senders()).containsExactly("Amy Bo", "Me");
    assertThat(f.block().chat().get(1).text()).isEmpty();
    assertThat(f.text(f.block().chat().get(1).range())).isEqualTo("Me10:05 AM");
    assertThat(f.block().segments()).hasSize(1);
  }

  @Test
  void linesBeforeTheFirstSenderAreReported() {
    LogFixture f = LogFixture.parse("https://notes.example.org/x\nBea Cox11:04 AM\nhello\nok\n");
    assertThat(f.senders()).containsExactly("Bea Cox");
    assertThat(f.diagnostics()).hasSize(1);
    assertThat(f.diagnostics().get(0).line()).isEqualTo(LogFixture.FIRST_LINE);
  }

  @Test
  void copiedInterfaceLabelsAreSilentlySkipped() {
    LogFixture f = LogFixture.parse("SETTINGS\nEVERYONEDIRECT MESSAGES\nMe10:47 AM\nsign in\n");
    assertThat(f.senders()).containsExactly("Me");
    assertThat(f.diagnostics()).isEmpty();
  }

  @Test
  void nameColonMessageLinesAreAChatWithoutTimes() {
    LogFixture f =
        LogFixture.parse("Ann Ray: hi all\nbob: hey, see https://example.org\nAnn Ray: bye\n");
    assertThat(f.block().kind()).isEqualTo(LogBlock.Kind.CHAT);
    assertThat(f.senders()).containsExactly("Ann Ray", "bob", "Ann Ray");
    assertThat(f.block().chat().get(1).time()).isNull();
    assertThat(f.block().chat().get(1).text()).isEqualTo("hey, see https://example.org");
    assertThat(f.text(f.block().chat().get(1).sender().range())).isEqualTo("bob");
  }

  @Test
  void meetChatSavedWithTimingsIsAChat() {
    LogFixture f =
        LogFixture.parse(
            "00:00:39.516,00:00:42.516\nCy Dahl: https://notes.example.org/x\n\n"
                + "00:12:28.550,00:12:31.550\nDo Ekman: const char *keys[] = {\n  \"Name\",\n}\n");
    assertThat(f.block().kind()).isEqualTo(LogBlock.Kind.CHAT);
    assertThat(f.senders()).containsExactly("Cy Dahl", "Do Ekman");
    assertThat(f.block().chat().get(1).text()).isEqualTo("const char *keys[] = {\n  \"Name\",\n}");
  }

  @Test
  void zoomChatSaves() {
    LogFixture f =
        LogFixture.parse(
            "10:02:15 From Eli Falk to Everyone: hello: world\n"
                + "10:03:00\t From  Fay Gold : old style\n"
                + "10:04:30 From Me to Eli Falk(Direct Message):\n\tsecond line\n");
    assertThat(f.block().kind()).isEqualTo(LogBlock.Kind.CHAT);
    assertThat(f.senders()).containsExactly("Eli Falk", "Fay Gold", "Me");
    assertThat(f.block().chat())
        .extracting(ChatMessage::text)
        .containsExactly("hello: world", "old style", "second line");
    assertThat(f.block().chat().get(0).time()).isEqualTo(LocalTime.of(10, 2, 15));
    assertThat(f.block().chat().get(2).fromNoteTaker()).isTrue();
    assertThat(f.text(f.block().chat().get(1).sender().range())).isEqualTo("Fay Gold");
  }
}
