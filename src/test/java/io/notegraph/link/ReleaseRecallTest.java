package io.notegraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Releases a reader finds in transcripts, chat, version sections and task lists, and the numbers
 * that stay no release; invented notes, fictional people and projects (Wren, Kestrel).
 */
class ReleaseRecallTest {
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

  /** A Google Meet transcript block after the notes. */
  private static LinkedCorpus transcript(String... turns) {
    return link(
        "Short update from Ada.\n\n### Raw Google Meet Transcript\n```\nTranscript\n"
            + String.join("\n", turns)
            + "\n```\n");
  }

  private static List<String> versions(LinkedCorpus c) {
    return c.entities().keySet().stream().filter(id -> id.contains("/version/")).toList();
  }

  private static Optional<String> status(LinkedCorpus c, String id) {
    return Releases.statements(c).stream()
        .filter(s -> s.versionId().equals(id))
        .findFirst()
        .map(ReleaseStatement::status);
  }

  @Test
  void aTranscriptTurnSayingAVersionShippedIsAReleaseOfTheMeetingsProject() {
    var c =
        transcript(
            "Ada Quill: Good morning everyone, quick news first.",
            "Birk Tamsen: Yes, 9.1 shipped yesterday with the fix for the socket leak.");
    assertThat(versions(c)).contains("project/podman/version/9.1");
    assertThat(status(c, "project/podman/version/9.1")).contains("released");
  }

  @Test
  void aTranscriptTurnSayingAVersionIsOutIsReleased() {
    var c = transcript("Birk Tamsen: So 9.4 is out, please go and try it.");
    assertThat(status(c, "project/podman/version/9.4")).contains("released");
  }

  @Test
  void aProductWordBeforeTheNumberNamesTheMeetingsProductNotTheProjectItself() {
    var c = transcript("Cleo Varga: And Desktop 9.12 shipped last week with the new dashboard.");
    assertThat(versions(c))
        .contains("project/podman-desktop/version/9.12")
        .doesNotContain("project/podman/version/9.12");
  }

  @Test
  void numbersATranscriptSaysWithoutAReleaseStayNoVersions() {
    var c =
        transcript(
            "Ada Quill: We started at 11.02 and I think it's like 124 or something.",
            "Birk Tamsen: About 2.5 of us looked at the 4.9 thing but nothing more.");
    assertThat(versions(c)).isEmpty();
  }

  @Test
  void anotherProjectsReleaseInATranscriptIsThatProjects() {
    var c = transcript("Birk Tamsen: Buildah 1.99 is out, so the build fix is there.");
    assertThat(versions(c))
        .contains("project/buildah/version/1.99")
        .doesNotContain("project/podman/version/1.99");
  }

  @Test
  void aVersionWithAVPrefixAfterAPrepositionIsTheMeetingsProjectsWithoutReleaseWords() {
    var c = link("Network aliases are supported since v9.6. Some limits go away in v9.8.\n");
    assertThat(versions(c)).contains("project/podman/version/9.6", "project/podman/version/9.8");
    assertThat(status(c, "project/podman/version/9.6")).contains("mentioned");
  }

  @Test
  void aVPrefixedNumberAfterANounIsThatThingsVersion() {
    var c = link("The plugin v0.3 is what the demo used.\n");
    assertThat(versions(c)).doesNotContain("project/podman/version/0.3");
  }

  @Test
  void aNumberOwnedByTheNounBeforeItIsNoReleaseEvenWithAnUpdateWord() {
    var c = link("Mar 24 \"team reorg: shepherds 4.0, triage update\" was discussed.\n");
    assertThat(versions(c)).isEmpty();
  }

  @Test
  void aYesNoQuestionAboutAVersionDoesNotPlanIt() {
    var c = link("Will there be a 9.1.2 release ?\n");
    assertThat(status(c, "project/podman/version/9.1.2")).contains("mentioned");
  }

  @Test
  void askingWhenAVersionComesOutTakesItAsPlanned() {
    var c = link("When's Podman v9.3 coming out?  Hopefully Monday.\n");
    assertThat(status(c, "project/podman/version/9.3")).contains("planned");
  }

  @Test
  void aCandidateWrittenWithASpaceIsTheCandidateNotTheFinal() {
    var c = link("1) 9.2 rc3 going out soon, v9.2 on Fedora on Aug 15.\n");
    assertThat(status(c, "project/podman/version/9.2-rc3")).contains("rc");
    assertThat(status(c, "project/podman/version/9.2")).isNotEqualTo(Optional.of("rc"));
  }

