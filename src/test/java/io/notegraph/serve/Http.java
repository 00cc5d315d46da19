package io.notegraph.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/** A few HTTP calls for server tests, on java.net.http. */
final class Http {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private Http() {}

  static HttpResponse<String> get(String url, String accept) {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build());
  }

  static HttpResponse<String> post(String url, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Runs a SELECT with GET and returns the values of {@code var}, in result order. */
  static List<String> select(String endpoint, String query, String var) {
    String url = endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    HttpResponse<String> r = get(url, "application/sparql-results+json");
    if (r.statusCode() != 200) throw new AssertionError("HTTP " + r.statusCode() + ": " + r.body());
    ResultSet rs =
        ResultSetMgr.read(
            new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
            ResultSetLang.RS_JSON);
    List<String> values = new ArrayList<>();
    rs.forEachRemaining(
        row ->
            values.add(
                row.get(var).isLiteral()
                    ? row.getLiteral(var).getLexicalForm()
                    : row.get(var).toString()));
    return values;
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * Sends once more if the first try finds its connection closed: after refusing a request with a
   * body, the server closes the connection, and the client may already have pooled it for the next
   * request (the read-only test failed that way once).
   */
  private static HttpResponse<String> send(HttpRequest request) {
    try {
      try {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException closed) {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
