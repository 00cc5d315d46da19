package io.notegraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scorer on the fictional Otter graph (src/test/resources/eval/open) and tiny variations. */
class GraphScorerTest {
  private static final String PREFIXES =
      """
      PREFIX doap: <http://usefulinc.com/ns/doap#>
      PREFIX foaf: <http://xmlns.com/foaf/0.1/>
      BASE <https://w3id.org/notegraph/id/>
      PREFIX ng: <https://w3id.org/notegraph/ontology#>
      PREFIX schema: <https://schema.org/>
      """;

  private static EvalReport otter;

  @BeforeAll
  static void scoreTheOtterFixture() {
    Dataset ds = RDFDataMgr.loadDataset("src/test/resources/eval/open/otter.trig");
    otter =
        GraphScorer.score(
            ds, OpenGoldReader.readFolder(Path.of("src/test/resources/eval/open/gold")));
  }

  private static Map<Relation, Score> firstNote() {
    return otter.notes().get(0).scores();
  }

  @Test
  void theDateOfADateTimeStartIsItsDay() {
    assertThat(firstNote().get(Relation.DATE)).isEqualTo(new Score(1, 0, 0));
  }

  @Test
  void aHumanWithTwoNodesIsOneTruePositiveAndOneDuplicate() {
    // Ada (alias of the name), Björn Lund (accents) found; "blund" is Björn's second node; Zed
    // is not in the gold; Cy Moss is missing.
    assertThat(firstNote().get(Relation.ATTENDEE)).isEqualTo(new Score(2, 2, 1));
    assertThat(otter.findings())
        .extracting(Finding::line)
        .contains(
            "otter/2031-03-04.md: FP-dup attendee blund"
                + " <https://w3id.org/notegraph/id/person/blund>",
            "otter/2031-03-04.md: FP attendee Zed Orr"
                + " <https://w3id.org/notegraph/id/person/zed-orr>",
            "otter/2031-03-04.md: FN attendee Cy Moss");
  }

  @Test
  void entitiesAreTheTypedNodesTheDocumentLinksTo() {
    assertThat(firstNote().get(Relation.PERSON)).isEqualTo(new Score(2, 2, 1));
    assertThat(firstNote().get(Relation.PROJECT)).isEqualTo(new Score(1, 0, 0));
    // Acme Widgets is reached only through a mention's itsrdf:taIdentRef.
    assertThat(firstNote().get(Relation.ORGANIZATION)).isEqualTo(new Score(1, 0, 0));
  }

  @Test
  void entityRowsAreNotScoredWhenTheGoldSaysTheyWereNotAnnotated() {
    assertThat(otter.notes().get(1).scores()).doesNotContainKey(Relation.PERSON);
  }

  @Test
  void talksMatchByTitleOverlapAndPresentersByMatchedTalk() {
    assertThat(firstNote().get(Relation.TALK)).isEqualTo(new Score(1, 1, 1));
    assertThat(firstNote().get(Relation.PRESENTER)).isEqualTo(new Score(1, 0, 1));
    // PT1M30S in the gold, PT90S in the graph: the same offset.
    assertThat(firstNote().get(Relation.OFFSET)).isEqualTo(new Score(1, 0, 0));
  }

  @Test
  void anActionMatchesByAgentAliasAndTaskOverlap() {
    assertThat(firstNote().get(Relation.ACTION)).isEqualTo(new Score(1, 0, 0));
  }

  @Test
  void releaseCandidateIsTheRcStatusAndAVersionsLeadingVIsIgnored() {
    assertThat(firstNote().get(Relation.RELEASE)).isEqualTo(new Score(1, 0, 0));
    assertThat(firstNote().get(Relation.RELEASE_STATUS)).isEqualTo(new Score(1, 0, 0));
    assertThat(NoteFactsReader.status("release-candidate")).isEqualTo("rc");
  }

  @Test
  void featuresMatchByProjectVersionAndText() {
    assertThat(firstNote().get(Relation.FEATURE)).isEqualTo(new Score(1, 0, 0));
  }

  @Test
  void affiliationsComeFromTheEntitiesGraphWhenTheDocumentStatesNone() {
    assertThat(firstNote().get(Relation.AFFILIATION)).isEqualTo(new Score(1, 0, 0));
    assertThat(otter.notes().get(0).affiliationSource()).isEqualTo("entities");
  }

  @Test
  void aNoteMissingFromTheGraphIsAllFalseNegatives() {
    NoteScore missing = otter.notes().get(1);
    assertThat(missing.found()).isFalse();
    assertThat(otter.missingNotes()).containsExactly("otter/2031-04-01.md");
    assertThat(missing.scores())
        .containsEntry(Relation.DATE, new Score(0, 0, 1))
        .containsEntry(Relation.SERIES, new Score(0, 0, 1))
        .containsEntry(Relation.ATTENDEE, new Score(0, 0, 1))
        .containsEntry(Relation.TALK, new Score(0, 0, 1))
        .containsEntry(Relation.PRESENTER, new Score(0, 0, 1));
  }

