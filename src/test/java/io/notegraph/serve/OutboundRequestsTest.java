package io.notegraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server fetches nothing on a client's behalf unless told to. */
class OutboundRequestsTest {
  private ServerSocket listener;
  private final AtomicInteger connections = new AtomicInteger();
  private Thread acceptor;

  @BeforeEach
  void listen() throws IOException {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor =
        new Thread(
            () -> {
              while (!listener.isClosed()) {
                try (Socket s = listener.accept()) {
                  connections.incrementAndGet();
                } catch (IOException closed) {
                  return;
                }
              }
            });
    acceptor.setDaemon(true);
    acceptor.start();
  }

  @AfterEach
  void close() throws IOException {
    listener.close();
  }

  private String target() {
    return "http://127.0.0.1:" + listener.getLocalPort() + "/sparql";
  }

  @Test
  void serviceClausesReachNoListener() throws Exception {
    NotegraphServer server =
        started(NotegraphServer.builder().dataset(DatasetGraphFactory.createTxnMem()));
    try {
      String direct = "SELECT * { SERVICE <" + target() + "> { ?s ?p ?o } }";
      String viaBind = "SELECT * { BIND(<" + target() + "> AS ?u) SERVICE ?u { ?s ?p ?o } }";
      String silent = "SELECT * { SERVICE SILENT <" + target() + "> { ?s ?p ?o } }";
      for (String q : new String[] {direct, viaBind, silent}) {
        HttpResponse<String> r =
            Http.post(server.baseUrl() + "/notegraph/sparql", "application/sparql-query", q);
        assertThat(r.body()).doesNotContain("Connection refused");
      }
      Thread.sleep(200);
      assertThat(connections.get()).isZero();
    } finally {
      server.stop();
    }
  }

  @Test
  void serviceReachesTheListenerOnlyWhenAllowed() throws Exception {
    NotegraphServer server =
        started(
            NotegraphServer.builder()
                .dataset(DatasetGraphFactory.createTxnMem())
                .allowService(true));
    try {
      Http.post(
          server.baseUrl() + "/notegraph/sparql",
          "application/sparql-query",
          "SELECT * { SERVICE SILENT <" + target() + "> { ?s ?p ?o } }");
      long until = System.currentTimeMillis() + 5000;
      while (connections.get() == 0 && System.currentTimeMillis() < until) Thread.sleep(20);
      assertThat(connections.get()).isPositive();
    } finally {
      server.stop();
    }
  }

  @Test
  void loadOfLocalFilesAndUrlsIsRefusedEvenWhenWritable(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOKEN=hunter2-not-rdf\n", StandardCharsets.UTF_8);
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    NotegraphServer server = started(NotegraphServer.builder().dataset(dsg).writable(true));
    try {
      for (String source : new String[] {secret.toUri().toString(), target()}) {
        HttpResponse<String> r =
            Http.post(
                server.baseUrl() + "/notegraph/update",
                "application/sparql-update",
                "LOAD <" + source + "> INTO GRAPH <urn:x:g>");
        assertThat(r.statusCode()).isBetween(400, 499);
        assertThat(r.body()).contains("disabled").doesNotContain("hunter2");
      }
      Thread.sleep(200);
      assertThat(connections.get()).isZero();
      assertThat(Txn.calculateRead(dsg, dsg::isEmpty)).isTrue();
    } finally {
      server.stop();
    }
  }

  @Test
  void allowedFileLoadOfANonRdfFileDoesNotQuoteIt(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.ttl");
    Files.writeString(secret, "TOKEN=hunter2-not-rdf\n", StandardCharsets.UTF_8);
    NotegraphServer server =
        started(
            NotegraphServer.builder()
                .dataset(DatasetGraphFactory.createTxnMem())
                .writable(true)
                .allowFileLoad(true));
    try {
      HttpResponse<String> r =
          Http.post(
              server.baseUrl() + "/notegraph/update",
              "application/sparql-update",
              "LOAD <" + secret.toUri() + "> INTO GRAPH <urn:x:g>");
      assertThat(r.statusCode()).isBetween(400, 499);
      assertThat(r.body()).doesNotContain("hunter2").doesNotContain("TOKEN");
    } finally {
      server.stop();
    }
  }

  private static NotegraphServer started(NotegraphServer.Builder b) {
    return b.port(0).build().start();
  }
}
