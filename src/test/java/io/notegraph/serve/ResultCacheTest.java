package io.notegraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** A read-only server answers a repeated SELECT from memory, and only when it may. */
class ResultCacheTest {
  private static final String NAMES = "SELECT ?o { GRAPH ?g { ?s ?p ?o } } ORDER BY ?o";

  @Test
  void repeatedSelectIsAnsweredFromMemoryWithItsTruncationMark() {
    DatasetGraph dsg = dataset(3);
    NotegraphServer server =
        NotegraphServer.builder().dataset(dsg).port(0).resultLimit(2).cacheResults(true).build();
    server.start();
    try {
      HttpResponse<String> first = ask(server);
      add(dsg, "v9"); // behind the server's back: a cached answer cannot see it
      HttpResponse<String> second = ask(server);

      assertThat(second.body()).isEqualTo(first.body());
      assertThat(second.headers().firstValue(CappedQuery.TRUNCATED)).hasValue("2");
    } finally {
      server.stop();
    }
  }

  @Test
  void aKeptAnswerIsWrittenInTheFormatEachRequestAsksFor() {
    DatasetGraph dsg = dataset(2);
    NotegraphServer server =
        NotegraphServer.builder().dataset(dsg).port(0).cacheResults(true).build().start();
    try {
      ask(server); // evaluated and kept
      HttpResponse<String> csv =
          Http.get(server.baseUrl() + "/notegraph/sparql?query=" + Http.encode(NAMES), "text/csv");

      assertThat(csv.statusCode()).isEqualTo(200);
      assertThat(csv.body().lines()).containsExactly("o", "v0", "v1");
    } finally {
      server.stop();
    }
  }

  @Test
  void datasetHandedInIsEvaluatedEveryTimeByDefault() {
    DatasetGraph dsg = dataset(1);
    NotegraphServer server = NotegraphServer.builder().dataset(dsg).port(0).build().start();
    try {
      String before = ask(server).body();
      add(dsg, "v0a");
      String after = ask(server).body();

      assertThat(before).doesNotContain("v0a");
      assertThat(after).contains("v0a");
    } finally {
      server.stop();
    }
  }

  private static HttpResponse<String> ask(NotegraphServer server) {
    return Http.get(
        server.baseUrl() + "/notegraph/sparql?query=" + Http.encode(NAMES),
        "application/sparql-results+json");
  }

  private static DatasetGraph dataset(int n) {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    for (int i = 0; i < n; i++) add(dsg, "v" + i);
    return dsg;
  }

  private static void add(DatasetGraph dsg, String value) {
    Txn.executeWrite(
        dsg,
        () ->
            dsg.add(
                new Quad(
                    NodeFactory.createURI("urn:g"),
                    NodeFactory.createURI("urn:s:" + value),
                    NodeFactory.createURI("urn:p"),
                    NodeFactory.createLiteralString(value))));
  }
}
