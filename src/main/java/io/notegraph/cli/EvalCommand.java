package io.notegraph.cli;

import io.notegraph.eval.EvalReport;
import io.notegraph.eval.GoldFormatException;
import io.notegraph.eval.GraphScorer;
import io.notegraph.eval.OpenGold;
import io.notegraph.eval.OpenGoldReader;
import io.notegraph.eval.RecognitionEval;
import io.notegraph.eval.ReportPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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
    if (!Files.isDirectory(gold)) throw new UserError("no such gold folder: " + gold);
    RecognitionEval eval;
    try {
      eval = RecognitionEval.run(gold, notes != null ? notes : gold, !noModel);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    for (String note : eval.skipped()) {
      spec.commandLine().getErr().println(note + ": warning: not a meeting note; not scored");
    }
    eval.print(spec.commandLine().getOut(), listErrors);
    return ExitCodes.OK;
  }
}
