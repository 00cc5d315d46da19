package io.notegraph.serve;

import static io.notegraph.store.Fixtures.DOC_FEB;
import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.store.Fixtures;
import io.notegraph.store.GraphStore;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotegraphServerTest {
  private static final String PRESENTERS =
      "SELECT DISTINCT ?name { ?s <https://schema.org/performer> ?p ."
          + " ?p <http://xmlns.com/foaf/0.1/name> ?name } ORDER BY ?name";

  @TempDir static Path dir;
  private static GraphStore store;
  private static NotegraphServer server;

  @BeforeAll
  static void start() {
    store = GraphStore.builder().database(dir.resolve("tdb2")).build();
    store.load(Fixtures.sample());
    server = NotegraphServer.builder().dataset(store.datasetGraph()).port(0).build().start();
  }

  @AfterAll
  static void stop() {
    server.stop();
    store.close();
  }

  private static String ds() {
    return server.baseUrl() + NotegraphServer.DATASET;
  }

  @Test
  void portZeroBindsAFreePortOnLoopback() {
    assertThat(server.port()).isPositive().isNotEqualTo(3030);
    assertThat(server.baseUrl()).startsWith("http://127.0.0.1:");
  }

  @Test
  void sparqlEndpointAnswersOverTheUnionOfGraphs() {
    assertThat(Http.select(ds() + "/sparql", PRESENTERS, "name"))
        .containsExactly("Ada Quill", "Bram Ostrander", "Cleo Marsh");
    assertThat(Http.select(ds() + "/query", PRESENTERS, "name")).hasSize(3);
  }

  @Test
  void graphStoreProtocolReturnsOneDocumentGraph() {
    HttpResponse<String> r = Http.get(ds() + "/get?graph=" + Http.encode(DOC_FEB), "text/turtle");

    assertThat(r.statusCode()).isEqualTo(200);
    Graph got = GraphFactory.createDefaultGraph();
    RDFParser.fromString(r.body()).lang(Lang.TURTLE).parse(got);
    Graph expected = Fixtures.graph(Fixtures.parse(Fixtures.sample()), DOC_FEB);
    assertThat(got.isIsomorphicWith(expected)).isTrue();
  }

  @Test
  void updatesAreRefusedWhenReadOnly() {
    String update = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";

    assertThat(Http.post(ds() + "/update", "application/sparql-update", update).statusCode())
        .isBetween(400, 499);
    assertThat(Http.post(ds() + "/sparql", "application/sparql-update", update).statusCode())
        .isBetween(400, 499);
    assertThat(
            Http.post(ds() + "/data?graph=urn:x:g", "text/turtle", "<urn:x:s> <urn:x:p> 1 .")
                .statusCode())
        .isBetween(400, 499);
    assertThat(store.graphCount()).isEqualTo(3);
  }

  @Test
  void fusekiUiIsServedAtTheRootAndListsTheDataset() {
    HttpResponse<String> root = Http.get(server.baseUrl() + "/", "text/html");
    HttpResponse<String> status = Http.get(server.baseUrl() + "/$/server", "application/json");

    assertThat(root.statusCode()).isEqualTo(200);
    assertThat(root.body()).contains("<title>Apache Jena Fuseki UI</title>");
    assertThat(status.body()).contains("\"/notegraph\"");
  }

  @Test
  void updatesAreAcceptedWhenWritable() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    NotegraphServer rw =
        NotegraphServer.builder().dataset(dsg).port(0).writable(true).build().start();
    try {
      String update = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
      HttpResponse<String> r =
          Http.post(rw.baseUrl() + "/notegraph/update", "application/sparql-update", update);

      assertThat(r.statusCode()).isBetween(200, 204);
      assertThat(
              Txn.calculateRead(dsg, () -> dsg.getGraph(NodeFactory.createURI("urn:x:g")).size()))
          .isEqualTo(1);
    } finally {
      rw.stop();
    }
  }

  @Test
  void requestBodyOverTheLimitIsRejected() {
    NotegraphServer small =
        NotegraphServer.builder()
            .dataset(store.datasetGraph())
            .port(0)
            .maxRequestBytes(1024)
            .build()
            .start();
    try {
      String padded = PRESENTERS + "\n#" + "x".repeat(4096);
      HttpResponse<String> r =
          Http.post(small.baseUrl() + "/notegraph/sparql", "application/sparql-query", padded);
      HttpResponse<String> ok =
          Http.post(small.baseUrl() + "/notegraph/sparql", "application/sparql-query", PRESENTERS);

      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(ok.statusCode()).isEqualTo(200);
    } finally {
      small.stop();
    }
  }

  @Test
  void resultsAreCappedAtTheResultLimit() {
    NotegraphServer capped =
        NotegraphServer.builder().dataset(store.datasetGraph()).port(0).resultLimit(2).build();
    capped.start();
    try {
      assertThat(Http.select(capped.baseUrl() + "/notegraph/sparql", PRESENTERS, "name"))
          .containsExactly("Ada Quill", "Bram Ostrander");
    } finally {
      capped.stop();
    }
  }

  @Test
  void queryRunningPastTheTimeoutIsCutOff() {
    DatasetGraph big = DatasetGraphFactory.createTxnMem();
    Txn.executeWrite(
        big,
        () -> {
          for (int i = 0; i < 3000; i++) {
            big.getDefaultGraph()
                .add(
                    NodeFactory.createURI("urn:s:" + i),
                    NodeFactory.createURI("urn:p"),
                    NodeFactory.createLiteralString("v" + i));
          }
        });
    NotegraphServer slow =
        NotegraphServer.builder()
            .dataset(big)
            .port(0)
            .queryTimeout(Duration.ofMillis(500))
            .build()
            .start();
    try {
      // 3000^3 rows to count: would run for hours.
      String crossProduct = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
      HttpResponse<String> r =
          Http.get(
              slow.baseUrl() + "/notegraph/sparql?query=" + Http.encode(crossProduct),
              "application/sparql-results+json");

      assertThat(r.statusCode()).isEqualTo(503);
    } finally {
      slow.stop();
    }
  }
}
