package io.notegraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.query.CatalogEntry;
import io.notegraph.query.QueryCatalog;
import io.notegraph.store.Fixtures;
import io.notegraph.store.GraphStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read-only server answers a repeated query with bytes written once: they are the bytes a fresh
 * evaluation writes, for every catalog query in every result format, plain or gzipped; a writable
 * server keeps nothing.
 */
class KeptRepliesTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final List<String> FORMATS =
      List.of(
          "application/sparql-results+json",
          "application/sparql-results+xml",
          "text/csv",
          "text/tab-separated-values",
          "text/plain",
          "application/sparql-results+thrift");

  @TempDir Path dir;

  @Test
  void keptBytesAreAFreshEvaluationsForEveryCatalogQueryAndFormat() {
    List<CatalogEntry> catalog = QueryCatalog.onClasspath().entries();
    try (GraphStore store = GraphStore.builder().database(dir.resolve("tdb2")).build()) {
      store.load(Fixtures.sample());
      NotegraphServer kept = server(store.datasetGraph(), true);
      NotegraphServer fresh = server(store.datasetGraph(), false);
      try {
        for (CatalogEntry q : catalog) {
          for (String format : FORMATS) {
            String query = "?query=" + Http.encode(q.sparql());
            HttpResponse<byte[]> expected = get(fresh, query, format, false);
            HttpResponse<byte[]> first = get(kept, query, format, false);
            HttpResponse<byte[]> again = get(kept, query, format, false);
            HttpResponse<byte[]> zipped = get(kept, query, format, true);
            String what = q.name() + " as " + format;

            assertThat(expected.statusCode()).as(what).isEqualTo(200);
            assertThat(first.body()).as(what).isEqualTo(expected.body());
            assertThat(again.body()).as(what).isEqualTo(expected.body());
            assertThat(zipped.headers().firstValue("Content-Encoding")).as(what).hasValue("gzip");
            assertThat(gunzip(zipped.body())).as(what).isEqualTo(expected.body());
            assertThat(again.headers().firstValue("Content-Type"))
                .as(what)
                .isEqualTo(expected.headers().firstValue("Content-Type"));
            assertThat(again.headers().firstValue(CappedQuery.TRUNCATED))
                .as(what)
                .isEqualTo(expected.headers().firstValue(CappedQuery.TRUNCATED));
          }
        }
        String csv = "?query=" + Http.encode(catalog.get(0).sparql()) + "&output=csv";
        assertThat(get(kept, csv, "application/sparql-results+json", false).body())
            .isEqualTo(get(fresh, csv, "application/sparql-results+json", false).body());
      } finally {
        kept.stop();
        fresh.stop();
      }
    }
  }

  @Test
  void writableServerEvaluatesEveryTimeEvenWhenAskedToKeepAnswers() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    add(dsg, "before");
    NotegraphServer server =
        NotegraphServer.builder().dataset(dsg).port(0).writable(true).cacheResults(true).build();
    server.start();
    try {
      String query = "?query=" + Http.encode("SELECT ?o { GRAPH ?g { ?s ?p ?o } } ORDER BY ?o");
      String first = new String(get(server, query, "text/csv", false).body());
      String update = "INSERT DATA { GRAPH <urn:g> { <urn:s:after> <urn:p> \"after\" } }";
      Http.post(server.baseUrl() + "/notegraph/update", "application/sparql-update", update);
      String second = new String(get(server, query, "text/csv", false).body());

      assertThat(first.lines()).containsExactly("o", "before");
      assertThat(second.lines()).containsExactly("o", "after", "before");
    } finally {
      server.stop();
    }
  }

  @Test
  void gzipIsSentOnlyWhenTheClientAcceptsIt() {
    assertThat(KeptReplies.acceptsGzip("gzip, deflate, br")).isTrue();
    assertThat(KeptReplies.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
    assertThat(KeptReplies.acceptsGzip("*")).isTrue();
    assertThat(KeptReplies.acceptsGzip(null)).isFalse();
    assertThat(KeptReplies.acceptsGzip("identity")).isFalse();
    assertThat(KeptReplies.acceptsGzip("gzip;q=0")).isFalse();
    assertThat(KeptReplies.acceptsGzip("*;q=1, gzip;q=0")).isFalse();
  }

  private static NotegraphServer server(DatasetGraph dsg, boolean keep) {
    return NotegraphServer.builder().dataset(dsg).port(0).cacheResults(keep).build().start();
  }

  private static HttpResponse<byte[]> get(
      NotegraphServer server, String query, String accept, boolean gzip) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/notegraph/sparql" + query))
            .header("Accept", accept);
    if (gzip) b.header("Accept-Encoding", "gzip");
    try {
      return CLIENT.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] gunzip(byte[] bytes) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
