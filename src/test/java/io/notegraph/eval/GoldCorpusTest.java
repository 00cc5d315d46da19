package io.notegraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.ingest.SourceDocument;
import io.notegraph.nlp.EntityType;
import io.notegraph.nlp.Recognizer;
import io.notegraph.testing.SharedCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Recognition quality on hand-annotated real notes (../shared; the gold spans are in
 * src/test/resources). Floors sit a little below the figures measured in docs/NLP.md, so a
 * regression fails the build.
 */
public class GoldCorpusTest {
  private static final Recognizer RECOGNIZER = Recognizer.builder().build();
  private static final io.notegraph.parse.NoteParser PARSER =
      io.notegraph.parse.NoteParser.builder().build();

  public static SourceDocument read(Path note) throws IOException {
    String text = Files.readString(note, StandardCharsets.UTF_8).replace("\r\n", "\n");
    return new SourceDocument(
        note.getFileName().toString(), note.toUri(), text, StandardCharsets.UTF_8, List.of());
  }

  private static Evaluator evaluate(String goldFolder) throws IOException {
    Path podman = SharedCorpus.podman();
    Evaluator ev = new Evaluator(RECOGNIZER);
    Path dir = Path.of("src", "test", "resources", goldFolder);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path g : files.filter(p -> p.toString().endsWith(".gold.tsv")).sorted().toList()) {
        String name = g.getFileName().toString().replace(".gold.tsv", "");
        SourceDocument doc = read(podman.resolve(name));
        GoldNote gold = GoldNote.read(g, doc.text());
        // The product path: the real parser's segments and structure.
        var note = PARSER.parse(doc, new io.notegraph.diag.Diagnostics()).orElseThrow();
        ev.add(gold, doc, note);
        if (!gold.presenters().isEmpty() || !gold.attendees().isEmpty())
          ev.addRelations(gold, note);
      }
    }
    return ev;
  }

  @Test
  void developmentNotesStayAboveTheirFloors() throws IOException {
    // Measured (README): person 0.959, project 0.996, version 0.968, command 0.935, micro
    // 0.983, presenter 0.971, attendee 1.000.
    Evaluator ev = evaluate("gold");
    assertThat(ev.scores().get(EntityType.PERSON).f1()).isGreaterThanOrEqualTo(0.93);
    assertThat(ev.scores().get(EntityType.PROJECT).f1()).isGreaterThanOrEqualTo(0.97);
    assertThat(ev.scores().get(EntityType.VERSION).f1()).isGreaterThanOrEqualTo(0.93);
    assertThat(ev.scores().get(EntityType.COMMAND).f1()).isGreaterThanOrEqualTo(0.90);
    assertThat(ev.micro().f1()).isGreaterThanOrEqualTo(0.95);
    assertThat(ev.presenterScores().f1()).isGreaterThanOrEqualTo(0.94);
    assertThat(ev.attendeeScores().f1()).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void heldOutNotesStayAboveTheirFloors() throws IOException {
    // Measured (README): person 0.927, project 0.994, micro 0.979.
    Evaluator ev = evaluate("gold-heldout");
    assertThat(ev.scores().get(EntityType.PERSON).f1()).isGreaterThanOrEqualTo(0.90);
    assertThat(ev.scores().get(EntityType.PROJECT).f1()).isGreaterThanOrEqualTo(0.96);
    assertThat(ev.micro().f1()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void everyGoldNoteIsARealCorpusNote() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "gold"))) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertThat(names)
          .hasSizeGreaterThanOrEqualTo(8)
          .contains("2021-05-04.md.gold.tsv", "2021-06-01.md.gold.tsv");
      for (String n : names) {
        assertThat(SharedCorpus.podman().resolve(n.replace(".gold.tsv", ""))).exists();
      }
    }
  }
}
