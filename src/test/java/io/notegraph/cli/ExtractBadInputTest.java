package io.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Nothing breaks, nothing is lost": one extract run over a folder of broken notes beside good
 * ones. Every problem is reported as {@code file:line: severity: message}, no note causes an
 * internal error, and every note that has a date still becomes its meeting in the output.
 */
class ExtractBadInputTest {
  static final int MANY = 2000;

  @TempDir static Path in;
  @TempDir static Path out;
  static Cli run;
  static Model graph;

  @BeforeAll
  static void extractTheBrokenCorpus() throws Exception {
    BadNotes.writeAll(in);
    BadNotes.writeMany(in.resolve("many"), MANY);
    run = Cli.run("extract", "-q", "--no-validate", "-o", out.toString(), in.toString());
    graph = RDFDataMgr.loadModel(out.resolve("notegraph.ttl").toString());
  }

  @Test
  void exitCodeIsOneBecauseSomeNotesCouldNotBeUsedButTheRestWasWritten() {
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(out.resolve("notegraph.trig")).isNotEmptyFile();
  }

  @Test
  void noNoteCausesAnInternalError() {
    assertThat(run.err()).doesNotContain("internal error").doesNotContain("Exception");
  }

  @Test
  void unusableFilesAreErrorsNamingTheFile() {
    assertThat(run.err())
        .contains("binary.md: error: binary file, skipped")
        .contains("huge.md: error: file too large (41943040 bytes, limit 33554432 bytes), skipped")
        .contains("undated.md: error: no date found")
        .contains("empty.md: warning: empty file")
        .contains("blank.md: warning: empty file");
  }

  @Test
  void legacyEncodingsAreWarningsNamingFileAndLine() {
    assertThat(run.err())
        .contains("windows-1252.md:3: warning: not valid UTF-8 at line 3; read as Windows-1252")
        .contains("latin-1.md:4: warning: not valid UTF-8 at line 4; read as Windows-1252")
        .contains("invalid-utf8.md:3: warning: not valid UTF-8 at line 3");
    assertThat(names()).contains("Zoë Quintana", "Bjørn Ekdahl");
  }

  @Test
  void mojibakeIsRepairedAndReportedAtItsLine() {
    assertThat(run.err()).contains("mojibake.md:3: warning: repaired mojibake 'RenÃ©e' -> 'Renée'");
    assertThat(names()).contains("Renée Okafor");
  }

  @Test
  void unclosedFenceIsAWarningAtTheFenceAndTheNoteIsKept() {
    assertThat(run.err()).contains("unclosed-fence.md:5: warning: code fence is never closed");
  }

  @Test
  void controlCharactersAreReplacedAndReportedPerLine() {
    assertThat(run.err())
        .contains(
            "control-chars.md:1: warning: control character, not allowed in XML output"
                + " U+0007 replaced by U+FFFD")
        .contains("control-chars.md:3: warning: control character");
  }

  @Test
  void symlinkLoopIsAWarningAndTheWalkGoesOn() {
    if (!BadNotes.symlinkLoopCreated(in)) return; // file system without symbolic links
    assertThat(run.err()).contains("loop: warning: symbolic link loop, skipped");
  }

  @Test
  void everyNoteWithADateBecomesItsMeeting() {
    List<String> meetings = meetings();
    assertThat(
            List.of(
                BadNotes.meeting("2024-01-02"), // windows-1252
                BadNotes.meeting("2024-01-03"), // latin-1
                BadNotes.meeting("2024-01-04"), // invalid utf-8
                BadNotes.meeting("2024-01-05"), // mojibake
                BadNotes.meeting("2024-01-06"), // unclosed fence
                BadNotes.meeting("2024-01-07"), // broken links
                BadNotes.meeting("2024-01-08"), // headings out of order
                BadNotes.meeting("2024-01-09"), // 500 nested list levels
                BadNotes.meeting("2024-01-10"), // 500 nested quotes
                BadNotes.meeting("2024-01-11"), // 1 MB line
                BadNotes.meeting("2024-01-12"), // control characters
                BadNotes.meeting("2024-01-13"), // topic starting with a dash
                BadNotes.meeting("2024-01-14"))) // mojibake behind a no-break space
        .filteredOn(m -> !meetings.contains(m))
        .isEmpty();
    assertThat(meetings.stream().filter(m -> m.contains("/many-meeting/"))).hasSize(MANY);
  }

