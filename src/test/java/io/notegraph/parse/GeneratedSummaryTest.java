package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Meeting summaries written by tools (Google Meet's Gemini notes, Zoom AI Companion, Teams Copilot
 * recaps): the meeting's name and date, the people invited, the topics as talks with the person the
 * summary says brought them, and the tasks with their agents. The wording here differs from the
 * fictional gold notes on purpose: the rules read the shape and the verbs, not one vendor's text.
 */
class GeneratedSummaryTest {
  private static List<String> talks(MeetingNote n) {
    return n.sections().stream()
        .map(s -> s.title() + " | " + String.join("+", Notes.names(s.presenters())))
        .toList();
  }

  private static List<String> actions(MeetingNote n) {
    return n.actionItems().stream()
        .map(a -> String.join("+", Notes.names(a.agents())) + " | " + a.task())
        .toList();
  }

  private static final String GEMINI =
      """
      # 📝 Notes

      Mar 18, 2025

      ## Quarry Contributors Call

      Invited [Pilar Ortega](mailto:pilar@quarry.example) [Jonas Weber](mailto:jw@example.org) [sam@example.com](mailto:sam@example.com)

      Attachments [Quarry Contributors Call](https://www.google.com/calendar/event?eid=eA)

      Meeting records [Transcript](https://docs.google.com/document/d/x) [Recording](https://drive.google.com/file/d/y/view)

      ### Summary

      Pilar Ortega walked us through the roadmap and Jonas Weber shared an update on flaky tests.

      ### Details

      * **Roadmap for Quarry 3**: Pilar Ortega walked us through the roadmap for Quarry 3, with a new index format ([00:05:10](https://drive.google.com/file/d/y/view?t=310)).

      * **Flaky tests**: Jonas Weber shared an update on the flaky integration tests; Pilar Ortega asked whether retries hide bugs ([00:21:03](https://drive.google.com/file/d/y/view?t=1263)).

      * **Mentoring**: The group discussed a mentoring programme for new contributors ([00:40:00](https://drive.google.com/file/d/y/view?t=2400)).

      ### Suggested next steps

      - [ ] Pilar Ortega will publish the roadmap draft.
      - [ ] [Jonas Weber] Retry audit: List the tests that only pass on retry.
      - [ ] The group will collect mentoring ideas in the forum.

      *You should review Gemini's notes to make sure they're accurate. [Get tips and learn how Gemini takes notes](https://support.google.com/meet)*
      """;

  @Test
  void geminiNotesNameTheMeetingByItsTitleHeadingAndDateLine() {
    MeetingNote n = Notes.parse(GEMINI);
    assertThat(n.title()).isEqualTo("Quarry Contributors Call");
    assertThat(n.time().date()).isEqualTo(LocalDate.of(2025, 3, 18));
    assertThat(n.layoutSignals()).contains("summary-note", "date-line");
  }

  @Test
  void invitedLinksAreAttendeesButEmailAddressesAreNot() {
    MeetingNote n = Notes.parse(GEMINI);
    assertThat(Notes.names(n.attendees())).containsExactly("Pilar Ortega", "Jonas Weber");
    assertThat(n.layoutSignals()).contains("attendees-invited");
  }

  @Test
  void detailsTopicsAreTalksWithTheirPresenterAndRecordingOffset() {
    MeetingNote n = Notes.parse(GEMINI);
    assertThat(talks(n))
        .containsExactly(
            "Roadmap for Quarry 3 | Pilar Ortega",
            "Flaky tests | Jonas Weber",
            "Mentoring | "); // "The group discussed": nobody presented it
    assertThat(n.sections().get(1).offset()).isEqualTo(Duration.ofSeconds(1263));
    assertThat(n.layoutSignals()).contains("summary-topic-item", "presenter-in-summary");
  }

  @Test
  void suggestedNextStepsGiveTheirAgentsWithoutTheLabelOrTheWillPrefix() {
    assertThat(actions(Notes.parse(GEMINI)))
        .containsExactly(
            "Pilar Ortega | publish the roadmap draft",
            "Jonas Weber | List the tests that only pass on retry",
            " | collect mentoring ideas in the forum");
  }

  @Test
  void captionsRecordLinesAndTheFooterAreNeitherTalksNorText() {
    MeetingNote n = Notes.parse(GEMINI);
    assertThat(n.sections())
        .extracting(AgendaSection::title)
        .doesNotContain("Summary", "Details", "Suggested next steps");
    String text = GEMINI;
    assertThat(n.segments())
        .map(s -> text.substring(s.range().begin(), s.range().end()))
        .noneMatch(s -> s.contains("review Gemini") || s.startsWith("Attachments"));
  }

  private static final String ZOOM_IN_FENCE =
      """
      # Weekly sync

      ```
      Meeting summary for Basalt Release Sync (11/05/2024)

      Quick recap

      The team went over the release and the CI costs.

      Next steps

      Ines Duarte to cut the 2.4 release branch.
      Tariq Haddad will ask the foundation about CI credits.
      The team to revisit the budget in December.

      Summary

      Basalt 2.4 Release
      Ines Duarte provided an update on the 2.4 release; two regressions remain open.

      CI Costs
      Tariq Haddad and Mei Tanaka took the group through the CI bill for October.
      ```
      """;

