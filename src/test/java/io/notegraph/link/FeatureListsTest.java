package io.notegraph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Features listed under a version, in the layouts notes use, on fictional notes. */
class FeatureListsTest {
  private static final String HEAD =
      """
      # Podman Community Meeting
      ## March 5, 2031 11:00 a.m. Eastern (UTC-5)
      ### Attendees
      Ada Quill, Birk Tamsen, Cleo Varga

      """;

  private static List<Feature> features(String body) {
    return Releases.features(FictionalNoteLinker.link(HEAD + body));
  }

  @Test
  void bulletsUnderAVersionHeadingAreItsFeaturesWithoutLinksOrOffsets() {
    var f =
        features(
            "#### Podman v9.2 - Birk Tamsen - (3:10 in the video)\n\n"
                + "1. Faster [image pulls](https://example.org/pulls) (4:05 in the video)\n"
                + "2. A new `podman quux` command.\n"
                + "   - details nobody lists as a feature\n"
                + "3. **Quieter** logs\n\n"
                + "#### Open discussion\n1. Lunch plans\n");
    assertThat(f)
        .extracting(Feature::versionId, Feature::text)
        .containsExactly(
            tuple("project/podman/version/9.2", "Faster image pulls"),
            tuple("project/podman/version/9.2", "A new podman quux command"),
            tuple("project/podman/version/9.2", "Quieter logs"));
  }

  @Test
  void aBareNumberUnderASectionNamingAnotherProjectWithItIsThatProjectsVersion() {
    var f =
        features(
            "## Podman Desktop 9.4 release - Cleo Varga (20:00 in the video)\n\n"
                + "Released last week.\n\n"
                + "### New in 9.4\n"
                + "- Kubernetes context switcher\n"
                + "- Extension catalog search\n");
    assertThat(f).extracting(Feature::versionId).containsOnly("project/podman-desktop/version/9.4");
    assertThat(f).hasSize(2);
  }

  @Test
  void whatIsComingInAVersionListsItsPlannedFeaturesAndAndMoreIsNone() {
    var f =
        features(
            "## What's coming in Podman 9.6 - Ada Quill\n\n"
                + "- rootless networking with pasta by default\n"
                + "- faster image pulls\n"
                + "- and more\n");
    assertThat(f)
        .extracting(Feature::versionId, Feature::text)
        .containsExactly(
            tuple("project/podman/version/9.6", "rootless networking with pasta by default"),
            tuple("project/podman/version/9.6", "faster image pulls"));
  }

  @Test
  void nestedItemsOfAListItemNamingAVersionAreItsFeatures() {
    var f =
        features(
            "#### Updates\n"
                + "1. Podman v9.3 plans\n"
                + "   - Sturdier pods\n"
                + "   - Rootless network speedups\n"
                + "2. Next meeting date\n"
                + "   - not a feature\n");
    assertThat(f)
        .extracting(Feature::versionId, Feature::text)
        .containsExactly(
            tuple("project/podman/version/9.3", "Sturdier pods"),
            tuple("project/podman/version/9.3", "Rootless network speedups"));
  }

  @Test
  void theListAfterALineAnnouncingAReleaseHoldsItsFeatures() {
    var f =
        features(
            "## News\n\nPodman v9.4 is out, highlights:\n\n"
                + "- Checkpoints to remote hosts\n- Smaller images\n\nThanks all for testing.\n");
    assertThat(f)
        .extracting(Feature::text)
        .containsExactly("Checkpoints to remote hosts", "Smaller images");
  }

  @Test
  void aTableOfVersionsAndFeaturesGivesOneFeaturePerRow() {
    var f =
        features(
            "## Release table\n\n| Version | Feature |\n|---|---|\n"
                + "| Podman 9.5 | Pod templates |\n| Podman 9.6 | Volume quotas |\n");
    assertThat(f)
        .extracting(Feature::versionId, Feature::text)
        .containsExactly(
            tuple("project/podman/version/9.5", "Pod templates"),
            tuple("project/podman/version/9.6", "Volume quotas"));
  }

  @Test
  void bulletsUnderAHeadingAboutSomethingElseThanTheVersionAreNoFeatures() {
    var f =
        features(
            "## Ubuntu 40.04 LTS and Stopping the old repositories\n\n"
                + "- Packages move to the main archive\n- Old repository frozen\n");
    assertThat(f).isEmpty();
  }

  @Test
  void theDiscussionUnderAnItemAboutUpdatingToAVersionIsNoFeatureList() {
    var f =
        features(
            "## Pull requests\n\n"
                + "* deps: update Podman to 9.8\n"
                + "  * Birk presented the state of the update.\n"
                + "  * Builds are green except on one runner.\n");
    assertThat(f).isEmpty();
  }

  @Test
  void questionsUnderAVersionHeadingAreNoFeatures() {
    var f =
        features(
            "## Podman v9.7 Update\n\n"
                + "1. Will pods restart by themselves? Yes, next month.\n"
                + "2. Volume quotas\n");
    assertThat(f).extracting(Feature::text).containsExactly("Volume quotas");
  }

