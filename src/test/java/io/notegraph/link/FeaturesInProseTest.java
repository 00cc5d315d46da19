package io.notegraph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Features a note states in sentences rather than in lists, on fictional notes: prose under a
 * heading naming a version, "upcoming in vX.Y is A, B and C", "in X.Y we switched ...", "X will be
 * used", a bare version line over its short parts; and the schedule sentences that are none.
 */
class FeaturesInProseTest {
  private static final String HEAD =
      """
      # Podman Community Cabal Meeting Notes
      ## March 5, 2031 11:00 a.m. Eastern (UTC-5)
      ### Attendees
      Ada Quill, Birk Tamsen, Cleo Varga

      """;

  private static List<Feature> features(String body) {
    return Releases.features(FictionalNoteLinker.link(HEAD + body));
  }

  private static List<String> texts(String body) {
    return features(body).stream().map(Feature::text).toList();
  }

  @Test
  void aScheduleSectionGivesTheChangeItStatesButNotItsDates() {
    var f =
        features(
            "#### Podman v9.0 Schedule Updates - Birk Tamsen - (40:10 in the video)\n\n"
                + "The main branch is now v9.0, with many breaking changes.\n\n"
                + "First release candidates in early March. Final planned for April.\n\n"
                + "The krun runtime will be used for pods on arm64 hosts.\n\n"
                + "#### Open discussion\n1. Lunch\n");
    assertThat(f)
        .extracting(Feature::versionId, Feature::text)
        .containsExactly(
            tuple(
                "project/podman/version/9.0",
                "The krun runtime will be used for pods on arm64 hosts"));
  }

  @Test
  void whatIsUpcomingInAVersionIsOneFeatureAPart() {
    var f =
        features(
            "#### Open discussion\n"
                + "1. Podman 9.3 update\n"
                + "    Also upcoming in Podman v9.4 is a focus on startup time, faster image"
                + " pulls, quieter logs, a new `--retry` option, and zstd support.\n");
    assertThat(f)
        .extracting(Feature::versionId, Feature::text)
        .containsExactly(
            tuple("project/podman/version/9.4", "a focus on startup time"),
            tuple("project/podman/version/9.4", "faster image pulls"),
            tuple("project/podman/version/9.4", "quieter logs"),
            tuple("project/podman/version/9.4", "a new --retry option"),
            tuple("project/podman/version/9.4", "zstd support"));
  }

  @Test
  void aChangeTheTeamMadeInAVersionIsItsFeature() {
    assertThat(
            texts(
                "#### Podman v9.5 release - Ada Quill\n\n"
                    + "Cleo: In Podman v9.5 we switched the default network driver to pasta.\n"))
        .containsExactly("switched the default network driver to pasta");
  }

  @Test
  void aWillSentenceInAVersionSectionNamesWhatItWillInclude() {
    assertThat(
            texts(
                "###  Podman v9.7 Update - (0:50 in the video) - Ada Quill\n\n"
                    + "Release notes are being written. RC2 is out. It will include"
                    + " image signing support.\n"))
        .containsExactly("image signing support");
  }

  @Test
  void extensionsAddedToAVersionKeepWhatTheyAdd() {
    assertThat(
            texts(
                "## Podman Desktop v9.1 Update\n### Cleo Varga\n#### (30:25 in the video)\n\n"
                    + "Two new themes have been added to v9.1, adding high contrast and sepia"
                    + " modes.\n"))
        .containsExactly("Two new themes adding high contrast and sepia modes");
  }

  @Test
  void aSentenceListingOnlyChangesGivesEachChange() {
    assertThat(
            texts(
                "### Podman v9.8 Rollout (32:52 in video) - Birk/Cleo\n\n"
                    + "Cache changes and log changes. A number of CLI changes that break old"
                    + " scripts.\n"))
        .containsExactly("Cache changes", "log changes", "CLI changes");
  }

  @Test
  void aCountOfChangesIsNoFeature() {
    assertThat(
            texts(
                "## Podman v9.9 Update\n\n"
                    + "Around 140 user-facing changes, including features and bug fixes.\n"))
        .isEmpty();
  }

  @Test
  void theShortPartsUnderALineThatIsOnlyAVersionAreItsFeatures() {
    assertThat(
            texts(
                "## Podman v9.6 Demo\n### Birk Tamsen\n#### (44:47 in the video)\n\n"
                    + "9.6 and maybe 9.7 out this autumn.\n\n"
                    + "9.6\n"
                    + "bug fixes, volume and secret updates.  Valkey as cache.\n"))
        .containsExactly("volume updates", "secret updates", "Valkey as cache");
  }

  @Test
  void aScheduleAfterWillHaveIsNoFeature() {
    assertThat(texts("## Updates\n\nPodman 9.2 will have its first RCs in late January.\n"))
        .isEmpty();
  }

  @Test
  void whatTheReleaseWillBeIsNoFeature() {
    assertThat(
            texts(
                "## Podman v9.3 update - Ada Quill\n\n"
                    + "The release will be available next week. Advising that pasta be used"
                    + " instead, and that will be the default later.\n"))
        .isEmpty();
  }
}
