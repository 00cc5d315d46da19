package io.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.serve.NotegraphServer;
import io.notegraph.store.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCommandTest {
  private static final String JAN =
      "<https://w3id.org/notegraph/id/meeting/fixture-community-meeting/2030-01-10>";
  private final String input = Fixtures.sample().toString();

  @Test
  void listShowsEachCatalogQueryWithItsTitle() {
    CliRun r = CliRun.of("query", "--list");

    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("fixture-meetings-since  Meetings since a date")
        .contains("fixture-people          People named in the notes");
  }

  @Test
  void catalogQueryRunsOverTheUnionOfTheFileAsCsv() {
    CliRun r = CliRun.of("query", "fixture-people", "--input", input, "--format", "csv");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("name\r\nAda Quill\r\nBram Ostrander\r\nCleo Marsh\r\n");
  }

  @Test
  void graphNamesTheFileAsInExplainAndEval() {
    CliRun r = CliRun.of("query", "fixture-people", "--graph", input, "--format", "csv");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("name\r\nAda Quill\r\nBram Ostrander\r\nCleo Marsh\r\n");
  }

  @Test
  void iriParameterSelectsOneMeeting() {
    CliRun r =
        CliRun.of(
            "query",
            "fixture-presenters",
            "--input",
            input,
            "-p",
            "meeting=" + JAN,
            "--format",
            "tsv");

    assertThat(r.out().lines())
        .containsExactly(
            "?position\t?title\t?name",
            "1\t\"Quokka 2.0 release\"\t\"Ada Quill\"",
            "2\t\"Rootless networking demo\"\t\"Bram Ostrander\"");
  }

  @Test
  void dateAndStringParametersAreTypedByTheirLook() {
    CliRun since =
        CliRun.of(
            "query",
            "fixture-meetings-since",
            "--input",
            input,
            "-p",
            "since=2030-02-01",
            "--format",
            "csv");
    CliRun byName =
        CliRun.of(
            "query",
            "fixture-meetings-since",
            "--input",
            input,
            "-p",
            "since=2030-01-01",
            "-p",
            "name=Bram Ostrander",
            "--format",
            "csv");

    assertThat(since.out()).contains("2030-02-07").doesNotContain("2030-01-10");
    assertThat(byName.out()).contains("2030-01-10").doesNotContain("2030-02-07");
  }

  @Test
  void unknownParameterIsAUsageErrorNamingTheKnownOnes() {
    CliRun r = CliRun.of("query", "fixture-meetings-since", "--input", input, "-p", "snice=2030");

    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("unknown parameter 'snice'").contains("name, since");
  }

  @Test
  void jsonAndTextFormats() {
    CliRun json = CliRun.of("query", "fixture-people", "--input", input, "--format", "json");
    CliRun text = CliRun.of("query", "fixture-people", "--input", input);

    ResultSet rs =
        ResultSetMgr.read(
            new java.io.ByteArrayInputStream(
                json.out().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            ResultSetLang.RS_JSON);
    assertThat(rs.getResultVars()).containsExactly("name");
    int rows = 0;
    while (rs.hasNext()) {
      rs.next();
      rows++;
    }
    assertThat(rows).isEqualTo(3);
    assertThat(text.out()).contains("| \"Cleo Marsh\"");
  }

  @Test
  void queryFileRunsAndAnUnknownNameIsAUsageError(@TempDir Path dir) throws Exception {
    Path rq = dir.resolve("ask.rq");
    Files.writeString(rq, "ASK { ?s <http://xmlns.com/foaf/0.1/nick> \"aquill\" }");

    assertThat(CliRun.of("query", rq.toString(), "--input", input).out()).isEqualTo("yes\n");
    CliRun missing = CliRun.of("query", "no-such-question", "--input", input);
    assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("no query or file named 'no-such-question'");
  }

  @Test
  void endpointGivesTheSameAnswerAsTheFile() {
    DatasetGraph dsg = Fixtures.parse(Fixtures.sample());
    // A plain in-memory dataset has no union default graph: ask the entities graph directly.
    NotegraphServer server = NotegraphServer.builder().dataset(dsg).port(0).build().start();
    try {
      Path rq = Path.of("src/test/resources/queries/fixture-people.rq");
      String remoteQuery =
          "SELECT ?name { GRAPH ?g { ?p a <http://xmlns.com/foaf/0.1/Person> ;"
              + " <http://xmlns.com/foaf/0.1/name> ?name } } ORDER BY ?name";
      CliRun remote = runInline(remoteQuery, server.baseUrl() + "/notegraph/sparql");
      CliRun local = CliRun.of("query", rq.toString(), "--input", input, "--format", "csv");

      assertThat(remote.out()).isEqualTo(local.out());
    } finally {
      server.stop();
    }
  }

  @Test
  void answerCutAtTheServersLimitIsFlaggedWithAWarning() {
    DatasetGraph dsg = Fixtures.parse(Fixtures.sample());
    NotegraphServer server =
        NotegraphServer.builder().dataset(dsg).port(0).resultLimit(2).build().start();
    try {
      String names =
          "SELECT ?name { GRAPH ?g { ?p <http://xmlns.com/foaf/0.1/name> ?name } } ORDER BY ?name";
      CliRun cut = runInline(names, server.baseUrl() + "/notegraph/sparql");
      CliRun whole = runInline(names + " LIMIT 2", server.baseUrl() + "/notegraph/sparql");

      assertThat(cut.out().lines()).hasSize(1 + 2);
      assertThat(cut.err()).contains("warning: the server cut the results at its limit of 2 rows");
      assertThat(whole.err()).doesNotContain("warning");
    } finally {
      server.stop();
    }
  }

  private static CliRun runInline(String query, String endpoint) {
    try {
      Path f = Files.createTempFile("q", ".rq");
      Files.writeString(f, query);
      try {
        return CliRun.of("query", f.toString(), "--endpoint", endpoint, "--format", "csv");
      } finally {
        Files.delete(f);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
