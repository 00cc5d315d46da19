package io.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.devtools.SyntheticNotes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
  @TempDir Path tmp;

  @Test
  void reportHasASummaryRowPerCorpusAndARowPerStage() throws Exception {
    Path small = tmp.resolve("small");
    Path large = tmp.resolve("large");
    SyntheticNotes.builder().seed(8).scale(0.02).build().writeTo(small);
    SyntheticNotes.builder().seed(3).scale(0.05).build().writeTo(large);
    Path report = tmp.resolve("bench.md");
    Cli r =
        Cli.run(
            "bench",
            small.toString(),
            large.toString(),
            "--repeat",
            "2",
            "--output",
            report.toString(),
            "--work",
            tmp.resolve("w").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String md = r.out();
    assertThat(md)
        .contains("| corpus | notes | MB |")
        .containsPattern("\\n\\| small \\| \\d+ \\|")
        .containsPattern("\\n\\| large \\| \\d+ \\|")
        .contains("## small (", "## large (")
        .contains("2 pass(es) per corpus")
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
    assertThat(r.err()).contains("bench: large pass 2:");
  }

  @Test
  void outputsAreKeptWhenAWorkFolderIsGiven() {
    Path notes = tmp.resolve("notes-tiny");
    SyntheticNotes.builder().seed(2).scale(0.02).build().writeTo(notes);
    Path work = tmp.resolve("kept");
    Cli r = Cli.run("bench", notes.toString(), "--work", work.toString(), "--no-nlp");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(work.resolve("out-notes_tiny").resolve("notegraph.trig")).isNotEmptyFile();
  }

  @Test
  void aPathThatIsNotAFolderIsRefused() {
    Cli r = Cli.run("bench", tmp.resolve("missing").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("not a folder of notes");
  }
}
