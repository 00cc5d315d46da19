package io.notegraph.nlp.gazetteer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.nlp.EntityType;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A fictional landscape file becomes a gazetteer; the curated file stays on top of it. */
class LandscapeImportTest {
  private static final String YAML =
      """
      landscape:
        - category:
          name: Provisioning
          subcategories:
            - subcategory:
              name: Tools
              items:
                - item:
                  name: Quillstack
                  homepage_url: https://quillstack.example/
                  repo_url: https://github.com/quill/quillstack
                  crunchbase: https://www.crunchbase.com/organization/quill-works
                - item:
                  name: Harbourmaster
                  repo_url: https://github.com/hm/harbourmaster
                  crunchbase: https://www.crunchbase.com/organization/lantern-labs
                - item:
                  name: Open Thimble Interface (OTI)
                  crunchbase: https://www.crunchbase.com/organization/quill-works
                - item:
                  name: Lantern
                  repo_url: https://github.com/ll/lantern
        - category:
          name: CNCF Members
          subcategories:
            - subcategory:
              name: Silver
              items:
                - item:
                  name: Quill Works Ltd (member)
                  homepage_url: https://quill.example/
                  crunchbase: https://www.crunchbase.com/organization/quill-works
      """;

  private static final WordList WORDS = WordList.of(Set.of("lantern", "open"), Set.of("quito"));

  private static Gazetteer imported() throws Exception {
    String ttl = new LandscapeImport(WORDS).toTurtle(new StringReader(YAML));
    return Gazetteer.read(new ByteArrayInputStream(ttl.getBytes(UTF_8)));
  }

  @Test
  void itemsBecomeProjectsWithHomepageRepositoryOwnerAndAttribution() throws Exception {
    Gazetteer.Entry q = imported().byId("project/quillstack").orElseThrow();
    assertThat(q.type()).isEqualTo(EntityType.PROJECT);
    assertThat(q.homepage()).isEqualTo("https://quillstack.example/");
    assertThat(q.repository()).isEqualTo("https://github.com/quill/quillstack");
    assertThat(q.owner()).isEqualTo("organization/quill-works-ltd");
    assertThat(q.source()).isEqualTo(LandscapeImport.SOURCE);
    assertThat(q.license()).isEqualTo(LandscapeImport.LICENSE);
  }

  @Test
  void anOwnerWithoutAMemberEntryIsNamedFromItsSlug() throws Exception {
    Gazetteer g = imported();
    assertThat(g.byId("project/harbourmaster").orElseThrow().owner())
        .isEqualTo("organization/lantern-labs");
    assertThat(g.byId("organization/lantern-labs").orElseThrow().name()).isEqualTo("Lantern Labs");
  }

  @Test
  void aParenthesisedAcronymIsAnExactLabel() throws Exception {
    Gazetteer.Entry e = imported().byId("project/open-thimble-interface").orElseThrow();
    assertThat(e.exactLabels()).containsExactly("OTI");
  }

  @Test
  void aNameThatIsAWordNeedsEvidence() throws Exception {
    Gazetteer g = imported();
    assertThat(g.byId("project/lantern").orElseThrow().evidence())
        .isEqualTo(Gazetteer.Evidence.COMMON_WORD);
    assertThat(g.byId("project/quillstack").orElseThrow().evidence())
        .isEqualTo(Gazetteer.Evidence.NONE);
  }

  @Test
  void theSameInputGivesTheSameBytes() throws Exception {
    assertThat(new LandscapeImport(WORDS).toTurtle(new StringReader(YAML)))
        .isEqualTo(new LandscapeImport(WORDS).toTurtle(new StringReader(YAML)));
  }

  @Test
  void theCuratedGazetteerOverridesAndSuppresses() throws Exception {
    String curated =
        """
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix doap: <http://usefulinc.com/ns/doap#> .
        @prefix ng: <https://w3id.org/notegraph/ontology#> .
        <https://w3id.org/notegraph/id/project/quill> a doap:Project ;
          skos:prefLabel "Quill" ; skos:altLabel "Quillstack" .
        <https://w3id.org/notegraph/id/project/lantern> ng:suppressed true .
        """;
    Gazetteer g =
        Gazetteer.read(new ByteArrayInputStream(curated.getBytes(UTF_8))).over(imported());
    assertThat(g.lookup("Quillstack", EntityType.PROJECT).orElseThrow().id())
        .isEqualTo("project/quill");
    assertThat(g.byId("project/quillstack")).isEmpty();
    assertThat(g.byId("project/lantern")).isEmpty();
    assertThat(g.byId("project/harbourmaster")).isPresent();
  }

  @Test
  void aProjectWhoseOwnerTheCuratedListSuppressesHasNoOwner() throws Exception {
    String curated =
        """
        @prefix ng: <https://w3id.org/notegraph/ontology#> .
        <https://w3id.org/notegraph/id/organization/lantern-labs> ng:suppressed true .
        """;
    Gazetteer g =
        Gazetteer.read(new ByteArrayInputStream(curated.getBytes(UTF_8))).over(imported());
    assertThat(g.byId("organization/lantern-labs")).isEmpty();
    assertThat(g.byId("project/harbourmaster").orElseThrow().owner()).isNull();
    assertThat(g.byId("project/quillstack").orElseThrow().owner())
        .isEqualTo("organization/quill-works-ltd");
  }
}
