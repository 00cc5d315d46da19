package io.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.testing.SharedCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final String PREFIXES =
      """
      PREFIX schema: <https://schema.org/>
      PREFIX foaf: <http://xmlns.com/foaf/0.1/>
      PREFIX ng: <https://w3id.org/notegraph/ontology#>
      PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
      """;
  private static final String JUNE =
      "<https://w3id.org/notegraph/id/meeting/podman-community-meeting/2021-06-01>";

  @TempDir Path out;

  private Model extract(Path... inputs) {
    List<String> args = new ArrayList<>(List.of("extract", "-q", "-o", out.toString()));
    for (Path p : inputs) args.add(p.toString());
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    return RDFDataMgr.loadModel(out.resolve("notegraph.ttl").toString());
  }

  private static List<String> column(Model m, String query) {
    List<String> rows = new ArrayList<>();
    try (QueryExecution qe = QueryExecution.model(m).query(PREFIXES + query).build()) {
      var results = qe.execSelect();
      List<String> vars = results.getResultVars();
      results.forEachRemaining(
          (QuerySolution s) -> {
            StringBuilder row = new StringBuilder();
            for (String v : vars) {
              if (row.length() > 0) row.append(" | ");
              var n = s.get(v);
              row.append(
                  n == null ? "-" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            }
            rows.add(row.toString());
          });
    }
    return rows;
  }

  @Test
  void juneFirstSeedBecomesTheMeetingAReaderSees() {
    Model m = extract(SharedCorpus.seedJune());
    assertThat(column(m, "SELECT ?s ?e { " + JUNE + " schema:startDate ?s ; schema:endDate ?e }"))
        .containsExactly("2021-06-01T11:03:00-04:00 | 2021-06-01T11:57:00-04:00");
    assertThat(column(m, "SELECT (COUNT(DISTINCT ?p) AS ?n) { " + JUNE + " schema:attendee ?p }"))
        .containsExactly("25");
    assertThat(column(m, "SELECT ?n { " + JUNE + " ng:declaredAttendeeCount ?n }"))
        .containsExactly("24");
    assertThat(
            column(
                m,
                """
        SELECT ?name ?offset { %s schema:subEvent ?s . ?s schema:position ?pos ;
          schema:performer/foaf:name ?name . OPTIONAL { ?s ng:recordingOffset ?offset } }
        ORDER BY ?pos"""
                    .formatted(JUNE)))
        .containsExactly(
            "Tom Sweeney | -",
            "Tom Deseyn | PT3M",
            "Matt Heon | PT15M50S",
            "Urvashi Mohnani | PT20M18S",
            "Brent Baude | PT32M");
    assertThat(
            column(m, "SELECT (COUNT(?sl) AS ?n) { " + JUNE + " schema:subEvent/ng:slides ?sl }"))
        .containsExactly("2");
    assertThat(
            column(
                m,
                """
        SELECT DISTINCT ?t { ?msg a schema:Message ; schema:isPartOf/schema:about %s ;
          schema:dateSent ?t } ORDER BY ?t LIMIT 1"""
                    .formatted(JUNE)))
        .containsExactly("2021-06-01T10:56:00-04:00");
    assertThat(column(m, "SELECT ?n { ?p foaf:name ?n FILTER(STRSTARTS(?n, 'Anders')) }"))
        .containsExactly("Anders Björklund");
  }

  @Test
  void everyFormatIsByteForByteTheSameOnASecondRun(@TempDir Path second) throws Exception {
    String[] common = {
      "extract",
      "-q",
      "-f",
      "nt,nq,jsonld,rdfxml",
      SharedCorpus.seedMay().toString(),
      SharedCorpus.seedJune().toString()
    };
    Cli a = Cli.run(concat(common, "-o", out.toString()));
    Cli b = Cli.run(concat(common, "-o", second.toString()));
    assertThat(a.exit()).isZero();
    assertThat(b.exit()).isZero();
    for (String ext : List.of("ttl", "trig", "nt", "nq", "jsonld", "rdf")) {
      Path x = out.resolve("notegraph." + ext);
      assertThat(Files.mismatch(x, second.resolve("notegraph." + ext))).as(ext).isEqualTo(-1L);
    }
  }

  @Test
  void noArgumentsExtractsTheBundledSamples() {
    Cli r = Cli.run("extract", "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("read       4 file(s), 4 meeting(s)");
    assertThat(out.resolve("notegraph.ttl")).isNotEmptyFile();
    assertThat(out.resolve("notegraph.trig")).isNotEmptyFile();
  }

  @Test
  void aNoteWithoutDateIsAnErrorWithExitOneAndTheRestIsStillWritten(@TempDir Path in)
      throws Exception {
    Files.writeString(in.resolve("good.md"), "# Widget Meeting\n## March 5, 2024\n## Intro\n");
    Files.writeString(in.resolve("undated.md"), "# Notes\n\nNothing dated here.\n");
    Cli r = Cli.run("extract", "-q", "-o", out.toString(), in.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("undated.md: error: no date found");
    assertThat(Files.readString(out.resolve("notegraph.ttl"))).contains("2024-03-05");
  }

  @Test
  void strictRefusesToWriteWhenThereAreWarnings(@TempDir Path in) throws Exception {
    Files.writeString(
        in.resolve("2024-03-05.md"),
        "# Widget Meeting\n## March 5, 2024\n### Meeting End: 11: a.m.\n");
    Cli r = Cli.run("extract", "--strict", "-o", out.toString(), in.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("2024-03-05.md:3: warning").contains("nothing written");
    assertThat(out.resolve("notegraph.ttl")).doesNotExist();
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(Cli.run("extract", "--no-such-option").exit()).isEqualTo(2);
  }

  private static String[] concat(String[] a, String... b) {
    String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  @Test
  void twoNotesOfOneMeetingThatSayDifferentThingsKeepEachOthersPartsApart(@TempDir Path in)
      throws java.io.IOException {
    String agenda =
        """
        # Sprocket call 2031-05-07

        Attendees: Ana Ruiz, Bo Lindgren

        ## Release status - Bo Lindgren

        Meeting started at 10:00 UTC.
        """;
    java.nio.file.Files.createDirectories(in.resolve("a"));
    java.nio.file.Files.createDirectories(in.resolve("b"));
    java.nio.file.Files.createDirectories(in.resolve("c"));
    java.nio.file.Files.writeString(in.resolve("a/2031-05-07.md"), agenda);
    java.nio.file.Files.writeString(
        in.resolve("b/2031-05-07.md"),
        agenda.replace("10:00", "10:05").replace("## Release status", "## Demo"));
    java.nio.file.Files.writeString(in.resolve("c/2031-05-07.md"), agenda); // a copy
    Model m = extract(in);
    String meeting = "https://w3id.org/notegraph/id/meeting/sprocket-call-meeting/2031-05-07";
    assertThat(
            column(
                m,
                "SELECT ?s ?t WHERE { <"
                    + meeting
                    + "> schema:subEvent ?s . ?s schema:name ?t } ORDER BY ?s"))
        .containsExactly(
            meeting + "/part/2/section/1 | Demo", meeting + "/section/1 | Release status");
    assertThat(column(m, "SELECT ?d WHERE { <" + meeting + "> schema:startDate ?d }"))
        .containsExactly("2031-05-07T10:00:00Z");
  }
}
