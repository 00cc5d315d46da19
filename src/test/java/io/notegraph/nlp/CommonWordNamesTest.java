package io.notegraph.nlp;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.nlp.gazetteer.Gazetteer;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gazetteer names that are also English words count only with evidence in the text. */
class CommonWordNamesTest {
  private static final String TTL =
      """
      @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
      @prefix doap: <http://usefulinc.com/ns/doap#> .
      @prefix foaf: <http://xmlns.com/foaf/0.1/> .
      @prefix ng: <https://w3id.org/notegraph/ontology#> .
      @prefix dcterms: <http://purl.org/dc/terms/> .
      <https://w3id.org/notegraph/id/project/lantern> a doap:Project ;
        skos:prefLabel "lantern" ; ng:needsEvidence "common-word" ;
        doap:repository <https://github.com/example-org/lantern> ;
        dcterms:source <https://landscape.cncf.io/> .
      <https://w3id.org/notegraph/id/project/quito> a doap:Project ;
        skos:prefLabel "Quito" ; ng:needsEvidence "proper-name" ;
        dcterms:source <https://landscape.cncf.io/> .
      <https://w3id.org/notegraph/id/project/zorblax> a doap:Project ;
        skos:prefLabel "Zorblax" ; dcterms:source <https://landscape.cncf.io/> .
      """;

  private static final Recognizer RECOGNIZER =
      Recognizer.builder()
          .gazetteer(Gazetteer.read(new ByteArrayInputStream(TTL.getBytes(UTF_8))))
          .withoutModel()
          .build();

  private static List<String> projects(String text) {
    return RECOGNIZER.find(Notes.doc(text), Notes.prose(text)).stream()
        // "lantern 2.4" is one VERSION mention of the project
        .filter(m -> m.type() == EntityType.PROJECT || m.type() == EntityType.VERSION)
        .map(Mention::text)
        .toList();
  }

  @Test
  void theWordInItsOwnGrammarIsNoProject() {
    assertThat(projects("We need some lantern of sorts to see the road.")).isEmpty();
    assertThat(projects("Hold the lantern higher, said Ilse.")).isEmpty();
  }

  @Test
  void codeVersionsLinksAndTechnicalWordsAreEvidence() {
    assertThat(projects("Run `lantern` first.")).containsExactly("lantern");
    assertThat(projects("Upgraded to lantern 2.4 last week.")).containsExactly("lantern 2.4");
    assertThat(projects("See lantern at https://github.com/example-org/lantern for details."))
        .containsExactly("lantern");
    assertThat(projects("We deploy lantern clusters nightly.")).containsExactly("lantern");
  }

  @Test
  void aCapitalMidSentenceIsEvidenceForACommonWordButNotInATitleCaseRun() {
    assertThat(projects("Then we tried Lantern on the laptop.")).containsExactly("Lantern");
    assertThat(projects("Notes on Server Side Lantern Replication")).isEmpty();
  }

  @Test
  void aProperNameNeedsMoreThanItsCapital() {
    assertThat(projects("Marek flew to Quito on Monday.")).isEmpty();
    assertThat(projects("Quito 1.2 adds a new plugin api.")).containsExactly("Quito 1.2");
  }

  @Test
  void aNameThatIsNoWordNeedsNothing() {
    assertThat(projects("Marek flew to Zorblax on Monday.")).containsExactly("Zorblax");
  }

  @Test
  void aProductNameItsPublisherSharesIsTheProjectAndAWordNameKeepsTheOrganizationsEvidence() {
    String ttl =
        """
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix doap: <http://usefulinc.com/ns/doap#> .
        @prefix foaf: <http://xmlns.com/foaf/0.1/> .
        @prefix schema: <https://schema.org/> .
        @prefix dcterms: <http://purl.org/dc/terms/> .
        <https://w3id.org/notegraph/id/organization/quillbase> a foaf:Organization ;
          skos:prefLabel "Quillbase" ; dcterms:source <https://landscape.cncf.io/> .
        <https://w3id.org/notegraph/id/project/quillbase> a doap:Project ;
          skos:prefLabel "QuillBase" ;
          schema:publisher <https://w3id.org/notegraph/id/organization/quillbase> ;
          dcterms:source <https://landscape.cncf.io/> .
        <https://w3id.org/notegraph/id/organization/tooling> a foaf:Organization ;
          skos:prefLabel "Tooling" ; dcterms:source <https://landscape.cncf.io/> .
        <https://w3id.org/notegraph/id/project/tooling> a doap:Project ;
          skos:prefLabel "Tooling" ;
          schema:publisher <https://w3id.org/notegraph/id/organization/tooling> ;
          dcterms:source <https://landscape.cncf.io/> .
        """;
    Recognizer r =
        Recognizer.builder()
            .gazetteer(Gazetteer.read(new ByteArrayInputStream(ttl.getBytes(UTF_8))))
            .withoutModel()
            .build();
    String text = "We moved the index to QuillBase last week; the tooling is fine.";
    List<String> found =
        r.find(Notes.doc(text), Notes.prose(text)).stream()
            .map(m -> m.type() + " " + m.text())
            .toList();
    assertThat(found).containsExactly("PROJECT QuillBase");
  }
}