  @Test
  void whatAReleaseBringsAfterItsStatusIsOneFeatureEach() {
    var f =
        features(
            "## News\n\nPodman v9.8 was released and brings pod templates, quotas and quieter logs.\n");
    assertThat(f)
        .extracting(Feature::text)
        .containsExactly("pod templates", "quotas", "quieter logs");
  }

  @Test
  void anItemThatOnlyNamesAVersionInPassingHeadsNoFeatures() {
    var f =
        features(
            "## Triage\n\n* Josh: keeping pods small (there will never be a Podman 99.0) is fine\n"
                + "    * Ada: agreed with the list\n    * Birk: the list is short\n");
    assertThat(f).isEmpty();
  }

  @Test
  void aFeatureListedTwiceWithAnExplanationIsOneFeatureNamedShort() {
    var f =
        features(
            "### Possible Podman 9 features - Ada Quill\n\n"
                + "* Pod templates\n* Drop old networks\n\n"
                + "### Possible Podman 9 features, discussed - Ada Quill\n\n"
                + "* Drop old networks - Looking at removing the old network stack next year\n");
    assertThat(f).extracting(Feature::text).containsExactly("Pod templates", "Drop old networks");
  }

  @Test
  void whatAnItemProposesToStabilizeInAVersionIsAPlannedFeatureOfIt() {
    var f =
        features(
            "## Triage\n\n- [Stabilize `quiet_pods` on `pod`s in Podman 9.42.0](https://example.org/1)\n");
    assertThat(f)
        .extracting(Feature::versionId, Feature::text)
        .containsExactly(tuple("project/podman/version/9.42.0", "quiet_pods on pods"));
  }

  @Test
  void aChangelogEntryHoldsItsAddedAndFixedItemsButNotItsRemovals() {
    var f =
        features(
            "## Release recap\n\nPodman v9.5.0 is out, the changelog:\n\n"
                + "### v9.5.0 (2031-03-01)\n\n#### Added\n\n- Sturdier pods\n\n"
                + "#### Fixed\n\n- Crash on empty volumes\n\n"
                + "#### Removed\n\n- The old varlink socket\n\n## Questions\n\n- None\n");
    assertThat(f)
        .extracting(Feature::text)
        .containsExactly("Sturdier pods", "Crash on empty volumes");
  }

  @Test
  void aTableTakesItsFeaturesOnlyFromTheColumnsItsHeaderCallsContents() {
    var f =
        features(
            "## Supported Podman versions\n\n| Version | Status | Highlights |\n"
                + "|---|---|---|\n| 9.2 | maintenance | Plugin sandbox |\n");
    assertThat(f)
        .extracting(Feature::versionId, Feature::text)
        .containsExactly(tuple("project/podman/version/9.2", "Plugin sandbox"));
  }

  @Test
  void aFeaturesLabelInsideAnItemIsSplitIntoItsParts() {
    var f =
        features(
            "1. Podman v9.6 release\n"
                + "   * Features: IPv6 health checks, a new TOML config loader.\n");
    assertThat(f)
        .extracting(Feature::text)
        .containsExactly("IPv6 health checks", "a new TOML config loader");
  }

  @Test
  void theProseOfAVersionSectionStatesWhatItIntroduced() {
    var f =
        features(
            "## Podman v9.4 Update\n\nAround 125 changes, including features and bug fixes.  "
                + "We introduced Quadlet, a new generator.  Several performance changes were made "
                + "in this release.  Networks now have labels.  Would it help if we added more?\n");
    assertThat(f)
        .extracting(Feature::text)
        .containsExactly("Quadlet", "Several performance changes", "Networks now have labels");
  }

  @Test
  void aBringsSentenceMayWrapAndStopsAtASemicolon() {
    var f =
        features(
            "- Podman v9.7 is planned for June and ships faster pulls, quieter\n"
                + "  logs and ARM64 builds; repo at https://example.org\n");
    assertThat(f)
        .extracting(Feature::text)
        .containsExactly("faster pulls", "quieter logs", "ARM64 builds");
  }

  @Test
  void anItemNamingAnotherProjectsVersionIsStillAFeatureButASiblingReleaseEndsTheList() {
    var f =
        features(
            "## Podman roadmap - Ada Quill\n\n"
                + "Podman 9.0 is planned for July and will:\n\n"
                + "- support Python 3.14 only (Python 3.9 stays on the 8 line)\n"
                + "- ship ESM-only packages\n"
                + "- Podman 9.1: nothing decided\n"
                + "- move all styles into cascade layers\n");
    assertThat(f)
        .extracting(Feature::versionId, Feature::text)
        .containsExactly(
            tuple(
                "project/podman/version/9.0",
                "support Python 3.14 only (Python 3.9 stays on the 8 line)"),
            tuple("project/podman/version/9.0", "ship ESM-only packages"));
  }

  @Test
  void aListOfKnownRegressionsForAVersionHoldsNoFeatures() {
    var f =
        features(
            "## Release update - Ada Quill\n\n### Podman v9.2 highlights\n\n"
                + "- faster image pulls\n\n"
                + "Known regressions (for v9.2.1):\n\n"
                + "1. `podman system reset` leaves a lock file behind\n");
    assertThat(f).extracting(Feature::text).containsExactly("faster image pulls");
  }
}