  @Test
  void anUnnumberedRcAfterAVersionLeavesTheFinalPlanned() {
    var c = link("Ada will announce the Podman 9.2 RC on the mailing list.\n");
    assertThat(status(c, "project/podman/version/9.2")).contains("planned");
  }

  @Test
  void aProjectUpdatedToANumberOwnsIt() {
    var c = link("The Buildah update to 1.99 is planned for Podman 10.\n");
    assertThat(versions(c)).contains("project/buildah/version/1.99");
    assertThat(status(c, "project/buildah/version/1.99")).contains("planned");
  }

  @Test
  void aNumberAfterStartingFromBelongsToTheProjectBeforeIt() {
    var c = link("Pasta will be available in RHEL starting from 19.2 next release.\n");
    assertThat(versions(c)).contains("project/rhel/version/19.2");
  }

  @Test
  void theNewestAvailableVersionIsReleased() {
    var c = link("Looks like 9.1.1 is the newest available in updates-testing.\n");
    assertThat(status(c, "project/podman/version/9.1.1")).contains("released");
  }

  @Test
  void aVersionSomeoneRanIsReleasedButAConditionalUpgradeSaysNothing() {
    var c =
        link(
            "1) Cleo ran with the new Podman 9.4 and noticed a speed gain.\n\n"
                + "If you're running Podman v9.5 and you upgrade to Podman v9.6, nothing breaks.\n");
    assertThat(status(c, "project/podman/version/9.4")).contains("released");
    assertThat(status(c, "project/podman/version/9.6")).isNotEqualTo(Optional.of("released"));
    assertThat(status(c, "project/podman/version/9.5")).isNotEqualTo(Optional.of("released"));
  }

  @Test
  void aBlockedReleaseIsPlanned() {
    var c =
        link(
            "We reviewed the status of the Podman 9.9 release, which is blocked on a flaky test.\n");
    assertThat(status(c, "project/podman/version/9.9")).contains("planned");
  }

  @Test
  void anOpenTaskToPublishAVersionPlansIt() {
    var c = link("- [ ] Publish the Podman 9.7 beta to the registry. - Ada Quill\n");
    assertThat(status(c, "project/podman/version/9.7")).contains("planned");
  }

  @Test
  void whatAVersionAddsInThePresentSaysItExists() {
    var c = link("* Buildah v1.98 adds OCI artifact support for the demo.\n");
    assertThat(status(c, "project/buildah/version/1.98")).contains("released");
  }

  @Test
  void aCommunitysFolderNamesItsProjectForUnnamedNumbers() {
    var c =
        FictionalNoteLinker.link(
            "rust-lang-team/minutes/2031-03-05.md",
            """
            ---
            title: Triage meeting 2031-03-05
            ---
            # Triage meeting 2031-03-05

            ## Nominated PRs

            - "Stabilize quiet pods in 1.99" rust#99999
            - "regression 1.97: lint fires twice" rust#99998
            """);
    assertThat(versions(c)).contains("project/rust/version/1.99", "project/rust/version/1.97");
    assertThat(status(c, "project/rust/version/1.99")).contains("planned");
  }

  @Test
  void theSeriesOwnProjectWithABareNumberIsARelease() {
    var c =
        FictionalNoteLinker.link(
            "wren-community/2031-03-05.md",
            """
            # Wren Community Call 2031-03-05

            ## Updates

            * Ada: Wren 2.3.0 was released last week.
            * Birk: the Buildah update to 1.99 is planned for Wren 3.
            """);
    assertThat(versions(c)).contains("project/wren/version/3");
    assertThat(status(c, "project/wren/version/3")).contains("planned");
  }

  @Test
  void aBareVersionIsTheReleaseOfTheProjectTheSeriesIsNamedAfter() {
    var c =
        FictionalNoteLinker.link(
            "sprocket-sync/2031-03-05.md",
            """
            # Sprocket UI contributor sync 2031-03-05

            ## Release recap

            v2.18.0 shipped on March 1 with list virtualisation. Teams moved to Sprocket UI
            this spring.
            """);
    assertThat(versions(c)).containsExactly("project/sprocket-ui/version/2.18.0");
  }

