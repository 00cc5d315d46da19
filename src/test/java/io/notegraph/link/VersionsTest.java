package io.notegraph.link;

import static io.notegraph.link.Fixtures.idAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostics;
import io.notegraph.nlp.AnnotatedNote;
import io.notegraph.nlp.gazetteer.Gazetteer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Versions, the features listed under them, and the dates the notes say they came out. */
class VersionsTest {
  private static final String TEXT =
      """
      # Fictional Meeting

      ### Attendees
      Zora Quill

      ## Podman v9.8.0 Updates
      ### Zora Quill

      Podman v9.8.0-RC3 was released today.

      Features:
      * Lanterns light up in rootless mode.
      * Sails fold themselves.

      Fixes:
      * A leak in the rigging.

      ## Buildah news
      ### Zora Quill

      Buildah v2.5 came out a week ago, v2.6 will be released soon.

      ## Ubuntu 30.04 LTS and Friends
      """;

  private static LinkedCorpus corpus() {
    AnnotatedNote n = MiniParser.parse("2031-02-03.md", TEXT, List.of());
    var g = Gazetteer.read(VersionsTest.class.getResourceAsStream("/link/gazetteer.ttl"));
    return IdentityResolver.builder().gazetteer(g).build().link(List.of(n), new Diagnostics());
  }

  @Test
  void aVersionMentionIsAReleaseOfTheProjectNamedBeforeIt() {
    var c = corpus();
    String id = idAt(c, "2031-02-03.md", "Podman v9.8.0-RC3", 0);
    assertThat(id).isEqualTo("project/podman/version/9.8.0-rc3");
    Entity v = c.entity(id);
    assertThat(v.name()).isEqualTo("Podman 9.8.0-rc3");
    assertThat(v.project()).isEqualTo("project/podman");
    assertThat(v.type()).isEqualTo(io.notegraph.nlp.EntityType.VERSION);
  }

  @Test
  void aBareVersionInAProjectsSectionBelongsToThatProject() {
    var c = corpus();
    assertThat(idAt(c, "2031-02-03.md", "v2.6", 0)).isEqualTo("project/buildah/version/2.6");
  }

  @Test
  void aVersionInASectionTitleIsAnEntityToo() {
    assertThat(corpus().entities())
        .containsKeys("project/podman/version/9.8.0", "project/ubuntu/version/30.04");
  }

  @Test
  void itemsUnderAFeaturesLabelAreFeaturesOfTheSectionsVersion() {
    List<Feature> features = Releases.features(corpus());
    assertThat(features)
        .extracting(Feature::text)
        .containsExactly(
            "Lanterns light up in rootless mode", "Sails fold themselves", "A leak in the rigging");
    assertThat(features)
        .allSatisfy(
            f -> {
              assertThat(f.versionId()).isEqualTo("project/podman/version/9.8.0");
              assertThat(f.projectId()).isEqualTo("project/podman");
              assertThat(f.document()).isEqualTo("2031-02-03.md");
            });
  }

  @Test
  void aVersionReleasedOnTheMeetingDayGetsThatDateAndOneReleasedEarlierDoesNot() {
    assertThat(Releases.releases(corpus()))
        .containsExactly(new Release("project/podman/version/9.8.0-rc3", LocalDate.of(2031, 2, 3)));
  }

  @Test
  void aVersionIsFoundByItsRevisionWithOrWithoutV() {
    var c = corpus();
    assertThat(EntityLookup.find(c, "v9.8.0-rc3"))
        .extracting(Entity::id)
        .containsExactly("project/podman/version/9.8.0-rc3");
    assertThat(EntityLookup.find(c, "Podman 9.8.0-RC3")).hasSize(1);
  }

  @Test
  void revisionsAreNormalised() {
    assertThat(VersionText.first("v3.2.0-RC3").orElseThrow().revision()).isEqualTo("3.2.0-rc3");
    assertThat(VersionText.first("3.2.0rc3").orElseThrow().revision()).isEqualTo("3.2.0-rc3");
    assertThat(VersionText.inTitle("June 1, 2021 11:00 a.m.")).isEmpty();
  }
}
