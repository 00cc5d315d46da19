package io.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.query.CatalogEntry;
import io.notegraph.query.Parameters;
import io.notegraph.query.QueryCatalog;
import io.notegraph.query.QueryRunner;
import io.notegraph.query.ResultFormat;
import io.notegraph.testing.SharedCorpus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every catalog query, with and without each of its parameters, on the real Podman notes, the seeds
 * and three T-lang minutes (for action items). Expected values were read in the notes themselves
 * (e.g. the attendee list of 2021-06-01).
 */
class CatalogOnCorpusTest {
  private static Path dir;
  private static Path trig;
  private static QueryRunner runner;

  /** One case per (query, parameter): a value and what its answer must show. */
  private record Case(String query, String param, String value, Consumer<List<Row>> check) {}

  /** One answer row by column name; an unbound column reads as "". */
  private record Row(Map<String, String> cells) {
    String get(String column) {
      return cells.getOrDefault(column, "");
    }
  }

  private static final List<Case> CASES =
      List.of(
          new Case(
              "attendees",
              "meeting",
              "2021-06-01",
              rows -> {
                assertThat(rows).extracting(r -> r.get("date")).containsOnly("2021-06-01");
                assertThat(rows)
                    .extracting(r -> r.get("name"))
                    .contains("Tom Sweeney", "Anders Björklund", "Uwe Reh", "Preethi Thomas")
                    .doesNotHaveDuplicates();
                assertThat(rows).hasSizeBetween(20, 30); // the notes say "24 total"
              }),
          new Case(
              "meetings-by-project",
              "project",
              "cri-o",
              rows -> {
                assertThat(rows).extracting(r -> r.get("projectName")).containsOnly("CRI-O");
                assertThat(rows)
                    .extracting(r -> r.get("date"))
                    .contains("2021-06-01", "2022-02-17");
              }),
          new Case(
              "releases-and-features",
              "project",
              "buildah",
              rows -> {
                assertThat(rows)
                    .extracting(r -> r.get("versionName"))
                    .allMatch(n -> n.startsWith("Buildah "));
                assertThat(rows).extracting(r -> r.get("revision")).contains("1.19.6");
              }),
          new Case(
              "returning-attendees",
              "min",
              "20",
              rows -> {
                assertThat(rows)
                    .extracting(r -> Integer.parseInt(r.get("meetings")))
                    .allMatch(n -> n >= 20);
                assertThat(rows)
                    .extracting(r -> r.get("name"))
                    .contains("Tom Sweeney", "Matt Heon");
              }),
          // Action items come from three T-lang minutes (the Podman notes record none).
          new Case(
              "action-items",
              "meeting",
              "2021-09-21",
              rows -> {
                assertThat(rows).extracting(r -> r.get("date")).containsOnly("2021-09-21");
                assertThat(rows).extracting(r -> r.get("status")).containsOnly("open");
              }),
          new Case(
              "action-items",
              "person",
              "josh",
              rows ->
                  // The task text drops the "Josh to" prefix; the agent column names him.
                  assertThat(rows)
                      .isNotEmpty()
                      .extracting(r -> r.get("name"))
                      .allMatch(n -> n.contains("Josh"))),
          new Case(
              "weakest-facts",
              "below",
              "0.5",
              rows ->
                  assertThat(rows)
                      .filteredOn(r -> r.get("kind").equals("low confidence"))
                      .extracting(r -> Double.parseDouble(r.get("confidence")))
                      .allMatch(c -> c < 0.5)));

  /** Three non-frozen T-lang minutes that assign tasks (action items) to people. */
  private static final List<String> RUST_MINUTES =
      List.of(
          "rust-lang-team/minutes/2021-03-30.md",
          "rust-lang-team/minutes/2021-05-04.md",
          "rust-lang-team/minutes/2021-09-21.md");

