package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostics;
import io.notegraph.ingest.SourceDocument;
import io.notegraph.pipeline.Sources;
import io.notegraph.testing.SharedCorpus;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A running notes file (many meetings under dated headings) is one note per meeting. */
class RollingNotesTest {
  private static final String SIG =
      """
      # SIG Lantern Meeting Notes

      Bi-weekly, Tuesdays 09:00 PT.

      ## 2025-02-11

      **Attendees:** Ada Quill, Birk Tamsen

      - [Birk Tamsen] Lantern 1.4 release status

      ## Tuesday, January 28, 2025 (TSC call)

      **Attendees:** Ada Quill, Dov Marr

      - [Dov Marr] Demo: lantern-operator
      """;

  private static SourceDocument doc(String name, String text) {
    return new SourceDocument(
        name, URI.create("file:///notes/" + name), text, StandardCharsets.UTF_8, List.of());
  }

  @Test
  void eachDatedSectionIsAMeetingNamedByItsDate() {
    List<SourceDocument> parts = RollingNotes.split(doc("sig/notes.md", SIG));
    assertThat(parts)
        .extracting(SourceDocument::name)
        .containsExactly("sig/notes.md#2025-02-11", "sig/notes.md#2025-01-28");
    assertThat(parts).extracting(SourceDocument::path).containsOnly("sig/notes.md");
    assertThat(parts).extracting(SourceDocument::fileName).containsOnly("notes.md");
  }

  @Test
  void eachMeetingKeepsThePreambleAndTheFilesLineNumbers() {
    List<SourceDocument> parts = RollingNotes.split(doc("notes.md", SIG));
    String second = parts.get(1).text();
    assertThat(second).startsWith("# SIG Lantern Meeting Notes").doesNotContain("Birk Tamsen");
    int line = SIG.lines().toList().indexOf("- [Dov Marr] Demo: lantern-operator");
    assertThat(second.lines().toList().get(line)).isEqualTo("- [Dov Marr] Demo: lantern-operator");
    assertThat(parts.get(0).text()).contains("Birk Tamsen").doesNotContain("Dov Marr");
  }

  @Test
  void aProblemOfOneMeetingNamesItsFileAndTheMeeting() {
    io.notegraph.diag.Diagnostics diag = new io.notegraph.diag.Diagnostics();
    NoteParser parser = NoteParser.builder().build();
    for (SourceDocument d :
        RollingNotes.split(
            doc(
                "notes.md",
                "# SIG Wren notes\n\n## 2025-02-11\n\nChat.\nMore chat.\n\n"
                    + "## 2025-01-28\n\nAttendees: Ada Quill\n- Demo (Ada Quill)\n"))) {
      parser.parse(d, diag);
    }
    assertThat(diag.problems())
        .extracting(Object::toString)
        .contains("notes.md: warning: meeting 2025-02-11: no attendees found");
  }

  @Test
  void topicsForTheAnnouncedNextMeetingStayWithThisOne() {
    String note =
        """
        # Quillbox Cabal Meeting Notes

        ## May 19, 2025 Topics

        ### Attendees
        Ada Quill, Birk Tamsen

        ### Volumes - Ada Quill

        ### Next Meeting: Thursday June 16, 2025 11:00 a.m. EDT (UTC-5)
        ## June 16, 2025 Topics

        ### Possible Topics:
        """;
    assertThat(RollingNotes.split(doc("2025-05-19.md", note))).hasSize(1);
  }

  @Test
  void headingsThatSayMoreThanADateDoNotSplit() {
    String note =
        """
        # Quillbox Community Meeting 2025-03-04

        ## Release 1.4 planned for 2025-03-20

        ## Quillbox Desktop roadmap review 2025-04-01
        """;
    assertThat(RollingNotes.split(doc("2025-03-04.md", note))).hasSize(1);
  }

  @Test
  void aPastedChangelogsDatedReleasesAreNotMeetings() {
    String note =
        """
        # Wren Community Call - 2031-07-09

        ## Wren 2.3 recap

        ### v2.3.0 (2031-07-01)
        - A `--dry-run` flag for `wren prune`

        ### v2.2.1 (2031-05-14)
        - Crash when the cache directory is a symlink
        """;
    assertThat(RollingNotes.split(doc("2031-07-09.md", note))).hasSize(1);
  }

