package io.notegraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Versions of other things are no releases of the meeting's project; fictional notes. */
class ReleasePrecisionTest {
  private static final String HEAD =
      """
      # Podman Community Meeting
      ## March 5, 2031 11:00 a.m. Eastern (UTC-5)
      ### Attendees
      Ada Quill, Birk Tamsen, Cleo Varga

      ## Podman news
      ### Ada Quill

      """;

  private static LinkedCorpus link(String body) {
    return FictionalNoteLinker.link(HEAD + body);
  }

  private static List<String> versions(LinkedCorpus c) {
    return c.entities().keySet().stream().filter(id -> id.contains("/version/")).toList();
  }

  private static String status(LinkedCorpus c, String id) {
    return Releases.statements(c).stream()
        .filter(s -> s.versionId().equals(id))
        .findFirst()
        .orElseThrow()
        .status();
  }

  @Test
  void quantitiesAreNoVersions() {
    var c = link("The release image is 7.5 megabytes and will be supported for 12 years.\n");
    assertThat(versions(c)).isEmpty();
  }

  @Test
  void aNumberedSectionOfAPaperIsNoVersion() {
    var c = link("In Section 6.2 the paper says the release was delayed.\n");
    assertThat(versions(c)).isEmpty();
  }

  @Test
  void anLtsNumberIsNoReleaseOfTheMeetingsProject() {
    var c = link("Packages for the 40.04 LTS release are planned next year.\n");
    assertThat(versions(c)).isEmpty();
  }

  @Test
  void aNumberAfterAnotherProjectThatIsNotItsSubjectBelongsToNobody() {
    var c = link("Pasta will be available in RHEL starting from 19.2 next release.\n");
    assertThat(versions(c)).doesNotContain("project/podman/version/19.2");
  }

  @Test
  void aPronounSubjectSpeaksOfTheThingBeforeNotTheMeetingsProject() {
    var c = link("KubeVirt has a new API for this. It just reached v1.0 last week.\n");
    assertThat(versions(c)).doesNotContain("project/podman/version/1.0");
  }

  @Test
  void aLowerCaseVerbIsNoProjectName() {
    var c = link("They are about to go 1.0 with the desktop app.\n");
    assertThat(versions(c)).doesNotContain("project/go/version/1.0");
  }

  @Test
  void anUnnamedNumberContinuesTheVersionOfTheSameMajorBeforeIt() {
    var c = link("RHEL 18.2 has 9.6.4 in both streams. 18.2.1 has the fast stream on 9.9.3.\n");
    assertThat(versions(c))
        .contains("project/rhel/version/18.2.1")
        .doesNotContain("project/podman/version/18.2.1");
  }

  @Test
  void aVersionJoinedByAndBelongsToTheProjectBeforeIt() {
    var c = link("Quadlet will be in RHEL 18.8 and 19.2 as currently planned.\n");
    assertThat(versions(c)).contains("project/rhel/version/19.2");
  }

  @Test
  void xyAndXy0InOneNoteAreOneVersion() {
    var c = link("Podman v9.4 is planned for May. The v9.4.0 tag will follow the RCs.\n");
    assertThat(versions(c)).containsExactly("project/podman/version/9.4");
  }

  @Test
  void aVersionInDevelopmentIsPlannedNotReleased() {
    var c = link("Podman v9.3 was just cut and upstream was switched to v9.4 development.\n");
    assertThat(status(c, "project/podman/version/9.3")).isEqualTo("released");
    assertThat(status(c, "project/podman/version/9.4")).isEqualTo("planned");
  }

  @Test
  void aProposalToStabilizeSomethingInAVersionMakesItPlanned() {
    var c = link("- Stabilize quiet pods in Podman 9.42.0 (see the tracking issue)\n");
    assertThat(status(c, "project/podman/version/9.42.0")).isEqualTo("planned");
  }

  @Test
  void aKernelVersionIsLinuxsNotTheMeetingsProjects() {
    var c = link("We used a patch that was available in Kernel 16.0 for the demo release.\n");
    assertThat(versions(c))
        .contains("project/linux/version/16.0")
        .doesNotContain("project/podman/version/16.0");
  }

  @Test
  void aBareMajorBesideItsDotZeroInOneNoteIsOneVersion() {
    var c = link("Podman 9.0 is planned for May; Podman 9 will drop the old networks.\n");
    assertThat(versions(c)).containsExactly("project/podman/version/9.0");
  }
}
