package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A recording's chapter list ("00:00 Intro", "03:10 Title", in a fence or as a list) gives the
 * talks of the same titles their offsets; it is no transcript and no talk of its own.
 */
class VideoChaptersTest {
  @Test
  void fencedChaptersGiveTheTalksOfTheSameTitlesTheirOffsets() {
    MeetingNote n = Notes.fixture("video-chapters.md");
    assertThat(n.sections())
        .filteredOn(s -> s.kind() == AgendaSection.SectionKind.TALK)
        .extracting(AgendaSection::title, AgendaSection::offset)
        .contains(
            tuple("Gadget 2.4 is out", Duration.ofSeconds(190)),
            tuple("Demo: gadgetctl in the browser", Duration.ofSeconds(765)));
    assertThat(n.transcript()).isEmpty();
    assertThat(n.layoutSignals()).contains("chapters");
  }

  @Test
  void chaptersWrittenAsAListAreReadTheSameWay() {
    MeetingNote n = Notes.fixture("video-chapters-list.md");
    assertThat(n.sections())
        .extracting(AgendaSection::title, AgendaSection::offset)
        .containsExactly(
            tuple("Roadmap for 3.0", Duration.ofSeconds(260)),
            tuple("Packaging update", Duration.ofSeconds(1265)));
  }

  @Test
  void presentersInParenthesesAfterAHeadingAreFullNamesOrHandlesEvenWithoutAnAttendeeList() {
    MeetingNote n = Notes.fixture("video-chapters-list.md");
    assertThat(n.sections())
        .extracting(AgendaSection::title, s -> Notes.names(s.presenters()))
        .containsExactly(
            tuple("Roadmap for 3.0", java.util.List.of("Kit Lu")),
            tuple("Packaging update", java.util.List.of("Juno Barros", "kit-lu")));
  }
}
