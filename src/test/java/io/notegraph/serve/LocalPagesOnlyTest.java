package io.notegraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pages of other sites, and names rebound to 127.0.0.1, do not reach the local server. */
class LocalPagesOnlyTest {
  private static final String FORM = "query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
  private static NotegraphServer server;

  @BeforeAll
  static void start() {
    server =
        NotegraphServer.builder()
            .dataset(DatasetGraphFactory.createTxnMem())
            .port(0)
            .allowHost("notes.example.org")
            .build()
            .start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static String self() {
    return "127.0.0.1:" + server.port();
  }

  @Test
  void foreignHostHeaderIsRefused() throws IOException {
    assertThat(status(get("evil.example"))).isEqualTo(421);
    assertThat(status(get("evil.example:" + server.port()))).isEqualTo(421);
    assertThat(status(get("127.0.0.1.evil.example"))).isEqualTo(421);
  }

  @Test
  void loopbackNamesAndAllowedHostsAreServed() throws IOException {
    assertThat(status(get(self()))).isEqualTo(200);
    assertThat(status(get("localhost:" + server.port()))).isEqualTo(200);
    assertThat(status(get("[::1]:" + server.port()))).isEqualTo(200);
    assertThat(status(get("Notes.Example.Org"))).isEqualTo(200);
  }

  @Test
  void crossSitePostIsRefused() throws IOException {
    assertThat(status(post("Origin: http://evil.example\r\n"))).isEqualTo(403);
    assertThat(status(post("Sec-Fetch-Site: cross-site\r\n"))).isEqualTo(403);
    assertThat(status(post("Origin: null\r\n"))).isEqualTo(403);
    // Another local web application is another origin too.
    assertThat(status(post("Origin: http://127.0.0.1:1\r\n"))).isEqualTo(403);
  }

  @Test
  void sameOriginAndNonBrowserPostsAreServed() throws IOException {
    assertThat(status(post(""))).isEqualTo(200);
    assertThat(status(post("Origin: http://" + self() + "\r\nSec-Fetch-Site: same-origin\r\n")))
        .isEqualTo(200);
  }

  @Test
  void noCorsHeadersByDefault() throws IOException {
    String preflight =
        exchange(
            "OPTIONS /notegraph/sparql HTTP/1.1\r\nHost: "
                + self()
                + "\r\nOrigin: http://evil.example\r\nAccess-Control-Request-Method: POST\r\n"
                + "Connection: close\r\n\r\n");
    String get =
        exchange(
            "GET /notegraph/sparql?"
                + FORM
                + " HTTP/1.1\r\nHost: "
                + self()
                + "\r\nOrigin: http://evil.example\r\nConnection: close\r\n\r\n");
    assertThat(preflight.toLowerCase()).doesNotContain("access-control-allow-origin");
    assertThat(get.toLowerCase()).doesNotContain("access-control-allow-origin");
  }

  private static String get(String host) throws IOException {
    return exchange(
        "GET /notegraph/sparql?"
            + FORM
            + " HTTP/1.1\r\nHost: "
            + host
            + "\r\nConnection: close\r\n\r\n");
  }

  private static String post(String extraHeaders) throws IOException {
    return exchange(
        "POST /notegraph/sparql HTTP/1.1\r\nHost: "
            + self()
            + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
            + FORM.length()
            + "\r\n"
            + extraHeaders
            + "Connection: close\r\n\r\n"
            + FORM);
  }

  /** Raw HTTP: java.net.http will not send a Host header of our choosing. */
  private static String exchange(String request) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      return all.toString(StandardCharsets.ISO_8859_1);
    }
  }

  private static int status(String response) {
    return Integer.parseInt(response.substring(9, 12));
  }
}
