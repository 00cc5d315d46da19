package io.notegraph.cli;

import io.notegraph.diag.Diagnostics;
import io.notegraph.ingest.SourceDocument;
import io.notegraph.nlp.EntityType;
import io.notegraph.nlp.Evaluator;
import io.notegraph.nlp.FallbackNotes;
import io.notegraph.nlp.GoldNote;
import io.notegraph.nlp.Recognizer;
import io.notegraph.parse.MeetingNote;
import io.notegraph.parse.NoteParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code notegraph eval}: Precision, recall and F1 of entity recognition against gold annotations.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Precision, recall and F1 of entity recognition against gold annotations.",
      "Gold files are <note-file-name>.gold.tsv (see docs/NLP.md); the notes are looked up",
      "beside them or in --notes."
    })
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, description = "Folder of *.gold.tsv files.")
  Path gold;

  @Option(names = "--notes", description = "Folder of the notes (default: the gold folder).")
  Path notes;

  @Option(names = "--errors", description = "Also list every false positive and negative.")
  boolean listErrors;

  @Option(names = "--no-model", description = "Without the statistical person finder.")
  boolean noModel;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path noteDir = notes != null ? notes : gold;
    List<Path> goldFiles;
    try (Stream<Path> s = Files.list(gold)) {
      goldFiles = s.filter(p -> p.toString().endsWith(".gold.tsv")).sorted().toList();
    } catch (IOException e) {
      throw new UserError("cannot read gold folder " + gold + ": " + e.getMessage());
    }
    if (goldFiles.isEmpty()) throw new UserError("no *.gold.tsv files in " + gold);
    Recognizer.Builder rb = Recognizer.builder();
    if (noModel) rb.withoutModel();
    Evaluator ev = new Evaluator(rb.build());
    NoteParser parser = NoteParser.builder().build();
    boolean relations = true;
    boolean relationGold = false;
    for (Path g : goldFiles) {
      String name = g.getFileName().toString().replaceFirst("\\.gold\\.tsv$", "");
      Path notePath = noteDir.resolve(name);
      String text = Files.readString(notePath, StandardCharsets.UTF_8).replace("\r\n", "\n");
      SourceDocument doc =
          new SourceDocument(name, notePath.toUri(), text, StandardCharsets.UTF_8, List.of());
      GoldNote goldNote = GoldNote.read(g, text);
      Optional<MeetingNote> parsed = parse(parser, doc);
      relations &= parsed.isPresent();
      ev.add(goldNote, doc, parsed.orElseGet(() -> FallbackNotes.of(doc)));
      boolean hasRelations = !goldNote.presenters().isEmpty() || !goldNote.attendees().isEmpty();
      relationGold |= hasRelations;
      if (hasRelations) parsed.ifPresent(n -> ev.addRelations(goldNote, n));
    }
    out.printf("%-14s %6s %6s %6s %5s %5s %5s%n", "type", "P", "R", "F1", "tp", "fp", "fn");
    for (EntityType t : EntityType.values()) out.println(ev.scores().get(t).row(t.name()));
    out.println(ev.micro().row("micro"));
    if (relations && !relationGold) {
      out.println("relations: not scored (the gold files have no presenter/attendee rows)");
    } else if (relations) {
      out.println(ev.presenterScores().row("presenter"));
      out.println(ev.attendeeScores().row("attendee"));
    } else {
      out.println("relations: not scored (the note parser is not available; fallback segments)");
    }
    if (listErrors) {
      for (Evaluator.Error e : ev.errors()) {
        out.printf(
            "%s:%d: %s %s \"%s\"%n",
            e.note(),
            e.line(),
            e.falsePositive() ? "FP" : "FN",
            e.type(),
            e.text().replace("\n", " "));
      }
    }
    return ExitCodes.OK;
  }

  private static Optional<MeetingNote> parse(NoteParser parser, SourceDocument doc) {
    try {
      return parser.parse(doc, new Diagnostics());
    } catch (UnsupportedOperationException notYet) {
      return Optional.empty();
    }
  }
}
