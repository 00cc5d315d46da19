package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.parse.TextSegment.SegmentKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GoogleMeetTranscriptTest {
  private static final String MEET =
      """
      abc-defg-hij (2024-02-20 17:03 GMT+1) - Transcript
      Attendees
      Gus Hale, Hana Ito, jkroll, Gus Hale's Presentation, Kai Lund
      Transcript
      This editable transcript was computer generated and might contain errors.
      Gus Hale: Welcome everybody. Today is February 20th.
      Gus Hale:  Let me share the agenda: item one.
      Hana Ito: Thanks. I will start with the demo
      and continue on this line.
      00:05:00
      Hana Ito:  So the demo works.
      jkroll: Question: at 10:30 AM do we meet?
      00:10:00
      Kai Lund: Bye.
      Meeting ended after 00:12:10 👋
      """;

  @Test
  void eachLabelledLineIsATurn() {
    LogFixture f = LogFixture.parse(MEET, "Raw Google Meet Transcription");
    assertThat(f.block().kind()).isEqualTo(LogBlock.Kind.TRANSCRIPT);
    assertThat(f.speakers())
        .containsExactly("Gus Hale", "Gus Hale", "Hana Ito", "Hana Ito", "jkroll", "Kai Lund");
    assertThat(f.block().transcript())
        .extracting(Utterance::text)
        .containsExactly(
            "Welcome everybody. Today is February 20th.",
            "Let me share the agenda: item one.",
            "Thanks. I will start with the demo\nand continue on this line.",
            "So the demo works.",
            "Question: at 10:30 AM do we meet?",
            "Bye.");
    assertThat(f.block().chat()).isEmpty();
    assertThat(f.diagnostics()).isEmpty();
  }

  @Test
  void attendeesComeWithExactRangesAndWithoutPresentations() {
    LogFixture f = LogFixture.parse(MEET, "Raw Transcript");
    assertThat(f.block().transcriptAttendees())
        .extracting(NameRef::name)
        .containsExactly("Gus Hale", "Hana Ito", "jkroll", "Kai Lund");
    for (NameRef a : f.block().transcriptAttendees()) {
      assertThat(f.text(a.range())).isEqualTo(a.name());
      assertThat(a.range().line()).isEqualTo(LogFixture.FIRST_LINE + 2);
    }
  }

  @Test
  void offsetMarkersSetAtForTheTurnsAfterThem() {
    LogFixture f = LogFixture.parse(MEET);
    assertThat(f.block().transcript())
        .extracting(Utterance::at)
        .containsExactly(
            null, null, null, Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofMinutes(10));
  }

  @Test
  void rangesCoverSpeakerTurnAndText() {
    LogFixture f = LogFixture.parse(MEET);
    Utterance hana = f.block().transcript().get(2);
    assertThat(f.text(hana.speaker().range())).isEqualTo("Hana Ito");
    assertThat(hana.range().line()).isEqualTo(LogFixture.FIRST_LINE + 7);
    assertThat(f.text(hana.range()))
        .isEqualTo("Hana Ito: Thanks. I will start with the demo\nand continue on this line.");
    TextSegment s = f.block().segments().get(2);
    assertThat(s.kind()).isEqualTo(SegmentKind.TRANSCRIPT);
    assertThat(s.speaker()).isEqualTo("Hana Ito");
    assertThat(f.text(s.range()))
        .isEqualTo("Thanks. I will start with the demo\nand continue on this line.");
    for (Utterance u : f.block().transcript()) {
      assertThat(f.text(u.speaker().range())).isEqualTo(u.speaker().name());
    }
  }

  @Test
  void aHeadlessTranscriptIsRecognisedByItsMarkers() {
    LogFixture f =
        LogFixture.parse(
            "Lea Moss: Okay, recording.\n\nLea Moss:  Welcome.\n\n00:05:00\n\nNed Orr:  Yes.\n",
            "Notes");
    assertThat(f.block().kind()).isEqualTo(LogBlock.Kind.TRANSCRIPT);
    assertThat(f.speakers()).containsExactly("Lea Moss", "Lea Moss", "Ned Orr");
    assertThat(f.block().transcript().get(1).text()).isEqualTo("Welcome.");
    assertThat(f.block().transcript().get(2).at()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void theHeadingTurnsPlainLabelledLinesIntoATranscript() {
    LogFixture f =
        LogFixture.parse("Ona Pike: Hello.\nPer Quinn: Hi.\n", "Raw Google Meet Transcript");
    assertThat(f.block().kind()).isEqualTo(LogBlock.Kind.TRANSCRIPT);
    assertThat(f.speakers()).containsExactly("Ona Pike", "Per Quinn");
  }

  @Test
  void linesAfterTheEndOfMeetingAreIgnored() {
    LogFixture f = LogFixture.parse(MEET + "Rex Sato: not part of it\n");
    assertThat(f.speakers()).last().isEqualTo("Kai Lund");
  }
}
