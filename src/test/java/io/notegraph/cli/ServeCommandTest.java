package io.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.serve.NotegraphServer;
import io.notegraph.store.Fixtures;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  @TempDir Path dir;
  private final Consumer<NotegraphServer> realWaiter = ServeCommand.waiter;

  @AfterEach
  void restore() {
    ServeCommand.waiter = realWaiter;
  }

  @Test
  void servesAnExistingDatabaseAndPrintsItsUrls() {
    String db = dir.resolve("tdb2").toString();
    CliRun.of("load", "--db", db, Fixtures.sample().toString());
    AtomicReference<String> answer = new AtomicReference<>();
    ServeCommand.waiter = server -> answer.set(ask(server.baseUrl() + "/notegraph/query"));

    CliRun r = CliRun.of("serve", "--db", db, "--port", "0", "--timeout", "5s");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("(read-only)")
        .containsPattern("UI: +http://127\\.0\\.0\\.1:\\d+/")
        .containsPattern("SPARQL query: +http://127\\.0\\.0\\.1:\\d+/notegraph/sparql")
        .doesNotContain("/notegraph/update");
    assertThat(answer.get()).contains("Cleo Marsh");
  }

  @Test
  void servingNotesThatDoNotExistFailsWithTheExtractError() {
    CliRun r =
        CliRun.of(
            "serve",
            "--db",
            dir.resolve("tdb2").toString(),
            dir.resolve("no-such-notes").toString());

    assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(r.err()).contains("no-such-notes").contains("nothing to serve");
  }

  @Test
  void notesAreLoadedStraightIntoTheDatabaseAndAnUnchangedOneIsReused() throws Exception {
    Path notes = notes();
    Path db = dir.resolve("deep/db");
    AtomicReference<String> answer = new AtomicReference<>();
    ServeCommand.waiter = server -> answer.set(ask(server.baseUrl() + "/notegraph/query"));

    CliRun first = CliRun.of("serve", "--db", db.toString(), "--port", "0", notes.toString());
    CliRun again = CliRun.of("serve", "--db", db.toString(), "--port", "0", notes.toString());

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).containsPattern("extract +1 notes: ").contains("added: 2, replaced: 0");
    assertThat(answer.get()).contains("Mara Quell").contains("Tobin Ashgrove");
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out())
        .contains("1 notes unchanged since the last load: database reused as is")
        .doesNotContain("added:");
    // No -o: no graph files at all, beside the database or anywhere else under the test folder.
    try (var files = java.nio.file.Files.walk(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith("notegraph.") && !n.endsWith(".md"));
    }
  }

  @Test
  void inMemoryServesTheNotesWithoutADatabase() throws Exception {
    Path notes = notes();
    Path db = dir.resolve("db");
    AtomicReference<String> answer = new AtomicReference<>();
    AtomicReference<String> viz = new AtomicReference<>();
    ServeCommand.waiter =
        server -> {
          answer.set(ask(server.baseUrl() + "/notegraph/query"));
          viz.set(get(server.baseUrl() + "/viz"));
        };

    CliRun r =
        CliRun.of("serve", "--in-memory", "--db", db.toString(), "--port", "0", notes.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("notegraph serving from memory (read-only)");
    assertThat(answer.get()).contains("Mara Quell").contains("Tobin Ashgrove");
    assertThat(viz.get()).contains("Tobin Ashgrove");
    assertThat(db).doesNotExist();
  }

  @Test
  void writableOnAllInterfacesIsRefusedWithoutConfirmation() {
    String db = dir.resolve("tdb2").toString();
    CliRun.of("load", "--db", db, Fixtures.sample().toString());
    ServeCommand.waiter = server -> {};

    CliRun refused =
        CliRun.of("serve", "--db", db, "--port", "0", "--host", "0.0.0.0", "--writable");
    CliRun confirmed =
        CliRun.of(
            "serve",
            "--db",
            db,
            "--port",
            "0",
            "--host",
            "0.0.0.0",
            "--writable",
            "--expose-writable");

    assertThat(refused.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(refused.err()).contains("--expose-writable");
    assertThat(confirmed.exit()).as(confirmed.err()).isZero();
    assertThat(confirmed.err())
        .contains("warning: listening on 0.0.0.0")
        .contains("warning: --writable");
  }

  @Test
  void federationIsOffUnlessAskedForAndThenWarned() {
    String db = dir.resolve("tdb2").toString();
    CliRun.of("load", "--db", db, Fixtures.sample().toString());
    ServeCommand.waiter = server -> {};

    CliRun plain = CliRun.of("serve", "--db", db, "--port", "0");
    CliRun federated = CliRun.of("serve", "--db", db, "--port", "0", "--allow-service");

    assertThat(plain.err()).doesNotContain("warning");
    assertThat(federated.err()).contains("warning: --allow-service");
  }

  @Test
  void notesAreExtractedToTheOutputFolderNotBesideTheDatabase() throws Exception {
    Path notes = notes();
    Path db = dir.resolve("deep/db");
    Path out = dir.resolve("graph");
    ServeCommand.waiter = server -> {};

    CliRun r =
        CliRun.of(
            "serve", "--db", db.toString(), "-o", out.toString(), "--port", "0", notes.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(out.resolve("notegraph.trig")).content().contains("Mara Quell");
    assertThat(out.resolve("notegraph.ttl")).exists();
    assertThat(out.resolve("notegraph.explain.tsv")).exists();
    assertThat(dir.resolve("deep/notegraph.trig")).doesNotExist();
    assertThat(db.resolve("notegraph.trig")).doesNotExist();
  }

  /** One fictional note with two attendees. */
  private Path notes() throws java.io.IOException {
    Path notes = java.nio.file.Files.createDirectories(dir.resolve("notes"));
    java.nio.file.Files.writeString(
        notes.resolve("2024-05-07.md"),
        "# Widget Community Meeting 2024-05-07\n\n## Attendees\n\n- Mara Quell\n- Tobin Ashgrove\n");
    return notes;
  }

  private static String get(String url) {
    try {
      HttpRequest req = HttpRequest.newBuilder(URI.create(url)).build();
      return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString()).body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String ask(String endpoint) {
    String q = "SELECT ?n { ?p <http://xmlns.com/foaf/0.1/name> ?n }";
    try {
      HttpRequest req =
          HttpRequest.newBuilder(
                  URI.create(endpoint + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
              .header("Accept", "text/csv")
              .build();
      return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString()).body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
