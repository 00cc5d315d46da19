package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Agenda items written as list items, in the layouts of other communities' minutes. */
class AgendaListTest {
  private static MeetingNote note(String fixture) {
    return Notes.parse(Path.of("src/test/resources/parse/" + fixture), new Diagnostics());
  }

  private static List<String> talks(MeetingNote n) {
    return n.sections().stream()
        .map(s -> s.title() + " | " + String.join("+", Notes.names(s.presenters())))
        .toList();
  }

  @Test
  void anAgendaOfOneItemIsOneTalkButOneItemWithNotesNestedUnderItIsAnOutline() {
    MeetingNote one =
        Notes.parse(
            "2031-02-11.md",
            """
            # SIG Lantern, 2031-02-11

            **Attendees:** Ada Quill, Birk Tamsen

            **Agenda:**
            - [Birk Tamsen] Lantern 1.4 release status
            """,
            new Diagnostics());
    assertThat(talks(one)).containsExactly("Lantern 1.4 release status | Birk Tamsen");
  }

  @Test
  void boldAgendaCaptionOverTheMinutesMakesEachItemATalkWithItsOwner() {
    MeetingNote n = note("agenda-list-sig.md");
    assertThat(talks(n))
        .containsExactly(
            "Sprocket-301: retry budgets per queue | Oriane Castell",
            "Demo: Quillpond, a dashboard for sprocket queues | tmensah",
            "Release readiness for Sprocket 4.2 | Ulla Berglund",
            "Flaky gate jobs | Vikram Sethi",
            "Conformance profile draft | Oriane Castell",
            "Docs reorganisation | Tavi Mensah",
            "Storage quota follow-up | Vikram Sethi");
    assertThat(n.sections().get(0).slides())
        .containsExactly("https://slides.example.org/sprocket-301");
    assertThat(n.sections().get(1).presenters().get(0).handle()).isEqualTo("tmensah");
    assertThat(n.layoutSignals())
        .contains("agenda-item-list", "talk-list-item", "presenter-in-item", "item-duration");
  }

  @Test
  void repositoryGroupHeadingsHoldIssueLinkedItemsAsTalksWithoutTheirIssueNumbers() {
    MeetingNote n = note("agenda-list-tsc.md");
    assertThat(talks(n))
        .containsExactly(
            "Retire the legacy stream shim | ",
            "Adopt the sprocket test runner | ",
            "Security triage rota | Yusuf");
    assertThat(n.sections().get(0).links())
        .containsExactly("https://github.com/gizmojs/gizmo/issues/812");
    assertThat(n.layoutSignals()).contains("agenda-repo-group");
  }

  @Test
  void meetbotSummaryItemsAreTalksOfTheirNickAndPeoplePresentAreAttendees() {
    MeetingNote n = note("meetbot-summary.md");
    assertThat(talks(n))
        .containsExactly("Tern 7.1 release planning | hnakai", "Gate job timeouts | lsoto");
    assertThat(Notes.names(n.attendees())).containsExactly("qbarros", "hnakai", "lsoto");
    assertThat(n.attendees())
        .extracting(NameRef::handle)
        .containsExactly("qbarros", "hnakai", "lsoto");
    assertThat(n.layoutSignals()).contains("attendees-meetbot", "agenda-item-list");
  }

  @Test
  void anAgendaListFollowedByTopicHeadingsStaysAPreviewOfThem() {
    MeetingNote n = note("agenda-list-preview.md");
    assertThat(talks(n))
        .containsExactly("Sprocket 5 plans | Ana Ruiz", "Widget cache | Bo Lindgren");
    assertThat(n.plannedTopics()).hasSize(2);
    assertThat(n.layoutSignals()).doesNotContain("agenda-item-list");
  }

  @Test
  void plainAgendaParagraphWithNamedOwnersHandlesAndLeadLines() {
    MeetingNote n = note("agenda-list-hackmd.md");
    assertThat(talks(n))
        .containsExactly(
            "plugin loader rewrite | Ines+Tomasz Wrona",
            "Translation workflow | pilarsoto",
            "Open questions on the 3.0 schedule | ");
  }

  @Test
  void aBareMeetbotLogHasATalkPerTopicCommand() {
    MeetingNote n = note("meetbot-log-only.md");
    assertThat(talks(n)).containsExactly("Mirror outage review | ", "Gate job timeouts | ");
    assertThat(n.layoutSignals()).contains("talk-log-topic");
  }

  @Test
  void theSummaryAboveALogIsTheAgendaNotItsTopicCommandsAgain() {
    assertThat(note("meetbot-summary.md").sections()).hasSize(2);
  }

  @org.junit.jupiter.api.Test
  void whatBecameOfAnItemIsNoPartOfItsTitleAndAttendeesMayFollowASentence() {
    MeetingNote n =
        Notes.parse(
            """
            # Sprocket Cabal 2031-08-05

            Thread for the August Cabal. Attendees: @aruiz, @blind, Dana Park

            ## Agenda

            - [x] Retiring the legacy backend (@blind)
            - [ ] Moving the linter under the org (@aruiz) — not reached
            - [ ] Docs cleanup (deferred)
            """);
    assertThat(Notes.names(n.attendees())).containsExactly("aruiz", "blind", "Dana Park");
    // the agenda is the talks: no section of the body takes its items up
    assertThat(n.sections())
        .extracting(AgendaSection::title)
        .containsExactly(
            "Retiring the legacy backend", "Moving the linter under the org", "Docs cleanup");
  }

  @org.junit.jupiter.api.Test
  void aCaptionWithARemarkStillCaptionsTheListAndLeadingPositionsAreOffsets() {
    MeetingNote n = Notes.fixture("topics-with-positions.md");
    assertThat(n.sections())
        .extracting(AgendaSection::title, AgendaSection::offset)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Lantern 2.0 recap", java.time.Duration.ofSeconds(130)),
            org.assertj.core.groups.Tuple.tuple(
                "Plugin loader rewrite", java.time.Duration.ofSeconds(885)),
            org.assertj.core.groups.Tuple.tuple("Q&A", java.time.Duration.ofSeconds(1860)));
    assertThat(Notes.names(n.attendees()))
        .containsExactly("Oona Pietilä", "Caspar Hollis", "duskwren");
  }
}
