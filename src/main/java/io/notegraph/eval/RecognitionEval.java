package io.notegraph.eval;

import io.notegraph.diag.Diagnostics;
import io.notegraph.ingest.SourceDocument;
import io.notegraph.nlp.EntityType;
import io.notegraph.nlp.Recognizer;
import io.notegraph.parse.MeetingNote;
import io.notegraph.parse.NoteParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code notegraph eval --gold}: mention-level precision, recall and F1 of the recognizer against
 * gold files ({@code <note>.gold.tsv}, docs/NLP.md), the notes read through the real parser, and
 * the presenter / attendee relations where the gold has them.
 */
public final class RecognitionEval {
  private final Evaluator evaluator;
  private final List<String> skipped;
  private final boolean relationGold;

  private RecognitionEval(Evaluator evaluator, List<String> skipped, boolean relationGold) {
    this.evaluator = evaluator;
    this.skipped = List.copyOf(skipped);
    this.relationGold = relationGold;
  }

  /**
   * Score every {@code *.gold.tsv} in {@code goldDir} against its note in {@code notesDir}.
   *
   * @throws IllegalArgumentException when the folder holds no gold file
   */
  public static RecognitionEval run(Path goldDir, Path notesDir, boolean withModel)
      throws IOException {
    List<Path> goldFiles;
    try (Stream<Path> s = Files.list(goldDir)) {
      goldFiles = s.filter(p -> p.toString().endsWith(".gold.tsv")).sorted().toList();
    }
    if (goldFiles.isEmpty())
      throw new IllegalArgumentException("no *.gold.tsv files in " + goldDir);
    Recognizer.Builder rb = Recognizer.builder();
    if (!withModel) rb.withoutModel();
    Evaluator ev = new Evaluator(rb.build());
    NoteParser parser = NoteParser.builder().build();
    List<String> skipped = new ArrayList<>();
    boolean relationGold = false;
    for (Path g : goldFiles) {
      String name = g.getFileName().toString().replaceFirst("\\.gold\\.tsv$", "");
      Path notePath = notesDir.resolve(name);
      String text = Files.readString(notePath, StandardCharsets.UTF_8).replace("\r\n", "\n");
      SourceDocument doc =
          new SourceDocument(name, notePath.toUri(), text, StandardCharsets.UTF_8, List.of());
      GoldNote goldNote = GoldNote.read(g, text);
      Optional<MeetingNote> parsed = parser.parse(doc, new Diagnostics());
      if (parsed.isEmpty()) { // no meeting, no segments: say so rather than guess
        skipped.add(name);
        continue;
      }
      ev.add(goldNote, doc, parsed.get());
      boolean hasRelations = !goldNote.presenters().isEmpty() || !goldNote.attendees().isEmpty();
      relationGold |= hasRelations;
      if (hasRelations) ev.addRelations(goldNote, parsed.get());
    }
    return new RecognitionEval(ev, skipped, relationGold);
  }

  /** Notes the parser could not read as meetings (not scored). */
  public List<String> skipped() {
    return skipped;
  }

  /** The table per entity type, micro average and relations; every error with {@code errors}. */
  public void print(PrintWriter out, boolean errors) {
    out.printf("%-14s %6s %6s %6s %5s %5s %5s%n", "type", "P", "R", "F1", "tp", "fp", "fn");
    for (EntityType t : EntityType.values()) {
      out.println(evaluator.scores().get(t).row(t.name()));
    }
    out.println(evaluator.micro().row("micro"));
    if (!relationGold) {
      out.println("relations: not scored (the gold files have no presenter/attendee rows)");
    } else {
      out.println(evaluator.presenterScores().row("presenter"));
      out.println(evaluator.attendeeScores().row("attendee"));
    }
    if (!errors) return;
    for (Evaluator.Error e : evaluator.errors()) {
      out.printf(
          "%s:%d: %s %s \"%s\"%n",
          e.note(),
          e.line(),
          e.falsePositive() ? "FP" : "FN",
          e.type(),
          e.text().replace("\n", " "));
    }
  }
}