  @Test
  void aSeriesNameTheNoteNeverWritesAgainGivesNoProject() {
    var c =
        FictionalNoteLinker.link(
            "sprocket-sync/2031-03-05.md",
            """
            # Sprocket UI contributor sync 2031-03-05

            ## Release recap

            v2.18.0 shipped on March 1 with list virtualisation.
            """);
    assertThat(versions(c)).isEmpty();
  }

  @Test
  void theSeriesOwnProjectNamedInATranscriptIsFoundThere() {
    var c =
        FictionalNoteLinker.link(
            "wren-community/2031-03-05.md",
            """
            # Wren Community Call 2031-03-05

            ## Wren 2.4 roadmap - Ada Quill

            Ada walked through the plan.

            ## Transcript

            ```
            WEBVTT

            00:00:08.010 --> 00:00:15.900
            <v Birk Tamsen>Is the Wren 2.3.9 bugfix release out yet?</v>

            00:00:16.200 --> 00:00:21.000
            <v Ada Quill>Yes, 2.3.9 shipped yesterday with the crash fix.</v>
            ```
            """);
    assertThat(versions(c)).contains("project/wren/version/2.3.9");
    assertThat(status(c, "project/wren/version/2.3.9")).contains("released");
  }

  @Test
  void aVersionOpeningASectionHeadingIsTheMeetingsProjects() {
    var c =
        FictionalNoteLinker.link(
            HEAD.replace("## Podman news\n### Ada Quill\n\n", "")
                + "#### 9.1 Release Update - Birk Tamsen - (4:10 in the video)\n\n"
                + "Final tasks are done and the release went out this morning.\n");
    assertThat(versions(c)).contains("project/podman/version/9.1");
  }

  @Test
  void aCandidateOutMakesTheFinalTheNoteNamesPlanned() {
    var c = link("### Podman v9.4 Update\n\nNo release notes yet. Podman v9.4 RC2 out recently.\n");
    assertThat(status(c, "project/podman/version/9.4-rc2")).contains("rc");
    assertThat(status(c, "project/podman/version/9.4")).contains("planned");
  }

  @Test
  void aNumberSpokenWithoutItsDotIsTheNotesDottedVersion() {
    var c =
        transcript(
            "Ada Quill: Podman v9.0 is next.",
            "Birk Tamsen: so podman 90 final should be done by the end of February.");
    assertThat(versions(c)).doesNotContain("project/podman/version/90");
    assertThat(versions(c)).contains("project/podman/version/9.0");
  }

  @Test
  void aLowerCaseProductWordInATranscriptStillNamesTheProduct() {
    var c = transcript("Cleo Varga: and desktop 9.12 shipped last week as well.");
    assertThat(versions(c))
        .contains("project/podman-desktop/version/9.12")
        .doesNotContain("project/podman/version/9.12");
  }

  @Test
  void aChatLineSayingAVersionIsOutIsAReleaseOfTheMeetingsProject() {
    var c =
        link(
            "Notes.\n\n### Raw Meeting Chat:\n\nBirk Tamsen11:16 AM\n9.3 is out, enjoy\n"
                + "Cleo Varga11:17 AM\nthanks!\n");
    assertThat(status(c, "project/podman/version/9.3")).contains("released");
  }

  @Test
  void aTranscriptNumberAfterAnotherProjectIsNotTheMeetingsRelease() {
    var c = transcript("Birk Tamsen: For Buildah, yeah, 1.99 is out now.");
    assertThat(versions(c)).doesNotContain("project/podman/version/1.99");
  }

  @Test
  void aPossessiveProjectOwnsTheNumberAfterIt() {
    var c = link("We tried crun's 1.99 release on the test farm.\n");
    assertThat(versions(c))
        .contains("project/crun/version/1.99")
        .doesNotContain("project/podman/version/1.99");
  }

  @Test
  void aNumberAfterInIsTheMeetingsReleaseUnlessAVersionStandsBeforeIt() {
    var c = link("Quiet pods landed in 9.51. Podman 9.2 in 18.3.1, sources say.\n");
    assertThat(versions(c))
        .contains("project/podman/version/9.51")
        .doesNotContain("project/podman/version/18.3.1");
  }

  @Test
  void theVerbGoBeforeANumberIsNoGoRelease() {
    var c = transcript("Ada Quill: they'll be just about to go 1.0 by then, it shipped in beta.");
    assertThat(versions(c)).doesNotContain("project/golang/version/1.0");
  }
}
