package io.notegraph.store;

import static io.notegraph.store.Fixtures.DOC_FEB;
import static io.notegraph.store.Fixtures.DOC_JAN;
import static io.notegraph.store.Fixtures.DOC_MAR;
import static io.notegraph.store.Fixtures.ENTITIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphStoreTest {
  @TempDir Path dir;
  private GraphStore store;

  @BeforeEach
  void open() {
    store = GraphStore.builder().database(dir.resolve("tdb2")).build();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void firstLoadAddsOneGraphPerDocumentPlusEntities() {
    LoadReport r = store.load(Fixtures.sample());

    assertThat(r.added()).containsExactly(DOC_JAN, DOC_FEB, ENTITIES);
    assertThat(r.replaced()).isEmpty();
    assertThat(store.graphCount()).isEqualTo(3);
    assertThat(Fixtures.graph(store.datasetGraph(), DOC_JAN))
        .matches(
            g -> g.isIsomorphicWith(Fixtures.graph(Fixtures.parse(Fixtures.sample()), DOC_JAN)));
  }

  @Test
  void defaultGraphIsTheUnionOfTheNamedGraphs() {
    store.load(Fixtures.sample());

    // Presenters come from the document graphs, their names from the entities graph.
    assertThat(
            select(
                "SELECT DISTINCT ?name { ?s <https://schema.org/performer> ?p ."
                    + " ?p <http://xmlns.com/foaf/0.1/name> ?name } ORDER BY ?name",
                "name"))
        .containsExactly("Ada Quill", "Bram Ostrander", "Cleo Marsh");
  }

  @Test
  void rerunOverUnchangedInputChangesNothing() {
    store.load(Fixtures.sample());

    LoadReport again = store.load(Fixtures.sample());

    assertThat(again.nothingChanged()).isTrue();
    assertThat(again.quadsWritten()).isZero();
    assertThat(again.summary()).isEqualTo("unchanged: 3 graphs; nothing to do");
  }

  @Test
  void changedDocumentIsTheOnlyGraphReplaced() {
    store.load(Fixtures.sample());

    LoadReport r = store.load(Fixtures.sampleChanged());

    assertThat(r.replaced()).containsExactly(DOC_JAN);
    assertThat(r.added()).containsExactly(DOC_MAR);
    assertThat(r.unchanged()).containsExactly(DOC_FEB, ENTITIES);
    assertThat(r.removed()).isEmpty();
    assertThat(
            select(
                "SELECT ?t { ?s <https://schema.org/position> 2 ;"
                    + " <https://schema.org/name> ?t }",
                "t"))
        .containsExactly("Rootless networking deep dive");
  }

  @Test
  void documentMissingFromInputLosesItsGraph() {
    store.load(Fixtures.sample());
    DatasetGraph withoutFeb = Fixtures.parse(Fixtures.sample());
    Txn.executeWrite(withoutFeb, () -> withoutFeb.removeGraph(NodeFactory.createURI(DOC_FEB)));

    LoadReport r = store.load(withoutFeb);

    assertThat(r.removed()).containsExactly(DOC_FEB);
    assertThat(r.unchanged()).containsExactly(DOC_JAN, ENTITIES);
    assertThat(store.graphCount()).isEqualTo(2);
  }

  @Test
  void failureInTheMiddleOfALoadLeavesTheStoreAsItWas() {
    store.load(Fixtures.sample());
    Graph janBefore = Fixtures.graph(store.datasetGraph(), DOC_JAN);
    // January is rewritten first (sorted order), then reading March fails.
    DatasetGraph failing = failingOn(Fixtures.parse(Fixtures.sampleChanged()), DOC_MAR);

    assertThatThrownBy(() -> store.load(failing)).hasMessageContaining("disk on fire");

    assertThat(store.graphCount()).isEqualTo(3);
    assertThat(Fixtures.graph(store.datasetGraph(), DOC_JAN).isIsomorphicWith(janBefore)).isTrue();
    assertThat(store.load(Fixtures.sample()).nothingChanged()).isTrue();
  }

  @Test
  void storeSurvivesReopeningAndStillCompares() {
    store.load(Fixtures.sample());
    store.close();
    store = GraphStore.builder().database(dir.resolve("tdb2")).build();

    assertThat(store.load(Fixtures.sample()).summary())
        .isEqualTo("unchanged: 3 graphs; nothing to do");
  }

  @Test
  void bulkLoaderFillsAnEmptyStoreWithTheSameGraphs() {
    store.close();
    store = GraphStore.builder().database(dir.resolve("bulk")).bulkThreshold(1).build();

    LoadReport r = store.load(Fixtures.sample());

    assertThat(r.added()).containsExactly(DOC_JAN, DOC_FEB, ENTITIES);
    DatasetGraph expected = Fixtures.parse(Fixtures.sample());
    for (String g : List.of(DOC_JAN, DOC_FEB, ENTITIES)) {
      assertThat(
              Fixtures.graph(store.datasetGraph(), g).isIsomorphicWith(Fixtures.graph(expected, g)))
          .as(g)
          .isTrue();
    }
    assertThat(store.load(Fixtures.sample()).nothingChanged()).isTrue();
  }

  @Test
  void nonCanonicalLiteralsDoNotLookChangedOnTheNextRun() {
    DatasetGraph in = Fixtures.parse(Fixtures.sample());
    Node doc = NodeFactory.createURI(DOC_JAN);
    Txn.executeWrite(
        in,
        () ->
            in.add(
                doc,
                doc,
                NodeFactory.createURI("https://w3id.org/notegraph/ontology#repairCount"),
                NodeFactory.createLiteralDT(
                    "007", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
    store.load(in);

    assertThat(store.load(in).nothingChanged()).isTrue();
  }

  private List<String> select(String query, String var) {
    List<String> values = new ArrayList<>();
    Txn.executeRead(
        store.datasetGraph(),
        () -> {
          try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
              QuerySolution row = rs.next();
              values.add(
                  row.get(var).isLiteral()
                      ? row.getLiteral(var).getLexicalForm()
                      : row.get(var).toString());
            }
          }
        });
    return values;
  }

  private static DatasetGraph failingOn(DatasetGraph dsg, String graph) {
    return new DatasetGraphWrapper(dsg) {
      @Override
      public Graph getGraph(Node name) {
        if (name.getURI().equals(graph)) throw new IllegalStateException("disk on fire");
        return super.getGraph(name);
      }
    };
  }
}
