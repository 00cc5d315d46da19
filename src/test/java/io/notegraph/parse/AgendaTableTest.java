package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Agendas and attendance written as pipe tables, and agendas whose topics follow in bold lines. */
class AgendaTableTest {
  private static MeetingNote parse(String markdown) {
    return Notes.parse("2031-05-13.md", markdown, new Diagnostics());
  }

  private static List<String> talks(MeetingNote n) {
    return n.sections().stream()
        .map(
            s ->
                s.title()
                    + " | "
                    + String.join("+", Notes.names(s.presenters()))
                    + (s.offset() == null ? "" : " | " + s.offset()))
        .toList();
  }

  @Test
  void theSectionsATableAgendaPlansTakeTheLinkedOffsetsOfItsRecordingColumn() {
    MeetingNote n =
        parse(
            """
            # Osprey Community Meeting, May 13, 2031

            Attendees: Marco Bellini, Lena Fischer, Priya Raman

            ## Agenda

            | Time  | Topic | Presenter | Recording |
            |-------|-------|-----------|-----------|
            | 11:00 | Welcome | Marco Bellini | - |
            | 11:03 | Release update: Osprey 2.1 | Lena Fischer | [2:41](https://youtu.be/abc?t=161) |
            | 11:15 | Nest sync into shared layouts | Priya Raman | [14:05](https://youtu.be/abc?t=845) |

            ## Release update (Lena)
            Notes.

            ## Nest sync (Priya)
            Notes.
            """);
    assertThat(talks(n))
        .containsExactly("Release update | Lena | PT2M41S", "Nest sync | Priya | PT14M5S");
  }

  @Test
  void theRowsOfAnAgendaTableAreTheTalksWhenNoTopicSectionsFollow() {
    MeetingNote n =
        parse(
            """
            # Osprey Steering Committee, May 13, 2031

            ## Agenda

            | Topic | Owner | Time in video |
            |-------|-------|---------------|
            | Osprey 2.1 release retrospective | Marco Bellini | 01:10 |
            | Governance: a maintainer ladder | Lena Fischer, Priya Raman | 14:30 |
            | AOB | | |

            ## Action items
            - Lena Fischer: merge the ladder PR after review
            """);
    assertThat(talks(n))
        .containsExactly(
            "Osprey 2.1 release retrospective | Marco Bellini | PT1M10S",
            "Governance: a maintainer ladder | Lena Fischer+Priya Raman | PT14M30S");
  }

  @Test
  void anAgendaTableNamesThePresentersOfTopicsGivenAsBoldLinesUnderDiscussion() {
    MeetingNote n =
        parse(
            """
            # Osprey Steering Committee, May 13, 2031

            ## Agenda

            | Topic | Owner |
            |-------|-------|
            | Osprey 2.1 release retrospective | Marco Bellini |
            | Governance: a maintainer ladder | Lena Fischer |

            ## Discussion

            **Osprey 2.1 release retrospective** (Marco)
            - Two regressions in the CLI; a patch release next week.

            **Governance: a maintainer ladder** (Lena)
            - Draft in a pull request; Priya reviews by Friday.
            """);
    assertThat(talks(n))
        .containsExactly(
            "Osprey 2.1 release retrospective | Marco Bellini",
            "Governance: a maintainer ladder | Lena Fischer");
  }

  @Test
  void anAttendanceTableGivesEachPersonTheOrganizationAndHandleOfTheirRow() {
    MeetingNote n =
        parse(
            """
            # Osprey Steering Committee, May 13, 2031

            ## Attendance

            | Name | Organization | GitHub |
            |------|--------------|--------|
            | Lena Fischer | Nordlicht GmbH | @lfischer |
            | Marco Bellini | - | @mbellini |
            """);
    assertThat(n.attendees())
        .extracting(a -> a.name() + " | " + a.organization() + " | " + a.handle())
        .containsExactly(
            "Lena Fischer | Nordlicht GmbH | lfischer", "Marco Bellini | null | mbellini");
  }

  @Test
  void anOwnedAgendaListIsTheTalksWhenOnlyFreeNotesFollow() {
    MeetingNote n =
        parse(
            """
            # Kestrel sync, May 13, 2031

            ## Agenda
            - Release checklist (Tomas Brandt)
            - Flaky arm64 tests (Yuki Sato)

            ## Notes
            We agreed to cut the branch on Monday. The arm64 timeout is in the shim.
            """);
    assertThat(talks(n))
        .containsExactly("Release checklist | Tomas Brandt", "Flaky arm64 tests | Yuki Sato");
  }

  @Test
  void aRoutineAgendaNobodyOwnsIsNotTheTalks() {
    MeetingNote n =
        parse(
            """
            # Kestrel triage, May 13, 2031

            ## Agenda
            - Review nominated pull requests
            - Review P-high issues
            - Review the pending list

            ## Notes
            Nothing new this week.
            """);
    assertThat(n.sections()).isEmpty();
  }

  @Test
  void aSpeakerTableUnderASpeakersCaptionPlansTheTalksWithTheirStreamTimes() {
    MeetingNote n =
        parse(
            """
            # Osprey Summit 2031 — session notes

            Date: 2031-05-13

            ### Speakers

            | # | Speaker | Affiliation | Topic | Stream time |
            |---|---|---|---|---|
            | 1 | Marco Bellini | Kestrel Dynamics | Loader hooks in practice | 0:03:10 |
            | 2 | Lena Fischer, Priya Raman | Fjord Runtime / — | Shared test suites | 0:20:00 |

            ### 1. Loader hooks in practice — Marco
            Notes.

            ### 2. Shared test suites — Lena
            Notes.
            """);
    assertThat(n.plannedTopics())
        .extracting(Topic::text)
        .containsExactly("Loader hooks in practice", "Shared test suites");
    assertThat(n.plannedTopics().get(1).proposers())
        .extracting(NameRef::name, NameRef::organization)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Lena Fischer", "Fjord Runtime"),
            org.assertj.core.groups.Tuple.tuple("Priya Raman", null));
    assertThat(talks(n))
        .containsExactly(
            "Loader hooks in practice — Marco | Marco Bellini | PT3M10S",
            "Shared test suites — Lena | Lena Fischer+Priya Raman | PT20M");
  }
}
