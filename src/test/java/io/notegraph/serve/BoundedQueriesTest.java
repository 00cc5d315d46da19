package io.notegraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.store.GraphStore;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One request cannot make the server work without bound, or keep it from stopping. */
class BoundedQueriesTest {
  private static final String SPARQL = "/notegraph/sparql";
  private static final String SELECT = "application/sparql-query";

  @Test
  void queryTextOverTheLimitIsRefusedUnparsed() {
    NotegraphServer server = inMemory(NotegraphServer.builder(), 10);
    try {
      String huge = "# " + "comment ".repeat(40_000) + "\nASK {}";
      long start = System.nanoTime();
      HttpResponse<String> r = Http.post(server.baseUrl() + SPARQL, SELECT, huge);

      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(r.body()).contains("over this server's limit");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      assertThat(Http.post(server.baseUrl() + SPARQL, SELECT, "ASK {}").statusCode())
          .isEqualTo(200);
    } finally {
      server.stop();
    }
  }

  @Test
  void hugeInListIsRefusedBeforeTheOptimiserSeesIt() {
    // 200,000 values: 37 s in ARQ's optimiser, which no timeout interrupts.
    NotegraphServer server = inMemory(NotegraphServer.builder().maxQueryChars(4_000_000), 10);
    try {
      StringBuilder q = new StringBuilder("SELECT ?s { ?s ?p ?o FILTER(?o IN (");
      for (int i = 0; i < 200_000; i++) q.append(i == 0 ? "" : ",").append(i);
      q.append(")) }");
      long start = System.nanoTime();
      HttpResponse<String> r = Http.post(server.baseUrl() + SPARQL, SELECT, q.toString());

      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body()).contains("terms");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    } finally {
      server.stop();
    }
  }

  @Test
  void selectCutAtTheResultLimitSaysSo() {
    NotegraphServer cut = inMemory(NotegraphServer.builder().resultLimit(4), 5);
    NotegraphServer fits = inMemory(NotegraphServer.builder().resultLimit(5), 5);
    try {
      String all = "SELECT ?s { GRAPH ?g { ?s ?p ?o } }";
      String json = "application/sparql-results+json";
      HttpResponse<String> cutAnswer =
          Http.get(cut.baseUrl() + SPARQL + "?query=" + Http.encode(all), json);
      HttpResponse<String> fitAnswer =
          Http.get(fits.baseUrl() + SPARQL + "?query=" + Http.encode(all), json);

      assertThat(cutAnswer.headers().firstValue(CappedQuery.TRUNCATED)).hasValue("4");
      assertThat(cutAnswer.body().split("\"s\"\\s*:", -1)).hasSize(4 + 1);
      assertThat(fitAnswer.headers().firstValue(CappedQuery.TRUNCATED)).isEmpty();
      assertThat(fitAnswer.body().split("\"s\"\\s*:", -1)).hasSize(5 + 1);
    } finally {
      cut.stop();
      fits.stop();
    }
  }

  @Test
  void stoppingWithAQueryRunningClosesTheDatabase(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("tdb2");
    try (GraphStore store = GraphStore.builder().database(db).build()) {
      store.load(triples(3000));
    }
    NotegraphServer server =
        NotegraphServer.builder()
            .database(db)
            .port(0)
            .queryTimeout(Duration.ofMinutes(5))
            .build()
            .start();
    String crossProduct = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    CompletableFuture<Integer> client =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return Http.post(server.baseUrl() + SPARQL, SELECT, crossProduct).statusCode();
              } catch (RuntimeException closed) {
                return -1;
              }
            });
    Thread.sleep(1500);
    assertThat(client).isNotDone();

    long start = System.nanoTime();
    server.stop();

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    client.get(10, TimeUnit.SECONDS);
    // The database was released: it opens again in this JVM.
    try (GraphStore again = GraphStore.builder().database(db).build()) {
      assertThat(again.graphCount()).isEqualTo(1);
    }
  }

  private static NotegraphServer inMemory(NotegraphServer.Builder b, int triples) {
    return b.dataset(triples(triples)).port(0).build().start();
  }

  private static DatasetGraph triples(int n) {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    Txn.executeWrite(
        dsg,
        () -> {
          for (int i = 0; i < n; i++) {
            dsg.add(
                new Quad(
                    NodeFactory.createURI("urn:g"),
                    NodeFactory.createURI("urn:s:" + i),
                    NodeFactory.createURI("urn:p"),
                    NodeFactory.createLiteralString("v" + i)));
          }
        });
    return dsg;
  }
}
