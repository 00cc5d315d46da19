package io.notegraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.query.QueryCatalog;
import io.notegraph.rdf.Prefixes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** The Fuseki UI offers the catalog and our prefixes, and no write actions when read-only. */
class FusekiUiPatchTest {
  @Test
  void queryEditorOffersTheCatalogAndOurPrefixesAndReadOnlyHidesWriteActions() throws Exception {
    List<String> patched = new java.util.ArrayList<>();
    NotegraphServer server =
        NotegraphServer.builder()
            .dataset(DatasetGraphFactory.createTxnMem())
            .port(0)
            .customize(
                fb ->
                    patched.addAll(
                        FusekiUiPatch.install(
                            fb,
                            QueryCatalog.onClasspath().entries(),
                            Prefixes.all("https://w3id.org/notegraph/id/"),
                            false)))
            .build()
            .start();
    try {
      String editor =
          patched.stream().filter(n -> n.startsWith("Query-")).findFirst().orElseThrow();
      String main = patched.stream().filter(n -> n.startsWith("index-")).findFirst().orElseThrow();

      String js = get(server.baseUrl() + "/static/" + editor);
      assertThat(js)
          .contains("\"text\":\"Attendees of a meeting\"")
          .contains("{\"uri\":\"https://schema.org/\",\"text\":\"schema\"}")
          .contains("{\"uri\":\"https://w3id.org/notegraph/ontology#\",\"text\":\"ng\"}")
          .doesNotContain("Selection of classes");
      assertThat(get(server.baseUrl() + "/static/" + main))
          .endsWith("document.head.appendChild(s);})();\n")
          .contains("data-icon=\\\"upload\\\"");
    } finally {
      server.stop();
    }
  }

  private static String get(String url) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(url).isEqualTo(200);
    return r.body();
  }
}
