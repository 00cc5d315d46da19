package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostics;
import io.notegraph.parse.TextSegment.SegmentKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The transcript exports of meeting software as the tools write them (fictional people): each
 * speaker becomes a person with turns, in order, with the offset the export gives.
 */
class TranscriptFormatsTest {
  private static MeetingNote note(String file) {
    return Notes.parse(Path.of("src/test/resources/parse/transcripts/" + file), new Diagnostics());
  }

  private static List<String> turns(MeetingNote n) {
    return n.transcript().stream()
        .map(
            u ->
                u.speaker().name()
                    + " | "
                    + (u.at() == null ? "" : u.at().toString())
                    + " | "
                    + u.text().strip().split("\\s+")[0])
        .toList();
  }

  @Test
  void teamsWebVttVoiceTagsNameTheSpeakersAndCueStartsAreTheOffsets() {
    assertThat(turns(note("teams-vtt.md")))
        .containsExactly(
            "Ana Ruiz | PT3.12S | Good",
            "Bo Lindgren | PT8S | Thanks.",
            "Ana Ruiz | PT1M2.5S | Great,");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "teams-text.md",
        "teams-bracketed.md",
        "meet-timed.md",
        "meet-stacked.md",
        "otter-bold.md"
      })
  void everySpeakerTurnIsReadWithItsOffset(String file) {
    assertThat(turns(note(file)))
        .containsExactly(
            "Ana Ruiz | PT3S | Good", "Bo Lindgren | PT8S | Thanks.", "Ana Ruiz | PT1M2S | Great,");
  }

  @Test
  void jitsiTranscriptTurnsCarryTheirClockTimeAsAnOffsetFromItsStart() {
    assertThat(turns(note("jitsi.md")))
        .containsExactly(
            "Ana Ruiz | PT3S | Good", "Bo Lindgren | PT8S | Thanks.", "Ana Ruiz | PT1M2S | Great,");
  }

  @Test
  void anUnlabelledTranscriptIsStillTextOfTheMeeting() throws java.io.IOException {
    MeetingNote n = note("unlabelled.md");
    String source =
        java.nio.file.Files.readString(
            Path.of("src/test/resources/parse/transcripts/unlabelled.md"));
    assertThat(n.transcript()).isEmpty();
    assertThat(n.segments())
        .filteredOn(s -> s.kind() == SegmentKind.PROSE)
        .anySatisfy(s -> assertThat(s.range().of(source)).contains("Chidi Okafor writes"));
  }
}