  @Test
  void aZoomSummaryPastedInAFenceIsReadAsTheNote() {
    MeetingNote n = Notes.parse(ZOOM_IN_FENCE);
    assertThat(n.title()).isEqualTo("Basalt Release Sync");
    assertThat(n.time().date()).isEqualTo(LocalDate.of(2024, 11, 5));
    assertThat(talks(n))
        .containsExactly("Basalt 2.4 Release | Ines Duarte", "CI Costs | Tariq Haddad+Mei Tanaka");
    assertThat(actions(n))
        .containsExactly(
            "Ines Duarte | cut the 2.4 release branch",
            "Tariq Haddad | ask the foundation about CI credits",
            " | revisit the budget in December");
    assertThat(n.layoutSignals())
        .contains("summary-in-fence", "summary-title-line", "summary-topic-paragraph");
  }

  @Test
  void teamsRecapHeadingsTakeTheirPresenterFromTheOpeningSentenceOnly() {
    MeetingNote n =
        Notes.parse(
            """
            # Larch SIG

            Wednesday, June 4, 2025 3:00 PM - 4:00 PM

            Participants: Nils Berg, Amaka Eze

            ## Meeting notes

            ### Schema migration

            - Amaka Eze asked how long the migration takes.
            - Nils Berg said about an hour.

            ### Release train

            - Nils Berg gave an overview of the new release train.
            - Amaka Eze raised a concern about the freeze window.

            ## Follow-up tasks

            - **Freeze window**: Write down the freeze window rules. (Amaka Eze)
            - **Release train**: Task: Announce the release train on the list (Nils Berg)

            *Recap generated by Copilot. AI-generated content may be incorrect.*
            """);
    assertThat(n.time().date()).isEqualTo(LocalDate.of(2025, 6, 4));
    // a person who only asked is nobody's presenter; the one who gave the overview is
    assertThat(talks(n)).containsExactly("Schema migration | ", "Release train | Nils Berg");
    assertThat(actions(n))
        .containsExactly(
            "Amaka Eze | Write down the freeze window rules",
            "Nils Berg | Announce the release train on the list");
  }

  @Test
  void handWrittenMinutesWithASummaryHeadingAreReadAsBefore() {
    MeetingNote n =
        Notes.parse(
            """
            # Team meeting 2025-01-07

            ## Summary

            Ana Ruiz explained the new build; Bo Lind agreed.

            ## Next steps

            - Ana Ruiz to write the docs
            """);
    assertThat(n.layoutSignals()).doesNotContain("summary-note", "presenter-in-summary");
    assertThat(n.sections()).allMatch(s -> s.presenters().isEmpty());
  }

  @Test
  void aZoomSummarysBoldTopicsAreTheTalksWithTheirPresentersAndItsCaptionIsNone() {
    MeetingNote n = Notes.fixture("zoom-ai-summary.md");
    assertThat(n.sections())
        .extracting(AgendaSection::title, s -> Notes.names(s.presenters()))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Lantern 3.1 release status", List.of("Ana Ruiz")),
            org.assertj.core.groups.Tuple.tuple("Storage plugin demo", List.of("Bo Lindgren")),
            org.assertj.core.groups.Tuple.tuple("Docs migration", List.of("Chidi Okafor")));
    assertThat(n.actionItems())
        .extracting(a -> String.join("+", Notes.names(a.agents())) + " | " + a.task())
        .containsExactly(
            "Ana | publish the 3.1 release candidate by Friday",
            "Bo Lindgren | open a pull request for the plugin's test suite",
            " | review the docs migration plan next week");
  }

  @Test
  void atMarksInsideADetailsTopicAreItsOffsetAndTheRepeatedTitleIsNoTalk() {
    MeetingNote n = Notes.fixture("summary-at-marks.md");
    assertThat(n.sections())
        .filteredOn(s -> s.kind() == AgendaSection.SectionKind.TALK)
        .extracting(AgendaSection::title, AgendaSection::offset)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Sprocket 4.2 release", Duration.ofSeconds(195)),
            org.assertj.core.groups.Tuple.tuple("Docs sprint", Duration.ofSeconds(1300)));
    assertThat(n.sections())
        .extracting(AgendaSection::title)
        .doesNotContain("Sprocket Community Meeting");
  }

  @Test
  void aCheckboxSayingItHasNoOwnerIsATaskOfNobodyAndWillIsNotPartOfATask() {
    MeetingNote n = Notes.fixture("summary-at-marks.md");
    assertThat(n.actionItems())
        .extracting(ActionItem::task, a -> Notes.names(a.agents()))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("tag Sprocket 4.2.1", List.of("Teodor Brandt")),
            org.assertj.core.groups.Tuple.tuple("Update the contributor guide for 4.2", List.of()));
  }
}
