package io.notegraph.link;

import static io.notegraph.link.Fixtures.attendees;
import static io.notegraph.link.Fixtures.idAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.notegraph.diag.Diagnostics;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Curated overrides win over scores; every surface form is explained. */
class OverridesAndExplanationsTest {
  private static IdentityResolver withOverrides(String turtle) {
    String prefixes =
        """
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix ng: <https://w3id.org/notegraph/ontology#> .
        @prefix p: <https://w3id.org/notegraph/id/person/> .
        """;
    var in = new ByteArrayInputStream((prefixes + turtle).getBytes(StandardCharsets.UTF_8));
    return IdentityResolver.builder().overrides(IdentityOverrides.read(in)).build();
  }

  private static LinkedCorpus link(IdentityResolver r) {
    return r.link(
        List.of(
            attendees("a.md", "Bartholomew Quill", "Odile Marsh"),
            attendees("b.md", "Bartholomew Quilt", "zz9plural"),
            attendees("c.md", "Ottoline Brisk", "Bart Q")),
        new Diagnostics());
  }

  @Test
  void withoutOverridesATypoMergesAndAnUnrelatedHandleStaysApart() {
    var c = link(IdentityResolver.builder().build());
    assertThat(idAt(c, "b.md", "Bartholomew Quilt", 0)).isEqualTo("person/bartholomew-quill");
    assertThat(idAt(c, "b.md", "zz9plural", 0)).isEqualTo("person/zz9plural");
  }

  @Test
  void distinctFromForbidsAMerge() {
    var c = link(withOverrides("p:bartholomew-quill ng:distinctFrom p:bartholomew-quilt ."));
    assertThat(idAt(c, "b.md", "Bartholomew Quilt", 0))
        .isNotEqualTo(idAt(c, "a.md", "Bartholomew Quill", 0));
  }

  @Test
  void altLabelForcesAMergeUnderThePreferredNameAndIri() {
    var c =
        link(
            withOverrides(
                """
                p:odile-marsh skos:prefLabel "Odile Marsh-Brisk" ; skos:altLabel "zz9plural" .
                """));
    assertThat(idAt(c, "b.md", "zz9plural", 0)).isEqualTo("person/odile-marsh");
    assertThat(c.entity("person/odile-marsh").name()).isEqualTo("Odile Marsh-Brisk");
    assertThat(c.explanations())
        .contains(
            new Explanation(
                "person/odile-marsh",
                "zz9plural",
                "override in ontology/identity.ttl; joined 'odile marsh'",
                "b.md",
                4));
  }

  @Test
  void exactMatchForcesTwoSpellingsTogether() {
    var c = link(withOverrides("p:ottoline-brisk skos:exactMatch p:odile-marsh ."));
    assertThat(idAt(c, "c.md", "Ottoline Brisk", 0)).isEqualTo(idAt(c, "a.md", "Odile Marsh", 0));
  }

  @Test
  void everyPersonSurfaceFormHasAnExplanationWithItsFirstPlace() {
    var c = link(IdentityResolver.builder().build());
    assertThat(c.explanations())
        .filteredOn(x -> x.surface().equals("Bartholomew Quilt"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.entityId()).isEqualTo("person/bartholomew-quill");
              assertThat(x.file()).isEqualTo("b.md");
              assertThat(x.line()).isEqualTo(4);
              assertThat(x.reason()).contains("Jaro-Winkler").contains("quill/quilt");
            });
    assertThat(c.explanations())
        .filteredOn(x -> x.surface().equals("Bartholomew Quill"))
        .singleElement()
        .satisfies(x -> assertThat(x.reason()).startsWith("canonical name"));
  }

  @Test
  void theMoreFrequentSpellingIsCanonicalAndTiesGoToTheAccentedForm() {
    var c =
        Fixtures.link(
            attendees("a.md", "Zoe Quill"),
            attendees("b.md", "Zoë Quill"),
            attendees("c.md", "Ines Varga"),
            attendees("d.md", "Inés Varga"),
            attendees("e.md", "Ines Varga"));
    assertThat(c.entity("person/zoe-quill").name()).isEqualTo("Zoë Quill");
    assertThat(c.entity("person/ines-varga").name()).isEqualTo("Ines Varga");
  }

  @Test
  void aBadThresholdFailsInTheBuilder() {
    assertThatThrownBy(() -> IdentityResolver.builder().threshold(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IdentityResolver.builder().threshold(1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStricterThresholdKeepsTyposApart() {
    var c = link(IdentityResolver.builder().threshold(0.99).build());
    assertThat(idAt(c, "b.md", "Bartholomew Quilt", 0)).isEqualTo("person/bartholomew-quilt");
  }

  @Test
  void theBundledOverrideFileParses() {
    assertThat(IdentityOverrides.fromClasspath().groups()).isNotEmpty();
  }
}
