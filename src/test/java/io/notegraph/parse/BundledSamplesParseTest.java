package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostics;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled samples parse into the facts listed in src/test/resources/samples-expected.md. */
class BundledSamplesParseTest {
  private static MeetingNote sample(String name) {
    Diagnostics diag = new Diagnostics();
    MeetingNote n = Notes.parse(Path.of("src/main/resources/samples", name), diag);
    assertThat(diag.all()).as("no problems in " + name).isEmpty();
    return n;
  }

  private static String sections(MeetingNote n) {
    return n.sections().stream()
        .map(
            s ->
                s.index()
                    + " "
                    + s.title()
                    + " | "
                    + s.kind()
                    + " | "
                    + s.presenters().stream().map(NameRef::name).collect(Collectors.joining(", "))
                    + " | "
                    + (s.offset() == null ? "-" : s.offset())
                    + " | L"
                    + s.titleRange().line())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void communityMarch() {
    MeetingNote n = sample("2024-03-05-community.md");
    assertThat(n.time().startDateTime()).hasToString("2024-03-05T11:04-05:00");
    assertThat(n.time().endDateTime()).hasToString("2024-03-05T11:58-05:00");
    assertThat(n.declaredAttendeeCount()).isEqualTo(17);
    assertThat(n.attendees()).hasSize(14);
    assertThat(sections(n))
        .isEqualTo(
            """
        1 General Announcements | ANNOUNCEMENTS | Marisol Okafor | - | L10
        2 Podman v5.1.0-rc2 Release Update | TALK | Teodor Lindqvist | PT3M | L17
        3 Rootless Builds with Buildah on Fedora CoreOS | TALK | Kenji Halvorsen, Aylin Demir | PT9M15S | L34
        4 Nested Containers at Kelpie Labs | TALK | Priya Nandakumar | PT24M10S | L53
        5 Questions? | QUESTIONS |  | PT41M30S | L68""");
    assertThat(n.sections().get(1).items()).hasSize(5);
    assertThat(n.sections().get(3).presenters().get(0).organization()).isEqualTo("Kelpie Labs");
    assertThat(n.sections().get(4).questions())
        .extracting(q -> q.range().line())
        .containsExactly(71, 75);
    assertThat(n.nextTopics())
        .extracting(Topic::text)
        .containsExactly("Podman Desktop 1.9 highlights", "Skopeo sync for air-gapped mirrors");
    assertThat(n.chat())
        .extracting(m -> m.sender().name())
        .containsExactly(
            "Me",
            "Hana Novotná",
            "Teodor Lindqvist",
            "Rafael Quintero",
            "Aylin Demir",
            "dvolkov",
            "Samuel Achebe",
            "Priya Nandakumar",
            "Me");
  }

  @Test
  void cabalMarchWithTranscript() {
    MeetingNote n = sample("2024-03-21-cabal.md");
    assertThat(n.time().startDateTime()).hasToString("2024-03-21T11:02-04:00");
    assertThat(n.time().endDateTime()).hasToString("2024-03-21T11:51-04:00");
    assertThat(sections(n))
        .isEqualTo(
            """
        1 Podman Desktop extension API | TALK | Wen Zhao | PT1M30S | L15
        2 CRI-O and Podman sharing containers/storage | TALK | Lucía Ferrer, Dmitri Volkov | PT22M45S | L28
        3 Open discussion | OPEN_DISCUSSION |  | PT40M | L43""");
    assertThat(n.transcriptAttendees()).hasSize(8);
    assertThat(n.transcript()).hasSize(8);
    assertThat(n.transcript().get(7).at()).hasToString("PT5M");
    assertThat(n.chat()).hasSize(6);
  }

  @Test
  void communityAprilWithFrontMatterAndWebVtt() {
    MeetingNote n = sample("2024-04-02-community.md");
    assertThat(n.series()).isEqualTo("Podman Community Meeting");
    assertThat(n.time().offsetStated()).isFalse();
    assertThat(n.time().startDateTime()).hasToString("2024-04-02T11:03-04:00");
    assertThat(sections(n))
        .isEqualTo(
            """
        1 Podman Desktop 1.9 Highlights | TALK | Wen Zhao | PT2M50S | L15
        2 Skopeo Sync for Air-Gapped Mirrors | TALK | Lucía Ferrer | PT11M5S | L27
        3 Running CRI-O Workloads Next to Podman in Kubernetes | TALK | Kenji Halvorsen | PT16M30S | L36
        4 Podman v5.0.1 Release | TALK | Teodor Lindqvist | PT31M10S | L50
        5 Questions? | QUESTIONS |  | PT38M | L62""");
    assertThat(n.sections().get(0).slides()).isEmpty();
    assertThat(n.transcript())
        .extracting(u -> u.speaker().organization())
        .containsExactly("Red Hat", "Red Hat", "Red Hat", "Kelpie Labs", "Microsoft");
  }

  @Test
  void cabalMayWithOddHeadings() {
    MeetingNote n = sample("2024-05-16-cabal.md");
    assertThat(n.time().startDateTime()).hasToString("2024-05-16T11:02-04:00");
    assertThat(n.time().endDateTime()).hasToString("2024-05-16T11:50-04:00");
    assertThat(n.attendees()).hasSize(9);
    assertThat(sections(n))
        .isEqualTo(
            """
        1 Quadlet and systemd user units | TALK | Beatriz Saldanha | PT1M10S | L16
        2 Sysbox and Podman on Fedora CoreOS | TALK | Yusuf Karim | PT12M | L29
        3 Open discussion | OPEN_DISCUSSION |  | PT35M20S | L41""");
    assertThat(n.chat())
        .extracting(m -> m.sender().name())
        .containsExactly("Marisol Okafor", "Yusuf Karim", "Beatriz Saldanha", "Dmitri Volkov");
    assertThat(n.nextMeetings())
        .extracting(m -> m.when().toString())
        .containsExactly("2024-06-20T11:00-04:00");
  }
}
