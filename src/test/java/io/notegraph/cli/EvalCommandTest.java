package io.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  @Test
  void printsPerTypeScoresForAGoldFolder(@TempDir Path dir) throws Exception {
    String note =
        "# Team Meeting\n\n### Attendees\nAda Quill, Bo Lund\n\nAda showed Podman 4.4 on Fedora.\n";
    Files.writeString(dir.resolve("2024-01-02.md"), note);
    int ada = note.indexOf("Ada showed");
    Files.writeString(
        dir.resolve("2024-01-02.md.gold.tsv"),
        "PERSON\t"
            + note.indexOf("Ada Quill")
            + "\t"
            + (note.indexOf("Ada Quill") + 9)
            + "\tAda Quill\n"
            + "PERSON\t"
            + note.indexOf("Bo Lund")
            + "\t"
            + (note.indexOf("Bo Lund") + 7)
            + "\tBo Lund\n"
            + "PERSON\t"
            + ada
            + "\t"
            + (ada + 3)
            + "\tAda\n"
            + "VERSION\t"
            + note.indexOf("Podman 4.4")
            + "\t"
            + (note.indexOf("Podman 4.4") + 10)
            + "\tPodman 4.4\n"
            + "PROJECT\t"
            + note.indexOf("Fedora")
            + "\t"
            + (note.indexOf("Fedora") + 6)
            + "\tFedora\n"
            + "attendee\tAda Quill\n");
    StringWriter out = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out),
            new PrintWriter(new StringWriter()),
            "eval",
            "--gold",
            dir.toString(),
            "--errors");
    assertThat(code).isEqualTo(0);
    assertThat(out.toString())
        // With the parser, the attendee list is structure (scored as the attendee relation),
        // and recognition is scored on the free text: "Ada" in prose.
        .contains("PERSON          1.000  1.000  1.000     1     0     0")
        .contains("micro           1.000  1.000  1.000     3     0     0")
        .contains("attendee        0.500  1.000  0.667     1     1     0");
  }

  @Test
  void anEmptyGoldFolderIsAUserError(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "eval",
            "--gold",
            dir.toString());
    assertThat(code).isEqualTo(ExitCodes.FAILURE);
  }

  private static final String OPEN_GOLD = "src/test/resources/eval/open/gold";
  private static final String OTTER_GRAPH = "src/test/resources/eval/open/otter.trig";

  @Test
  void openGoldPrintsOneMicroAveragedRowPerRelation() {
    CliRun r = CliRun.of("eval", "--open-gold", OPEN_GOLD, "--graph", OTTER_GRAPH);
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .contains("notes: 2 gold, 1 found in the graph")
        .contains("not in the graph: otter/2031-04-01.md")
        .contains("date                2  1.000  0.500  0.667  0.500     1     0     1")
        .contains("attendee            2  0.500  0.500  0.500            2     2     2")
        .contains(
            "affiliations counted from: document 0 note(s), entities 1 note(s), none 1 note(s)")
        .doesNotContain("FP-dup");
  }

  @Test
  void openGoldListsErrorsAndPerNoteTables() {
    CliRun r =
        CliRun.of(
            "eval", "--open-gold", OPEN_GOLD, "--graph", OTTER_GRAPH, "--per-note", "--errors");
    assertThat(r.out())
        .contains("otter/2031-04-01.md  <- NOT IN THE GRAPH")
        .contains(
            "otter/2031-03-04.md: FP-dup person blund"
                + " <https://w3id.org/notegraph/id/person/blund>");
  }

  @Test
  void openGoldAsTsv() {
    CliRun r =
        CliRun.of("eval", "--open-gold", OPEN_GOLD, "--graph", OTTER_GRAPH, "--format", "tsv");
    assertThat(r.out().lines().findFirst())
        .contains("note\trelation\tnotes\tP\tR\tF1\taccuracy\ttp\tfp\tfn");
    assertThat(r.out()).contains("ALL\tperson\t1\t0.500\t0.667\t0.571\t\t2\t2\t1");
  }

  @Test
  void bothGoldKindsAtOnceIsAUsageError(@TempDir Path dir) {
    CliRun r = CliRun.of("eval", "--gold", dir.toString(), "--open-gold", OPEN_GOLD);
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aMissingGraphFileIsAUserError(@TempDir Path dir) {
    CliRun r =
        CliRun.of("eval", "--open-gold", OPEN_GOLD, "--graph", dir.resolve("none.trig").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(r.err()).contains("no such graph file");
  }

  @Test
  void aMalformedGoldFileIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.gold.tsv"), "note\tn.md\nrelease\tOtter\t2.0\tshipped\n");
    CliRun r = CliRun.of("eval", "--open-gold", dir.toString(), "--graph", OTTER_GRAPH);
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(r.err()).contains("a.gold.tsv:2: unknown release status: shipped");
  }
}
