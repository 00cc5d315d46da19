package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostics;
import io.notegraph.ingest.SourceDocument;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingTimeTest {
  @Test
  void actualStartAndEndCarryTheStatedOffset() {
    MeetingNote n =
        Notes.parse(
            """
        # Widget Community Meeting
        ## March 5, 2024 11:00 a.m. Eastern (UTC-5)

        ## Meeting Start: 11:04 a.m.

        ### Meeting End: 11:58 a.m. Eastern (UTC-5)
        """);
    assertThat(n.time().date()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(n.time().startDateTime()).isEqualTo(OffsetDateTime.parse("2024-03-05T11:04-05:00"));
    assertThat(n.time().endDateTime()).isEqualTo(OffsetDateTime.parse("2024-03-05T11:58-05:00"));
    assertThat(n.time().scheduled()).hasToString("11:00");
    assertThat(n.time().offsetStated()).isTrue();
  }

  @Test
  void easternWithoutOffsetFollowsDaylightSavingOfThatDate() {
    MeetingNote summer = Notes.parse("# Meeting\n## July 9, 2024 11:00 a.m. Eastern\n");
    MeetingNote winter = Notes.parse("# Meeting\n## January 9, 2024 11:00 a.m. Eastern\n");
    assertThat(summer.time().offset()).hasToString("-04:00");
    assertThat(winter.time().offset()).hasToString("-05:00");
    assertThat(summer.time().offsetStated()).isFalse();
  }

  @Test
  void cabalStartLineGivesTimeAndDateInOneSentence() {
    MeetingNote n =
        Notes.parse(
            "x.md",
            """
        # Widget Community Cabal Meeting Notes

        ### Meeting Notes
        Video [Recording](https://video.example/abc)
        Meeting start 11:02 a.m. Thursday, March 21, 2024

        Meeting finished 11:50 a.m.
        """,
            new Diagnostics());
    assertThat(n.time().date()).isEqualTo(LocalDate.of(2024, 3, 21));
    assertThat(n.time().dateSource()).isEqualTo("start line");
    assertThat(n.time().start()).hasToString("11:02");
    assertThat(n.time().end()).hasToString("11:50");
    assertThat(n.recording()).isEqualTo("https://video.example/abc");
    assertThat(n.time().offset()).hasToString("-04:00");
  }

  @Test
  void startAndEndSpelledLooselyStillCount() {
    MeetingNote n =
        Notes.parse(
            """
        # Meeting
        ## May 16, 2024
        Meeting Start 11:02 am

        The meeting started at 11:02 a.m.

        Meeting End: 11:50am EDT
        """);
    assertThat(n.time().start()).hasToString("11:02");
    assertThat(n.time().end()).hasToString("11:50");
    assertThat(n.time().offset()).hasToString("-04:00");
  }

  @Test
  void fileNameWinsOverAHeadingWithAnotherYearAndSaysSo() {
    Diagnostics diag = new Diagnostics();
    MeetingNote n =
        Notes.parse("2024-02-06.md", "# Meeting\n## February 6, 2023 11:00 a.m.\n", diag);
    assertThat(n.time().date()).isEqualTo(LocalDate.of(2024, 2, 6));
    assertThat(Notes.lineDiagnostics(diag))
        .singleElement()
        .asString()
        .contains("2024-02-06.md:2")
        .contains("file name says 2024-02-06");
  }

  @Test
  void fileNameIsTheLastResortForTheDate() {
    MeetingNote n =
        Notes.parse("notes-2024-08-01.md", "# Meeting\n\nSome notes.\n", new Diagnostics());
    assertThat(n.time().date()).isEqualTo(LocalDate.of(2024, 8, 1));
    assertThat(n.time().dateSource()).isEqualTo("file name");
  }

  @Test
  void frontMatterDateIsUsedAndFrontMatterTitleResolvesThePlaceholder() {
    MeetingNote n =
        Notes.parse(
            "notes.md",
            """
        ---
        layout: default
        title: Widget Community Meeting
        date: 2024-04-02
        ---

        # {{ page.title }}
        Nothing else.
        """,
            new Diagnostics());
    assertThat(n.series()).isEqualTo("Widget Community Meeting");
    assertThat(n.time().date()).isEqualTo(LocalDate.of(2024, 4, 2));
  }

  @Test
  void impossibleDateIsReportedAsInvalidNotAsMissing() {
    Diagnostics diag = new Diagnostics();
    SourceDocument doc =
        new SourceDocument(
            "feb.md",
            URI.create("urn:t"),
            "# Widget Community Meeting 2021-02-30\nhi\n",
            StandardCharsets.UTF_8,
            List.of());
    Diagnostics named = new Diagnostics();
    SourceDocument byName =
        new SourceDocument(
            "2023-13-01.md",
            URI.create("urn:t2"),
            "# Notes\nhi\n",
            StandardCharsets.UTF_8,
            List.of());

    assertThat(Notes.PARSER.parse(doc, diag)).isEmpty();
    assertThat(Notes.PARSER.parse(byName, named)).isEmpty();

    assertThat(diag.all().get(0).toString()).startsWith("feb.md: error: invalid date 2021-02-30");
    assertThat(named.all().get(0).toString())
        .startsWith("2023-13-01.md: error: invalid date 2023-13-01");
  }

  @Test
  void noDateAnywhereIsAnErrorNamingTheFile() {
    Diagnostics diag = new Diagnostics();
    SourceDocument doc =
        new SourceDocument(
            "undated.md", URI.create("urn:t"), "# Notes\nhi\n", StandardCharsets.UTF_8, List.of());
    assertThat(Notes.PARSER.parse(doc, diag)).isEmpty();
    assertThat(diag.hasErrors()).isTrue();
    assertThat(diag.all().get(0).toString()).startsWith("undated.md: error: no date found");
  }

  @Test
  void incompleteEndTimeIsReportedWithItsLine() {
    Diagnostics diag = new Diagnostics();
    MeetingNote n =
        Notes.parse(
            "2024-01-01.md",
            "# M\n## January 1, 2024\n\n### Meeting End: 11: a.m. Eastern\n",
            diag);
    assertThat(n.time().end()).isNull();
    assertThat(Notes.lineDiagnostics(diag))
        .singleElement()
        .asString()
        .contains(":4:")
        .contains("incomplete time");
  }

  @Test
  void weekdayThatDoesNotMatchTheDateIsReported() {
    Diagnostics diag = new Diagnostics();
    Notes.parse("2024-01-01.md", "# M\n## Friday, January 1, 2024\n", diag);
    assertThat(Notes.lineDiagnostics(diag))
        .singleElement()
        .asString()
        .contains("weekday does not match");
  }

  @Test
  void dateHeadingAfterAStrayFirstHeadingIsStillTheDate() {
    MeetingNote n =
        Notes.parse(
            """
        ###### Release status

        ## January 8, 2024 11:00 a.m. Eastern (UTC-5)

        ## Widgets
        ### Kai Moreau
        """);
    assertThat(n.time().date()).isEqualTo(LocalDate.of(2024, 1, 8));
    assertThat(n.sections())
        .extracting(AgendaSection::title)
        .containsExactly("Release status", "Widgets");
  }
}
