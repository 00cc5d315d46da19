package io.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.serve.NotegraphServer;
import io.notegraph.store.Fixtures;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.GSP;
import org.junit.jupiter.api.Test;

class PushCommandTest {
  @Test
  void everyNamedGraphArrivesIntactAtAWritableFuseki() {
    NotegraphServer target =
        NotegraphServer.builder()
            .dataset(DatasetGraphFactory.createTxnMem())
            .port(0)
            .writable(true)
            .build()
            .start();
    try {
      String data = target.baseUrl() + "/notegraph/data";
      CliRun r = CliRun.of("push", "--endpoint", data, Fixtures.sample().toString());

      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out()).startsWith("pushed 3 graphs (");
      DatasetGraph expected = Fixtures.parse(Fixtures.sample());
      for (String g : List.of(Fixtures.DOC_JAN, Fixtures.DOC_FEB, Fixtures.ENTITIES)) {
        Graph back = GSP.service(data).graphName(g).GET();
        assertThat(back.isIsomorphicWith(Fixtures.graph(expected, g))).as(g).isTrue();
      }
    } finally {
      target.stop();
    }
  }

  @Test
  void refusalNamesTheGraphAndTheHttpStatus() {
    NotegraphServer readOnly =
        NotegraphServer.builder()
            .dataset(DatasetGraphFactory.createTxnMem())
            .port(0)
            .build()
            .start();
    try {
      CliRun r =
          CliRun.of(
              "push",
              "--endpoint",
              readOnly.baseUrl() + "/notegraph/get",
              Fixtures.sample().toString());

      assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
      assertThat(r.err()).contains("graph <" + Fixtures.DOC_JAN + ">: HTTP 405");
    } finally {
      readOnly.stop();
    }
  }
}
