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
  void aMeetingBodyNamedBeforeADashKeepsThisMeetingsSubtitleOut() {
    assertThat(
            SeriesName.forNote("Widget Steering Committee — board review", null, "w/2031-02-03.md"))
        .isEqualTo("Widget Steering Committee Meeting");
    // how often it meets stays part of the name
    assertThat(SeriesName.forNote("SIG Widgets — Weekly Meeting", null, "w/2031-02-03.md"))
        .isEqualTo("SIG Widgets — Weekly Meeting");
    assertThat(
            SeriesName.forNote(
                "Gadget Community Call — Gadget 5.2 release party 🎉", null, "g/2031-02-03.md"))
        .isEqualTo("Gadget Community Call Meeting");
    // no meeting body before the dash: the whole title is the name
    assertThat(SeriesName.forNote("Gadget — design review", null, "g/2031-02-03.md"))
        .isEqualTo("Gadget — design review Meeting");
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

  @Test
  void aMeetingBotsChannelRulesAndEmptyBracketsAreNoPartOfTheSeries() {
    assertThat(SeriesName.of("====== #fedora-meeting-1: Widget SIG (2031-10-07) ======"))
        .isEqualTo("Widget SIG Meeting");
    assertThat(SeriesName.of("#openstack-meeting-3: nova")).isEqualTo("nova Meeting");
  }

  @Test
  void minutesBeforeACommaAndADateAreNoPartOfTheSeries() {
    assertThat(
            SeriesName.forNote(
                "Lumen Foundation Board Meeting Minutes, February 19, 2031",
                null,
                "lumen/2031-02-19.md"))
        .isEqualTo("Lumen Foundation Board Meeting");
  }

  @Test
  void aTopicTitleInASeriesFolderIsAMeetingOfTheFoldersSeries() {
    String path = "gadget/design-meeting-minutes/2031-02-03-pools.md";
    assertThat(SeriesName.forNote("Do we need widget pools?", null, path))
        .isEqualTo("Design Meeting");
    assertThat(SeriesName.forNote("2031-02-03: Outlives defaults", null, path))
        .isEqualTo("Design Meeting");
    assertThat(
            SeriesName.forNote("Gadget, an overview", null, "gadget/design-meeting-minutes/x.md"))
        .isEqualTo("Design Meeting");
  }

  @Test
  void aTopicFramedByTheFoldersSeriesIsThatSeries() {
    String path = "gadget/design-meeting-minutes/2031-02-03-pools.md";
    assertThat(SeriesName.forNote("Widget pools design meeting 2031.02.03", null, path))
        .isEqualTo("Design Meeting");
    assertThat(SeriesName.forNote("Design meeting on RFC 4242", null, path))
        .isEqualTo("Design Meeting");
    assertThat(SeriesName.forNote("Widget pools (design meeting)", null, path))
        .isEqualTo("Design Meeting");
  }

  @Test
  void aFrontMatterTitleNamingItsSeriesBeforeTheTopicKeepsTheTopicOut() {
    String path = "gadget/design-meeting-minutes/2031-02-03-pools.md";
    assertThat(SeriesName.forNote("Pools", "Design meeting 2031-02-03: Widget pools", path))
        .isEqualTo("Design meeting");
    assertThat(SeriesName.forNote("Pools", "2031-02-03: Widget pools", path))
        .isEqualTo("Design Meeting");
  }

  @Test
  void anotherSeriesFiledInTheFolderKeepsItsOwnName() {
    String path = "gadget/design-meeting-minutes/2031-02-03.md";
    assertThat(SeriesName.forNote("Gadget planning meeting agenda", null, path))
        .isEqualTo("Gadget planning Meeting");
    assertThat(SeriesName.forNote("Gadget Team Design Meeting: Pools", null, path))
        .isEqualTo("Gadget Team Design Meeting");
  }

  @Test
  void aFolderThatSaysOnlyMeetingsNamesNoSeries() {
    assertThat(SeriesName.forNote("Widget pools", null, "gadget/meeting-notes/2031-02-03.md"))
        .isEqualTo("Widget pools Meeting");
    assertThat(SeriesName.forNote("Gadget TSC 2031-02-03", null, "gadget/minutes/2031-02-03.md"))
        .isEqualTo("Gadget TSC Meeting");
  }
}