  @Test
  void datedHeadingsUnderATopicAreThatTopicsNotMeetings() {
    String note =
        """
        # Fenwick sync

        ## Release notes - Ada Quill

        ### 2031-07-01
        - Faster cold starts
        - A new export flag

        ### 2031-06-02
        - Crash on empty config fixed
        - Docs moved
        """;
    assertThat(RollingNotes.split(doc("2031-07-09.md", note))).hasSize(1);
  }

  @Test
  void anEmptyDatedPlaceholderForTheNextMeetingIsNoMeeting() {
    String note =
        """
        # Kestrel sync

        ## 2031-03-04

        Attendees: Ada Quill, Birk Tamsen
        - Release checklist (Birk Tamsen)

        ## 2031-03-18

        """;
    assertThat(RollingNotes.split(doc("notes.md", note))).hasSize(1);
  }

  @Test
  void datedHeadingsInsideCodeAreNotMeetings() {
    String note =
        """
        # Team call, 2025-03-04

        ```
        ## 2025-01-01
        ## 2025-01-02
        ```
        """;
    assertThat(RollingNotes.split(doc("call.md", note))).hasSize(1);
  }

  @Test
  void noDevelopmentNoteOfTheRealCorporaIsSplit() {
    List<Path> paths = new ArrayList<>(List.of(SharedCorpus.podman(), SharedCorpus.seeds()));
    paths.addAll(SharedCorpus.podman2023Unfrozen());
    paths.addAll(SharedCorpus.rustUnfrozen());
    List<SourceDocument> docs = Sources.load(paths, new Diagnostics());
    assertThat(docs).hasSizeGreaterThan(150);
    assertThat(docs).allSatisfy(d -> assertThat(RollingNotes.split(d)).as(d.name()).hasSize(1));
  }

  private static final String RUNNING =
      """
      # SIG Widget Meeting Notes

      ### Oct 28, 2031

      - Attendees:
      - Agenda:
        - [Ana Ruiz] Follow-up on the snapshot GA plan

      ### Oct 14, 2031

      - Attendees:
        - Ana Ruiz (Lumen Forge)
        - Bo Lindgren (Quarry Labs)
      - Agenda:
        - [Ana Ruiz] Snapshot GA plan for 1.39
          - KEP-1234 moves to stable in 1.39.
          - AI: Bo to update the KEP test plan.
        - [Bo Lindgren, Ana Ruiz] Volume health monitoring
          - The external controller needs a new release.
      """;

  @Test
  void
      aMeetingOfARunningNotesFileNamedForAnotherDateKeepsItsOwnDateAndTheAgendaItemsNestedUnderAgenda() {
    List<MeetingNote> notes = new ArrayList<>();
    Diagnostics diag = new Diagnostics();
    for (SourceDocument part : RollingNotes.split(doc("sig-widget/2031-10-14.md", RUNNING))) {
      Notes.PARSER.parse(part, diag).ifPresent(notes::add);
    }
    assertThat(notes)
        .extracting(n -> n.time().date().toString())
        .containsExactly("2031-10-28", "2031-10-14");
    assertThat(diag.all()).noneMatch(d -> d.message().contains("file name says"));
    MeetingNote held = notes.get(1);
    assertThat(held.sections())
        .extracting(AgendaSection::title, s -> Notes.names(s.presenters()))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Snapshot GA plan for 1.39", List.of("Ana Ruiz")),
            org.assertj.core.groups.Tuple.tuple(
                "Volume health monitoring", List.of("Bo Lindgren", "Ana Ruiz")));
    // the task under a topic is a task, not a line of the topic's content
    assertThat(held.sections().get(0).items())
        .extracting(ListItem::text)
        .containsExactly("KEP-1234 moves to stable in 1.39.");
    assertThat(held.actionItems())
        .extracting(ActionItem::task)
        .containsExactly("update the KEP test plan.");
  }
}