  @Test
  void microAveragesSumTheCountsOfEveryNote() {
    assertThat(otter.micro().get(Relation.DATE)).isEqualTo(new Score(1, 0, 1));
    assertThat(otter.micro().get(Relation.ATTENDEE)).isEqualTo(new Score(2, 2, 2));
  }

  @Test
  void seriesNamesEqualAfterNormalisingShareOneIriCount() {
    assertThat(otter.seriesIris())
        .containsOnlyKeys("Otter community call")
        .containsEntry(
            "Otter community call",
            java.util.Set.of("https://w3id.org/notegraph/id/series/otter-community-call"));
  }

  @Test
  void aGoldPathMatchesASourcePathThatEndsWithIt() {
    Dataset ds = trig(document("notes/otter/2031-03-04.md", "2031-03-04"));
    EvalReport r = GraphScorer.score(ds, List.of(gold("otter/2031-03-04.md", "date\t2031-03-04")));
    assertThat(r.notes().get(0).sourcePath()).contains("notes/otter/2031-03-04.md");
    assertThat(r.notes().get(0).scores().get(Relation.DATE)).isEqualTo(new Score(1, 0, 0));
  }

  @Test
  void aPathSharingOnlyAFileNameIsNotTheNote() {
    Dataset ds = trig(document("other/2031-03-04.md", "2031-03-04"));
    EvalReport r = GraphScorer.score(ds, List.of(gold("otter/2031-03-04.md", "date\t2031-03-04")));
    assertThat(r.missingNotes()).containsExactly("otter/2031-03-04.md");
  }

  @Test
  void aWrongDateIsBothAFalsePositiveAndAFalseNegative() {
    Dataset ds = trig(document("n.md", "2031-03-05"));
    EvalReport r = GraphScorer.score(ds, List.of(gold("n.md", "date\t2031-03-04")));
    assertThat(r.notes().get(0).scores().get(Relation.DATE)).isEqualTo(new Score(0, 1, 1));
  }

  @Test
  void affiliationsTheDocumentStatesWinOverTheEntitiesGraph() {
    String doc =
        document("n.md", "2031-03-04")
            .replace(
                "}",
                """
                  <doc/n.md> schema:mentions <person/ada> .
                  <person/ada> schema:affiliation <organization/acme> .
                }
                <graph/entities> {
                  <person/ada> a schema:Person ; foaf:name "Ada Quill" ;
                      schema:affiliation <organization/globex> .
                  <organization/acme> a schema:Organization ; foaf:name "Acme" .
                  <organization/globex> a schema:Organization ; foaf:name "Globex" .
                }
                """);
    EvalReport r =
        GraphScorer.score(trig(doc), List.of(gold("n.md", "affiliation\tAda Quill\tAcme")));
    assertThat(r.notes().get(0).affiliationSource()).isEqualTo("document");
    assertThat(r.notes().get(0).scores().get(Relation.AFFILIATION)).isEqualTo(new Score(1, 0, 0));
  }

  @Test
  void aSharedTaskMatchesAnActionOfAnyOfItsAgents() {
    String doc =
        document("n.md", "2031-03-04")
            .replace(
                "}",
                """
                  <meeting/m> ng:actionItem <meeting/m/action/1> .
                  <meeting/m/action/1> schema:name "draft the survey" ;
                      schema:agent <person/bo> .
                  <person/bo> a schema:Person ; foaf:name "Bo Lund" .
                }
                """);
    EvalReport r =
        GraphScorer.score(
            trig(doc), List.of(gold("n.md", "action\tAda Quill|Bo Lund\tdraft the survey")));
    assertThat(r.notes().get(0).scores().get(Relation.ACTION)).isEqualTo(new Score(1, 0, 0));
  }

  private static String document(String path, String day) {
    return PREFIXES
        +
"""
<doc/%1$s> {
  <doc/%1$s> ng:sourcePath "%1$s" ; schema:about <meeting/m> .
  <meeting/m> schema:startDate "%2$sT09:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> ;
      schema:superEvent <series/s> .
  <series/s> a schema:EventSeries ; schema:name "S" .
}
"""
            .formatted(path, day);
  }

  private static OpenGold gold(String note, String... rows) {
    return OpenGoldReader.read(
        "g.gold.tsv", "note\t" + note + "\n" + String.join("\n", rows) + "\n");
  }

  private static Dataset trig(String text) {
    return RDFParser.fromString(text, Lang.TRIG).toDataset();
  }
}
