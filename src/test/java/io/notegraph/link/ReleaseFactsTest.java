package io.notegraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Evidence rules for versions, release status, features and affiliations, on fictional notes. */
class ReleaseFactsTest {
  private static final String HEAD =
      """
      # Podman Community Meeting
      ## March 5, 2031 11:00 a.m. Eastern (UTC-5)
      ### Attendees
      Ada Quill, Birk Tamsen, Cleo Varga
      """;

  private static LinkedCorpus link(String body) {
    return FictionalNoteLinker.link(HEAD + body);
  }

  private static List<String> versions(LinkedCorpus c) {
    return c.entities().keySet().stream().filter(id -> id.contains("/version/")).toList();
  }

  private static Optional<ReleaseStatement> statement(LinkedCorpus c, String versionId) {
    return Releases.statements(c).stream().filter(s -> s.versionId().equals(versionId)).findFirst();
  }

  @Test
  void versionOfAnotherToolIsNotPodman() {
    var c = link("## Tooling news\n### Ada Quill\n\nBuildah is now at 1.45 in the testing repo.\n");
    assertThat(versions(c)).contains("project/buildah/version/1.45");
    assertThat(versions(c)).doesNotContain("project/podman/version/1.45");
  }

  @Test
  void clockTimeIsNotAVersion() {
    var c = link("## Demo\n### Ada Quill\n\nThe demo was starting at 11.02 and ran long.\n");
    assertThat(versions(c)).isEmpty();
  }

  @Test
  void ipVersionsAreNotReleases() {
    var c =
        link("## Networks\n### Ada Quill\n\nWe give one v4 and one v6 per network by default.\n");
    assertThat(versions(c)).isEmpty();
  }

  @Test
  void aKernelRequirementIsNoReleaseOfTheSectionsProject() {
    var c =
        link("## Docker in nests\n### Ada Quill\n\nNeed 5.5+, Ubuntu 5.0+ for the new kernel.\n");
    assertThat(versions(c)).isEmpty();
  }

  @Test
  void aBareNumberInAMeetingOfTheSeriesIsNoPodmanRelease() {
    var c = link("## Numbers\n### Ada Quill\n\nAbout 4.5 people per room on average.\n");
    assertThat(versions(c)).isEmpty();
  }

  @Test
  void aVersionOutTodayIsReleasedThatDay() {
    var c = link("## Podman Update\n### Birk Tamsen\n\nPodman v9.1.0 is out today.\n");
    var s = statement(c, "project/podman/version/9.1.0").orElseThrow();
    assertThat(s.status()).isEqualTo("released");
    assertThat(s.issued()).isEqualTo(LocalDate.of(2031, 3, 5));
  }

  @Test
  void aVersionThatWillShipIsPlannedAndHasNoReleaseDay() {
    var c = link("## Podman Update\n### Birk Tamsen\n\nPodman v9.2 will be released next month.\n");
    var s = statement(c, "project/podman/version/9.2").orElseThrow();
    assertThat(s.status()).isEqualTo("planned");
    assertThat(s.issued()).isNull();
    assertThat(s.mentionedOn()).isEqualTo(LocalDate.of(2031, 3, 5));
    assertThat(Releases.releases(c)).isEmpty();
  }

  @Test
  void outThisSummerIsNoRelease() {
    var c =
        link("## Podman Update\n### Birk Tamsen\n\nPodman 9.6 and maybe 9.7 out this summer.\n");
    assertThat(statement(c, "project/podman/version/9.6").orElseThrow().status())
        .isNotEqualTo("released");
  }

  @Test
  void aReleaseCandidateIsRc() {
    var c =
        link("## Podman Update\n### Birk Tamsen\n\nPodman v9.2.0-rc1 will be in testing soon.\n");
    assertThat(statement(c, "project/podman/version/9.2.0-rc1").orElseThrow().status())
        .isEqualTo("rc");
  }