  @BeforeAll
  static void extract() throws IOException {
    List<String> args = new ArrayList<>(List.of("extract"));
    args.add(SharedCorpus.podman().toString());
    args.add(SharedCorpus.seeds().toString());
    for (String note : RUST_MINUTES) args.add(SharedCorpus.corpusNote(note).toString());
    dir = Files.createTempDirectory("catalog-corpus");
    args.addAll(List.of("-o", dir.toString()));
    CliRun r = CliRun.of(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    trig = dir.resolve("notegraph.trig");
    runner = QueryRunner.local(trig);
  }

  @AfterAll
  static void clean() throws IOException {
    if (dir == null) return;
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Test
  void everyCatalogQueryAnswersWithItsDefaults() {
    for (CatalogEntry e : shipped()) {
      assertThat(run(e.name(), Map.of())).as(e.name()).isNotEmpty();
    }
  }

  @Test
  void everyParameterOfEveryCatalogQueryIsExercised() {
    Set<String> declared = new TreeSet<>();
    for (CatalogEntry e : shipped()) {
      for (CatalogEntry.Param p : e.params()) declared.add(e.name() + "/" + p.name());
    }
    Set<String> tested = new TreeSet<>();
    for (Case c : CASES) tested.add(c.query() + "/" + c.param());
    assertThat(tested).isEqualTo(declared);
  }

  @Test
  void eachParameterChangesTheAnswerToWhatTheNotesSay() {
    for (Case c : CASES) {
      List<Row> all = run(c.query(), Map.of());
      List<Row> some = run(c.query(), Map.of(c.param(), c.value()));
      assertThat(some).as("%s --param %s=%s", c.query(), c.param(), c.value()).isNotEmpty();
      assertThat(some).as("the parameter changes the answer").isNotEqualTo(all);
      c.check().accept(some);
    }
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    // releases-and-features defaults to Podman; returning-attendees to at least 3 meetings.
    assertThat(run("releases-and-features", Map.of()))
        .extracting(r -> r.get("versionName"))
        .allMatch(n -> n.startsWith("Podman "))
        .contains("Podman 3.2.0");
    // The 2021-06-01 note and its seed copy list the same 3.2.0 features: one row per document.
    assertThat(run("releases-and-features", Map.of()))
        .doesNotHaveDuplicates()
        .filteredOn(r -> r.get("revision").equals("3.2.0") && !r.get("feature").isEmpty())
        .extracting(r -> r.get("document"))
        .anyMatch(d -> d.equals("https://w3id.org/notegraph/id/doc/2021-06-01.md"))
        .anyMatch(d -> d.equals("https://w3id.org/notegraph/id/doc/000-a75700ac64be5ca5.txt"));
    assertThat(run("returning-attendees", Map.of()))
        .extracting(r -> Integer.parseInt(r.get("meetings")))
        .allMatch(n -> n >= 3);
  }

  @Test
  void theReadmeExampleRunsFromTheCommandLine() {
    CliRun r =
        CliRun.of(
            "query",
            "attendees",
            "--param",
            "meeting=2021-06-01",
            "--input",
            trig.toString(),
            "--format",
            "csv");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("2021-06-01,Podman Community Meeting,")
        .contains("Anders Björklund");
  }

  @Test
  void anUnknownQueryNameIsAUsageError() {
    CliRun r = CliRun.of("query", "no-such-question", "--graph", trig.toString());

    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no query or file named 'no-such-question'");
  }

  // ---------------------------------------------------------------- helpers

  /** The catalog as shipped (the test class path adds fixture-* queries). */
  private static List<CatalogEntry> shipped() {
    return QueryCatalog.onClasspath().entries().stream()
        .filter(e -> !e.name().startsWith("fixture-"))
        .toList();
  }

  /** The answer as rows of column name to value (IRI or lexical form), read back as SPARQL JSON. */
  private static List<Row> run(String name, Map<String, String> params) {
    CatalogEntry e = QueryCatalog.onClasspath().find(name).orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    runner.run(Parameters.bind(QueryFactory.create(e.sparql()), params), ResultFormat.JSON, out);
    ResultSet rs =
        ResultSetMgr.read(new ByteArrayInputStream(out.toByteArray()), ResultSetLang.RS_JSON);
    List<Row> rows = new ArrayList<>();
    rs.forEachRemaining(
        solution -> {
          Map<String, String> cells = new HashMap<>();
          solution.varNames().forEachRemaining(v -> cells.put(v, text(solution.get(v))));
          rows.add(new Row(cells));
        });
    return rows;
  }

  private static String text(RDFNode node) {
    return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
  }
}
