package io.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.bench.SyntheticNotes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
  @TempDir Path tmp;

  @Test
  void reportHasASummaryRowPerCorpusAndARowPerStage() throws Exception {
    Path real = tmp.resolve("real");
    SyntheticNotes.builder().seed(8).scale(0.02).build().writeTo(real);
    Path report = tmp.resolve("bench.md");
    Cli r =
        Cli.run(
            "bench",
            "--sizes",
            "0.05",
            "--seed",
            "3",
            "--repeat",
            "2",
            "--real",
            real.toString(),
            "--output",
            report.toString(),
            "--work",
            tmp.resolve("w").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String md = r.out();
    assertThat(md)
        .contains("| corpus | notes | MB |")
        .containsPattern("\\n\\| real: real \\| \\d+ \\|")
        .containsPattern("\\n\\| 0\\.05x \\| \\d+ \\|")
        .contains("## 0.05x (", "## real: real (")
        .contains("seed 3, 2 pass(es) per corpus")
        .contains("machine: ");
    for (String stage :
        new String[] {
          "ingest", "parse", "nlp", "link", "rdf emit + write", "(rdf emit alone)", "total"
        }) {
      assertThat(md.split("\n"))
          .as(stage)
          .filteredOn(l -> l.startsWith("| " + stage + " |"))
          .hasSize(2);
    }
    assertThat(Files.readString(report)).isEqualTo(md);
    assertThat(r.err()).contains("bench: 0.05x pass 2:");
  }

  @Test
  void generatedNotesAreRemovedUnlessAWorkFolderIsGiven() {
    Path work = tmp.resolve("kept");
    Cli r = Cli.run("bench", "--sizes", "0.02", "--work", work.toString(), "--no-nlp");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(work.resolve("notes-0.02x")).isDirectoryContaining("glob:**.md");
    assertThat(work.resolve("out-0_02x").resolve("notegraph.trig")).isNotEmptyFile();
  }

  @Test
  void nonPositiveSizeIsRefused() {
    Cli r = Cli.run("bench", "--sizes", "0");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("--sizes must be positive");
  }
}
