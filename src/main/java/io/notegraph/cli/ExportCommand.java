package io.notegraph.cli;

import io.notegraph.viz.ExportFormat;
import io.notegraph.viz.GraphView;
import io.notegraph.write.OutputWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.ModelFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code notegraph export}: Exports the graph for Gephi, yEd or Graphviz. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Exports the graph for Gephi, yEd or Graphviz: the same nodes and edges as `notegraph viz`.",
      "graphml (yEd, Gephi, Cytoscape; colour by the type key), gexf (Gephi), dot (Graphviz, coloured)."
    })
public final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-f", "--format"},
      required = true,
      paramLabel = "FORMAT",
      description = "One of: ${COMPLETION-CANDIDATES}.")
  ExportFormat format;

  @Mixin GraphFile input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PATH",
      description = "File to write (default: output/graph.<graphml|gexf|dot>).")
  Path output;

  @Override
  public Integer call() throws IOException {
    GraphView view = GraphView.of(ModelFactory.createModelForGraph(input.union()));
    Path target = output != null ? output : Path.of("output", "graph." + format.extension());
    OutputWriter.atomically(
        target, out -> out.write(view.export(format).getBytes(StandardCharsets.UTF_8)));
    spec.commandLine()
        .getOut()
        .printf(
            "%s: %d nodes, %d edges%n",
            target, view.viewModel().nodes().size(), view.viewModel().edges().size());
    return ExitCodes.OK;
  }
}
