package io.notegraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.notegraph.cli.Main;
import io.notegraph.testing.SharedCorpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The frozen open-world notes (src/test/resources/gold-open/README.md) through today's {@code
 * notegraph extract}, scored against their gold. A measurement, not a tuning aid: it prints the
 * table and asserts only that the instrument works; floors come later. Skipped until gold files
 * exist; the notes are copied from {@code ../shared/corpus} keeping their corpus paths.
 */
class OpenGoldCorpusTest {
  private static final Path GOLD = Path.of("src/test/resources/gold-open");

  @Test
  void everyGoldNoteIsFoundInTheGraphAndDatesAreScored(@TempDir Path tmp) throws Exception {
    List<OpenGold> golds = OpenGoldReader.readFolder(GOLD);
    assumeTrue(!golds.isEmpty(), "no open-world gold files yet in " + GOLD);
    Path notes = tmp.resolve("notes");
    for (OpenGold g : golds) {
      Path target = notes.resolve(g.note());
      Files.createDirectories(target.getParent());
      Files.copy(SharedCorpus.corpusNote(g.note()), target);
    }
    Path out = tmp.resolve("out");
    StringWriter err = new StringWriter();
    Main.run(
        new PrintWriter(new StringWriter()),
        new PrintWriter(err, true),
        "extract",
        notes.toString(),
        "-o",
        out.toString());
    Path trig = out.resolve("notegraph.trig");
    assertThat(trig).as("extract wrote no TriG: %s", err).exists();

    Dataset dataset = RDFDataMgr.loadDataset(trig.toString());
    EvalReport report = GraphScorer.score(dataset, golds);
    StringWriter table = new StringWriter();
    new ReportPrinter(new PrintWriter(table, true), false, false).table(report);
    System.out.println("open-world gold, " + golds.size() + " notes, today's pipeline:");
    System.out.println(table);

    assertThat(report.missingNotes()).as("gold notes without a document graph").isEmpty();
    assertThat(report.micro()).containsKey(Relation.DATE);
    assertThat(report.notesScoring(Relation.DATE))
        .isEqualTo((int) golds.stream().filter(g -> g.date().isPresent()).count());
  }
}
