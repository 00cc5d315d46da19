package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TalkLayoutsTest {
  private static final MeetingNote NOTE =
      Notes.parse(Path.of("src/test/resources/parse/talk-layouts.md"), new Diagnostics());

  private static List<String> talks() {
    return talks(NOTE);
  }

  @Test
  void presentersAndOffsetsInAnyOrderOnHeadingsBelowATopicsCaption() {
    assertThat(talks())
        .containsExactly(
            "Sprocket storage sharing | Ana Ruiz+Bo Lindgren | PT45S",
            "Widget 7 schedule | Chidi Okafor | PT12M10S",
            "Gizmo chat bridges - pick one chat platform? | Chidi Okafor | PT20M",
            "Rootless gizmos | Dana Whitfield | PT25M3S",
            "Gizmo demonstration | Bo Lindgren | PT31M16S",
            "Open discussion |  | PT40M20S");
  }

  @Test
  void aLinkedOffsetIsAnOffsetNotSlides() {
    assertThat(NOTE.sections().get(3).offset()).isEqualTo(Duration.ofSeconds(25 * 60 + 3));
    assertThat(NOTE.sections().get(3).slides()).isEmpty();
  }

  private static List<String> talks(MeetingNote n) {
    return n.sections().stream()
        .map(
            s ->
                s.title()
                    + " | "
                    + String.join("+", Notes.names(s.presenters()))
                    + " | "
                    + (s.offset() == null ? "" : s.offset().toString()))
        .toList();
  }

  @Test
  void bracketedTimesOnHeadingsAreOffsetsWhenTheyRiseAndNoClockCouldShowOne() {
    MeetingNote n =
        Notes.parse(
            """
        # Widget Cabal — 2031-02-17

        Present: Ana Ruiz, Bo Lindgren, Chidi Okafor

        ### [03:12] Sprocket improvements (Ana Ruiz)
        Notes.

        ### Gizmo machine — Bo Lindgren (17:45)
        Notes.

        ### [31:20] Shared caches (Chidi Okafor)
        Notes.
        """);
    assertThat(talks(n))
        .containsExactly(
            "Sprocket improvements | Ana Ruiz | PT3M12S",
            "Gizmo machine | Bo Lindgren | PT17M45S",
            "Shared caches | Chidi Okafor | PT31M20S");
  }

  @Test
  void aScheduleOfClockTimesOnHeadingsGivesNoOffsets() {
    MeetingNote n =
        Notes.parse(
            """
        # Widget Cabal — 2031-02-17

        Present: Ana Ruiz, Bo Lindgren

        ### Sprocket improvements — Ana Ruiz (11:00)
        Notes.

        ### Gizmo machine — Bo Lindgren (11:20)
        Notes.
        """);
    assertThat(n.sections()).extracting(AgendaSection::offset).containsOnlyNulls();
  }

  @Test
  void anOwnedAgendaIsTheTalksWhenApologiesAndActionsAreTheOnlyOtherHeadings() {
    Diagnostics diag = new Diagnostics();
    MeetingNote n =
        Notes.parse(
            "m.md",
            """
        Sprocket PMC call
        =================

        Date: 2031-05-14

        Attendance
        ----------

        * PMC: Ana Ruiz, Bo Lindgren, Chidi Okafor

        Apologies
        ---------

        Dana Whitfield

        Agenda
        ------

        1. Roll call
        2. Release status (Bo)
        3. Board report (Chidi)

        Minutes
        -------

        1. Roll call

           Quorum reached.

        Actions
        -------

        - ACTION: Bo to announce the release.
        """,
            diag);
    assertThat(talks(n))
        .containsExactly("Roll call |  | ", "Release status | Bo | ", "Board report | Chidi | ");
    assertThat(diag.all()).extracting(d -> d.message()).doesNotContain("no talks found");
  }

  @Test
  void aPageToolsPropertyLinesGiveAttendeesAndItsMentionsGivePresenters() {
    // Given names stay given names here; the link stage resolves them to the attendees.
    MeetingNote n =
        Notes.parse(
            """
        # Sprocket sync — May 20, 2031

        Date: May 20, 2031 5:00 PM (GMT+2)
        Facilitator: Ana Ruiz
        Participants: Ana Ruiz, Bo Lindgren, Chidi Okafor
        Status: Done

        ## Agenda

        1. v2.18 recap — @Ana Ruiz
        2. [Bo, Chidi] Storybook migration (10 min)
        """);
    assertThat(Notes.names(n.attendees()))
        .containsExactly("Ana Ruiz", "Bo Lindgren", "Chidi Okafor");
    assertThat(talks(n))
        .containsExactly("v2.18 recap | Ana Ruiz | ", "Storybook migration | Bo+Chidi | ");
  }

  @Test
  void summaryLinesSayingWhoPresentedWhatAreTheTalksOfMinutesWithNoOther() {
    MeetingNote n =
        Notes.parse(
            """
        # Sprocket community meeting — 8 September 2031

        ## Summary

        Ana Ruiz presented the 0.14 release plan: the RC was tagged today.
        Bo van der Berg presented the new thumbnail pipeline, built on a new library.
        Chidi asked about storage: it is unchanged.

        ## Related

        - [Previous meeting](./2031-08-25.md)
        """);
    assertThat(talks(n))
        .containsExactly(
            "0.14 release plan | Ana Ruiz | ", "new thumbnail pipeline | Bo van der Berg | ");
  }

  @Test
  void anAgendaPreviewsTheSectionsWithMentionsOfTheirPresenters() {
    MeetingNote n =
        Notes.parse(
            """
        # Sprocket sync — May 20, 2031

        Participants: Ana Ruiz, Bo Lindgren

        ## Agenda

        1. v2.18 recap — @Ana Ruiz
        2. v3 codemods — @Bo Lindgren

        ## Notes

        ### v2.18 recap
        Shipped.

        ### v3 codemods
        Planned.
        """);
    assertThat(talks(n))
        .containsExactly("v2.18 recap | Ana Ruiz | ", "v3 codemods | Bo Lindgren | ");
  }

  @Test
  void presenterAndRecordingFieldLinesUnderNumberedHeadings() {
    MeetingNote n =
        Notes.parse(
            """
        # Widget Community Meeting — 2031-10-06

        **Present (3):** Ana Ruiz, Bo Lindgren, Dana Whitfield

        ## Topics

        ### 1. netavark 2.0 — life after iptables
        Presenter: Bo Lindgren
        Recording: 00:06:40

        - Some notes.

        ### 2. Mentorship cohort wrap-up
        Presenter: Dana
        Recording: 00:44:05
        """);
    assertThat(talks(n))
        .containsExactly(
            "netavark 2.0 — life after iptables | Bo Lindgren | PT6M40S",
            "Mentorship cohort wrap-up | Dana | PT44M5S");
  }

  @Test
  void boldLinesNamingPeoplePresentOrAnOffsetAreTalksWithoutAnAgenda() {
    MeetingNote n =
        Notes.parse(
            """
        # Widget Community Meeting — 15 July 2031

        **On the call:** Ana Ruiz, Bo Lindgren, Chidi Okafor

        ## 🎤 Talks

        **Widget 5.6.0 recap** — Ana Ruiz  ⏱️ 00:02:10

        - Shipped on July 8.

        **Sync for air-gapped mirrors** — Bo Lindgren & Chidi Okafor  ⏱️ 00:14:45

        - Demo.

        **Open floor** — everyone  ⏱️ 00:53:30

        **Important:** bring your laptop — Zed said so.
        """);
    assertThat(talks(n))
        .containsExactly(
            "Widget 5.6.0 recap | Ana Ruiz | PT2M10S",
            "Sync for air-gapped mirrors | Bo Lindgren+Chidi Okafor | PT14M45S",
            "Open floor |  | PT53M30S");
  }

  @Test
  void aDemosCaptionListsTalksAndTheProseAfterItsListIsNoneOfThem() {
    MeetingNote n =
        Notes.parse(
            """
        Widget community meeting, 2 March 2031
        ======================================

        Attendees: Ana Ruiz, Bo Lindgren, Chidi Okafor

        Demos:
        1. Image mode on a small board by Ana Ruiz (slides: https://slides.example.org/a.pdf)
        2. Widget templates: the missing manual by Bo Lindgren and Chidi Okafor (slides: none)

        Notes from the demos, for the record:

        - Ana to upload the board recipe
        - templates need a docs page
        """);
    assertThat(talks(n))
        .containsExactly(
            "Image mode on a small board | Ana Ruiz | ",
            "Widget templates: the missing manual | Bo Lindgren+Chidi Okafor | ");
  }

  @Test
  void topicHeadingsWithTheSpanOfTheRecordingAndAFullNameOpeningTheirNotes() {
    MeetingNote n =
        Notes.parse(
            """
        # Widget Cabal · 22 Jan 2031

        **Attendees**: Ana Ruiz, Bo Lindgren, Chidi Okafor

        ## Overview

        The Cabal reviewed two proposals.

        ## Topics

        ### Generator as its own binary  ·  01:48 – 19:10

        - Ana Ruiz proposed moving the generator into its own repository.
        - Bo Lindgren raised concerns about version skew.

        ### Signing artifacts  ·  19:10 – 36:55

        - Chidi asked how this works offline.
        """);
    assertThat(talks(n))
        .containsExactly(
            "Generator as its own binary | Ana Ruiz | PT1M48S", "Signing artifacts |  | PT19M10S");
  }

  @Test
  void meetbotMarkersDecisionLabelsAndTheSentenceAfterALedByField() {
    MeetingNote n =
        Notes.parse(
            """
        # Widget SIG meeting 2031-11-24

        Present: Ana Ruiz, Bo Lindgren

        ## #topic Kernel regression on small boards
        - #info Led by Ana Ruiz. Two boards fail to resume since the update.

        ## 2. Budget for the hackfest

        RESOLVED: the hackfest budget is approved as circulated. Moved: Bo; unanimous.

        ## 3. Approval of the minutes

        The minutes of 10 November are approved.
        """);
    // the approval of the minutes is a step of the procedure, not a topic anyone brings
    assertThat(talks(n))
        .containsExactly(
            "Kernel regression on small boards | Ana Ruiz | ", "Budget for the hackfest |  | ");
  }

  @Test
  void aSigAgendaOfTickedItemsWithHandlesAndRecordingLinksIsTheTalks() {
    MeetingNote n =
        Notes.parse(
            """
        # SIG Widgets — Weekly Meeting Notes

        ## 2031-09-18

        ### Attendees

        - Ana Ruiz (@aruiz)
        - Bo Lindgren (@blind)

        ### Agenda

        - [x] [@aruiz] KEP-51: gang widgets ([recording](https://www.youtube.com/watch?v=x&t=95s))
          - Notes on it:
            ```yaml
            stage: beta
            ```
        - [x] [@aruiz] [@blind] Preemption design review ([recording](https://youtu.be/x?t=1210))
        - [ ] [@blind] Cleanup of old plugins — ran out of time

        ### Action items

        - [ ] @aruiz: update the KEP

        ## 2031-09-11

        Last week we only had announcements.
        """);
    assertThat(talks(n))
        .containsExactly(
            "KEP-51: gang widgets | aruiz | PT1M35S",
            "Preemption design review | aruiz+blind | PT20M10S",
            "Cleanup of old plugins — ran out of time | blind | ");
  }

  @Test
  void aWordProcessorsExportTitlesWithABoldLineAndTimesItsTopicsInTheRecording() {
    MeetingNote n = Notes.fixture("google-doc-export.md");
    assertThat(n.series()).isEqualTo("Sprocket Community Meeting");
    // the agenda's Time column counts from 0:45: the recording's clock, not the wall's
    assertThat(talks(n))
        .containsExactly(
            "Sprocket 6.2 release | Ana Ruiz | PT45S",
            "Snapshot plugin demo | Bo Lindgren | PT12M30S",
            "Docs migration | Chidi Okafor | PT31M10S");
  }

  @Test
  void aScheduleOfTimesOfDayIsNoOffsetIntoTheRecording() {
    MeetingNote n =
        Notes.parse(
            """
            # Sprocket call 2031-07-08

            Attendees: Ana Ruiz, Bo Lindgren

            | Time | Topic | Presenter |
            |---|---|---|
            | 11:00 | Release | Ana Ruiz |
            | 11:20 | Demo | Bo Lindgren |
            """);
    assertThat(talks(n)).containsExactly("Release | Ana Ruiz | ", "Demo | Bo Lindgren | ");
  }
}
