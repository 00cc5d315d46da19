package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which words of a note name its series (invented titles and paths). */
class SeriesNameTest {
  @Test
  void theFrontMatterTitleWinsOverTheHeading() {
    assertThat(
            SeriesName.forNote(
                "Gadget meeting agenda",
                "Triage meeting 2031-02-03",
                "gadget/minutes/2031-02-03.md"))
        .isEqualTo("Triage meeting");
  }

  @Test
  void aSeriesNamedBeforeAColonKeepsItsTopicOut() {
    assertThat(SeriesName.forNote("Design meeting: Widget pools", null, "2031-02-03-pools.md"))
        .isEqualTo("Design meeting");
  }

  @Test
  void aTitleThatIsOnlyTheFilesTopicTakesTheSeriesFromItsFolder() {
    assertThat(
            SeriesName.forNote(
                "Widget roadmap",
                null,
                "gadget/design-meeting-minutes/2031-02-03-widget-roadmap.md"))
        .isEqualTo("Design Meeting");
  }

  @Test
  void aFileTopicThatIsItselfASeriesKeepsTheTitle() {
    assertThat(
            SeriesName.forNote(
                "Gadget planning meeting",
                null,
                "gadget/design-meeting-minutes/2031-02-03-planning-meeting.md"))
        .isEqualTo("Gadget planning meeting");
  }

  @Test
  void aDatedTitleInAPlainFolderStaysTheSeries() {
    assertThat(
            SeriesName.forNote(
                "Lumen Community Meeting Notes 2031-02-03", null, "lumen/2031-02-03.md"))
        .isEqualTo("Lumen Community Meeting");
  }
}