  @Test
  void headingsOutOfOrderStillGiveTheirSections() {
    assertThat(
            select(
                """
        SELECT ?name { <%s> schema:subEvent ?s . ?s schema:name ?name } ORDER BY ?name"""
                    .formatted(BadNotes.meeting("2024-01-08"))))
        .anyMatch(name -> name.startsWith("Roadmap"));
  }

  @Test
  void brokenLinksKeepTheirText() {
    assertThat(run.err()).doesNotContain("broken-links.md: error");
    assertThat(meetings()).contains(BadNotes.meeting("2024-01-07"));
  }

  private List<String> meetings() {
    return select(
        "SELECT ?m { ?m a schema:Event FILTER(REGEX(STR(?m), '/meeting/[^/]+/[0-9-]+$')) }");
  }

  private List<String> names() {
    return select("SELECT ?n { ?p <http://xmlns.com/foaf/0.1/name> ?n }");
  }

  private List<String> select(String query) {
    List<String> rows = new ArrayList<>();
    String q = "PREFIX schema: <https://schema.org/>\n" + query;
    try (QueryExecution qe = QueryExecution.model(graph).query(q).build()) {
      qe.execSelect()
          .forEachRemaining(
              s -> {
                var n = s.get(s.varNames().next());
                rows.add(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
              });
    }
    return rows;
  }

  @Test
  void unreadableFileIsAnErrorUnlessRunningAsRoot(@TempDir Path dir) throws Exception {
    Path locked = dir.resolve("locked.md");
    Files.writeString(locked, BadNotes.note("2024-02-01", "Locked"));
    Files.writeString(dir.resolve("open.md"), BadNotes.note("2024-02-02", "Open"));
    boolean denied = locked.toFile().setReadable(false, false) && !Files.isReadable(locked);
    Cli r =
        Cli.run(
            "extract", "-q", "--no-validate", "-o", dir.resolve("out").toString(), dir.toString());
    if (denied) { // root reads everything: chmod does not deny it
      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.err()).contains("locked.md: error: cannot read: permission denied");
    }
    assertThat(Files.readString(dir.resolve("out/notegraph.ttl")))
        .contains(BadNotes.meeting("2024-02-02"));
  }

  @Test
  void onlyWarningsMeansExitZero(@TempDir Path dir) throws Exception {
    Files.write(
        dir.resolve("legacy.md"),
        BadNotes.note("2024-03-01", "Zoë Quintana").getBytes(Charset.forName("windows-1252")));
    Files.writeString(dir.resolve("empty.md"), "");
    Cli r =
        Cli.run(
            "extract", "-q", "--no-validate", "-o", dir.resolve("out").toString(), dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("legacy.md:3: warning:").contains("empty.md: warning: empty file");
  }

  @Test
  void strictTurnsWarningsIntoErrorsAndWritesNothing(@TempDir Path dir) throws Exception {
    Files.write(
        dir.resolve("legacy.md"),
        BadNotes.note("2024-03-01", "Zoë Quintana").getBytes(StandardCharsets.ISO_8859_1));
    Path target = dir.resolve("out");
    Cli r = Cli.run("extract", "--strict", "-o", target.toString(), dir.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("legacy.md:3: warning:").contains("--strict: 1 problem(s)");
    assertThat(target.resolve("notegraph.ttl")).doesNotExist();
  }

  @Test
  void exitCodesAreDocumentedInHelp() {
    Cli r = Cli.run("extract", "--help");
    assertThat(r.out())
        .contains("Exit codes: 0 success (warnings allowed); 1 a note could not")
        .contains("--strict with warnings (nothing written); 2 usage error;")
        .contains("3 the output failed SHACL validation.");
  }
}
