package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TranscriptOffsetsTest {
  private static final String CABAL =
      """
      # Sprocket Cabal — 2031-03-03

      **Attendees:** Ana Ruiz (@aruiz, host), Bo Lindgren (@blind), Chidi Okafor

      ## Agenda

      1. Release planning (Ana Ruiz, ~15 min)
      2. Retiring the old bridge (Bo, ~10 min)
      3. Docs cleanup (~5 min)

      ## Transcript

      [00:00:04] Ana Ruiz
      Okay, I think the recording has started. Welcome everyone.

      [00:01:02] Ana Ruiz
      So, release planning. The next release ships in May.

      [00:03:15] Bo Lindgren
      Does May include the bridge removal?

      [00:05:40] Bo Lindgren
      Retiring the old bridge is my item, it has been deprecated for two years.

      [00:09:10] Ana Ruiz
      Docs cleanup then, the last item.

      [00:12:30] Chidi Okafor
      Thanks all, bye.
      """;

  @Test
  void aTranscriptPastedOneParagraphPerTurnIsReadTurnByTurn() {
    MeetingNote n = Notes.parse(CABAL);
    assertThat(n.transcript())
        .extracting(u -> u.speaker().name())
        .containsExactly(
            "Ana Ruiz", "Ana Ruiz", "Bo Lindgren", "Bo Lindgren", "Ana Ruiz", "Chidi Okafor");
    assertThat(n.transcript().get(2).at()).isEqualTo(Duration.ofSeconds(195));
  }

  @Test
  void aTalkStartsWhereItsPresenterFirstSpeaksOfItAfterThePreviousTalk() {
    MeetingNote n = Notes.parse(CABAL);
    assertThat(n.sections())
        .extracting(AgendaSection::title, AgendaSection::offset)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Release planning", Duration.ofSeconds(62)),
            org.assertj.core.groups.Tuple.tuple("Retiring the old bridge", Duration.ofSeconds(340)),
            org.assertj.core.groups.Tuple.tuple("Docs cleanup", null));
  }

  @Test
  void aShortExcerptOfATranscriptGivesNoOffsets() {
    MeetingNote n =
        Notes.parse(
            """
            # Sprocket call 2031-03-10

            ## Release planning - Ana Ruiz

            Ana went through the plan.

            ## Transcript

            [00:00:04] Ana Ruiz
            So, release planning. The next release ships in May.

            [00:00:20] Bo Lindgren
            Sounds good.
            """);
    assertThat(n.sections()).extracting(AgendaSection::offset).containsOnlyNulls();
  }

  @Test
  void anOwnedAgendaOverAFeatureListAndATranscriptGivesTheTalks() {
    MeetingNote n =
        Notes.parse(
            CABAL.replace(
                "## Transcript",
                "## Sprocket 4.1 brings\n\n- a smaller image\n- faster start\n\n## Transcript"));
    assertThat(n.sections())
        .extracting(AgendaSection::title)
        .containsExactly(
            "Sprocket 4.1 brings", "Release planning", "Retiring the old bridge", "Docs cleanup");
  }

  @Test
  void whoSpeaksInTheTranscriptOfANoteThatListsNobodyAttended() {
    MeetingNote n =
        Notes.parse(
            """
            # Sprocket call 2031-03-10

            ## Agenda

            1. Release status — Bo Lindgren

            ## Transcript

            Ana Ruiz  0:03
            Welcome, Bo is first.

            Bo Lindgren  0:41
            Thanks. The release candidate is out.

            Ana Ruiz  5:10
            Thanks all.
            """);
    assertThat(Notes.names(n.transcriptAttendees())).containsExactly("Ana Ruiz", "Bo Lindgren");
    // a note with a list keeps it: its speakers are not added
    MeetingNote listed = Notes.parse(CABAL);
    assertThat(listed.transcriptAttendees()).isEmpty();
    assertThat(Notes.names(listed.attendees())).contains("Ana Ruiz", "Bo Lindgren");
  }
}
