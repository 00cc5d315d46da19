package io.notegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostic;
import io.notegraph.diag.Diagnostics;
import io.notegraph.diag.Severity;
import io.notegraph.testing.SharedCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real notes in {@code ../shared}: one known mojibake, nothing else to touch. */
class SourceDecoderCorpusTest {
  private final SourceDecoder decoder = new SourceDecoder();
  private final Diagnostics diagnostics = new Diagnostics();

  private SourceDocument read(Path file) {
    return decoder.read(new InputFile(file, file.getFileName().toString()), diagnostics).get();
  }

  @Test
  void juneSeedHasItsMacRomanMojibakeRepaired() {
    Path seed = SharedCorpus.seedJune();

    SourceDocument doc = read(seed);

    assertThat(doc.text()).contains("Anders Björklund").doesNotContain("√");
    assertThat(doc.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(doc.repairs())
        .containsExactly(new TextRepair(5, "Bj√∂rklund", "Björklund", "UTF-8 read as Mac Roman"));
    assertThat(diagnostics.all())
        .containsExactly(
            new Diagnostic(
                Severity.WARNING,
                seed.getFileName().toString(),
                5,
                "repaired mojibake 'Bj√∂rklund' -> 'Björklund' (UTF-8 read as Mac Roman)"));
  }

  @Test
  void finderListsThe42PodmanNotesByDate() {
    List<InputFile> found = new SourceFinder().find(List.of(SharedCorpus.podman()), diagnostics);

    assertThat(found).hasSize(42);
    assertThat(found.get(0).name()).isEqualTo("2020-10-06.md");
    assertThat(found.get(41).name()).isEqualTo("2023-06-15.md");
    assertThat(found).extracting(InputFile::name).isSorted();
    assertThat(diagnostics.all()).isEmpty();
  }

  @Test
  void everyOtherNoteIsCleanUtf8() {
    Path june = SharedCorpus.seedJune();
    List<Path> others = SharedCorpus.allNotes().stream().filter(p -> !p.equals(june)).toList();

    assertThat(others).hasSize(43);
    for (Path note : others) {
      SourceDocument doc = read(note);
      assertThat(doc.charset()).as(note.toString()).isEqualTo(StandardCharsets.UTF_8);
      assertThat(doc.repairs()).as(note.toString()).isEmpty();
      assertThat(doc.text()).as(note.toString()).doesNotContain("\r");
    }
    assertThat(diagnostics.all()).isEmpty();
  }
}