  @Test
  void aVersionReleasedLastWeekIsReleasedWithoutTheMeetingsDate() {
    var c = link("## Podman Update\n### Birk Tamsen\n\nPodman v9.0 came out last week.\n");
    var s = statement(c, "project/podman/version/9.0").orElseThrow();
    assertThat(s.status()).isEqualTo("released");
    assertThat(s.issued()).isNull();
  }

  @Test
  void itemsUnderAWhatsNewHeadingAreFeaturesOfItsVersion() {
    var c =
        link(
            "## What's new in Podman v9.1\n### Birk Tamsen\n\n"
                + "* Pods start in half the time\n* Quieter logs\n");
    assertThat(Releases.features(c))
        .extracting(Feature::versionId, Feature::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "project/podman/version/9.1", "Pods start in half the time"),
            org.assertj.core.groups.Tuple.tuple("project/podman/version/9.1", "Quieter logs"));
  }

  @Test
  void whatAVersionBringsAreItsFeatures() {
    var c =
        link(
            "## Podman Update\n### Birk Tamsen\n\n"
                + "Podman v9.3 brings quieter logs, faster pulls and sturdier pods.\n");
    assertThat(Releases.features(c))
        .extracting(Feature::text)
        .containsExactly("quieter logs", "faster pulls", "sturdier pods");
  }

  @Test
  void versionTiesCarryTheirRuleAndConfidence() {
    var c = link("## Tooling news\n### Ada Quill\n\nBuildah is now at 1.45 in testing.\n");
    assertThat(c.facts())
        .filteredOn(f -> f.subject().equals("project/buildah/version/1.45"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.relation()).isEqualTo(Fact.VERSION_OF);
              assertThat(f.confidence()).isEqualTo(0.7);
              assertThat(f.rule()).contains("sentence names this one project");
            });
  }

  @Test
  void proseFromAnOrganizationIsAnAffiliation() {
    var c = link("## Guests\n### Ada Quill\n\nCleo Varga from Red Hat showed the new pods.\n");
    assertThat(c.entity("person/cleo-varga").affiliations())
        .containsExactly("organization/red-hat");
    assertThat(c.facts())
        .filteredOn(f -> f.relation().equals(Fact.AFFILIATION))
        .extracting(Fact::subject, Fact::object, Fact::confidence)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("person/cleo-varga", "organization/red-hat", 0.85));
  }

  @Test
  void textInParenthesesAfterANameIsAnOrganizationOnlyWhenRecognised() {
    String note =
        """
        # Podman Community Meeting
        ## March 5, 2031 11:00 a.m. Eastern (UTC-5)
        ### Attendees
        Ada Quill (No updates), Birk Tamsen (#4521), Cleo Varga (Red Hat), Dov Arkin (Umberfield University)
        """;
    var c = FictionalNoteLinker.link(note);
    assertThat(c.entities().values())
        .filteredOn(e -> !e.affiliations().isEmpty())
        .extracting(Entity::name, e -> String.join(",", e.affiliations()))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Cleo Varga", "organization/red-hat"),
            org.assertj.core.groups.Tuple.tuple("Dov Arkin", "organization/umberfield-university"));
  }

  @Test
  void aDatedChangelogEntryIsReleased() {
    var c = link("## Changelog\n\n### Podman v9.1.3 (2020-01-10)\n\n- Fixed a leak\n");
    assertThat(statement(c, "project/podman/version/9.1.3"))
        .get()
        .extracting(ReleaseStatement::status)
        .isEqualTo("released");
  }

  @Test
  void aVersionThatWillShipInADistributionIsNotItselfPlanned() {
    var c = link("## Updates\n\nVarlink was removed from Fedora 77 which will have Podman 9.0.\n");
    assertThat(statement(c, "project/fedora/version/77"))
        .get()
        .extracting(ReleaseStatement::status)
        .isEqualTo("mentioned");
  }

  @Test
  void aQuestionAboutAVersionDoesNotPlanIt() {
    var c = link("## Questions\n\n1. Will there be a Podman 9.1.2 release?\n");
    assertThat(statement(c, "project/podman/version/9.1.2"))
        .get()
        .extracting(ReleaseStatement::status)
        .isEqualTo("mentioned");
  }
}
