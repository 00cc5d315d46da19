package io.notegraph.cli;

import io.notegraph.diag.Diagnostics;
import io.notegraph.eval.EvalReport;
import io.notegraph.eval.GoldFormatException;
import io.notegraph.eval.GraphScorer;
import io.notegraph.eval.OpenGold;
import io.notegraph.eval.OpenGoldReader;
import io.notegraph.eval.ReportPrinter;
import io.notegraph.ingest.SourceDocument;
import io.notegraph.nlp.EntityType;
import io.notegraph.eval.Evaluator;
import io.notegraph.eval.GoldNote;
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
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code notegraph eval}: precision, recall and F1 of entity recognition against gold annotations
 * ({@code --gold}), or of a written graph against open-world gold ({@code --open-gold}, scored by
 * {@link GraphScorer}).
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Precision, recall and F1 of entity recognition against gold annotations.",
      "Gold files are <note-file-name>.gold.tsv (see docs/NLP.md); the notes are looked up",
      "beside them or in --notes.",
      "With --open-gold: scores the graph file (--graph) against open-world gold",
      "(src/test/resources/gold-open/README.md): dates, series, attendees, talks, presenters,",
      "actions, entities, releases, features and affiliations, micro-averaged over notes."
    })
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--gold", description = "Folder of *.gold.tsv recognition gold files.")
  Path gold;

  @Option(
      names = "--open-gold",
      description = "Folder of open-world *.gold.tsv files (searched recursively).")
  Path openGold;

  @Option(
      names = "--graph",
      defaultValue = "output/notegraph.trig",
      description = "With --open-gold: the TriG graph to score (default: ${DEFAULT-VALUE}).")
  Path graph;

  @Option(names = "--per-note", description = "With --open-gold: also a table per note.")
  boolean perNote;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "With --open-gold: table or tsv (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--notes", description = "Folder of the notes (default: the gold folder).")
  Path notes;

  @Option(names = "--errors", description = "Also list every false positive and negative.")
  boolean listErrors;

  @Option(names = "--no-model", description = "Without the statistical person finder.")
  boolean noModel;

  @Override
  public Integer call() throws IOException {
    if ((gold == null) == (openGold == null)) {
      throw new ParameterException(spec.commandLine(), "give exactly one of --gold, --open-gold");
    }
    return openGold != null ? openWorld() : recognition();
  }

  private int openWorld() {
    if (!format.equals("table") && !format.equals("tsv")) {
      throw new ParameterException(spec.commandLine(), "--format must be table or tsv: " + format);
    }
    if (!Files.isDirectory(openGold)) throw new UserError("no such gold folder: " + openGold);
    if (!Files.isRegularFile(graph)) throw new UserError("no such graph file: " + graph);
    List<OpenGold> golds;
    try {
      golds = OpenGoldReader.readFolder(openGold);
    } catch (GoldFormatException e) {
      throw new UserError(e.getMessage());
    }
    if (golds.isEmpty()) throw new UserError("no *.gold.tsv files in " + openGold);
    Dataset dataset;
    try {
      dataset = RDFDataMgr.loadDataset(graph.toString());
    } catch (RiotException e) {
      throw new UserError(graph + ": not a readable RDF dataset: " + e.getMessage());
    }
    EvalReport report = GraphScorer.score(dataset, golds);
    ReportPrinter printer = new ReportPrinter(spec.commandLine().getOut(), perNote, listErrors);
    if (format.equals("tsv")) printer.tsv(report);
    else printer.table(report);
    return ExitCodes.OK;
  }

  private int recognition() throws IOException {
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
    boolean relationGold = false;
    for (Path g : goldFiles) {
      String name = g.getFileName().toString().replaceFirst("\\.gold\\.tsv$", "");
      Path notePath = noteDir.resolve(name);
      String text = Files.readString(notePath, StandardCharsets.UTF_8).replace("\r\n", "\n");
      SourceDocument doc =
          new SourceDocument(name, notePath.toUri(), text, StandardCharsets.UTF_8, List.of());
      GoldNote goldNote = GoldNote.read(g, text);
      Optional<MeetingNote> parsed = parse(parser, doc);
      if (parsed.isEmpty()) {
        // A note without a meeting date has no segments to score: say so rather than guess.
        spec.commandLine().getErr().println(name + ": warning: not a meeting note; not scored");
        continue;
      }
      ev.add(goldNote, doc, parsed.get());
      boolean hasRelations = !goldNote.presenters().isEmpty() || !goldNote.attendees().isEmpty();
      relationGold |= hasRelations;
      if (hasRelations) ev.addRelations(goldNote, parsed.get());
    }
    out.printf("%-14s %6s %6s %6s %5s %5s %5s%n", "type", "P", "R", "F1", "tp", "fp", "fn");
    for (EntityType t : EntityType.values()) out.println(ev.scores().get(t).row(t.name()));
    out.println(ev.micro().row("micro"));
    if (!relationGold) {
      out.println("relations: not scored (the gold files have no presenter/attendee rows)");
    } else {
      out.println(ev.presenterScores().row("presenter"));
      out.println(ev.attendeeScores().row("attendee"));
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
    return parser.parse(doc, new Diagnostics());
  }
}
