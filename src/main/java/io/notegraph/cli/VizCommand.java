package io.notegraph.cli;

import io.notegraph.viz.GraphView;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code notegraph viz}: Writes an interactive HTML view of the graph. */
@Command(
    name = "viz",
    mixinStandardHelpOptions = true,
    description = {
      "Writes an interactive HTML view of the graph: one self-contained file that opens from disk.",
      "People, meetings, talks, projects and organizations; search, filters by type and date,",
      "a people <-> projects view, and a detail panel with file:line sources and recording links."
    })
public final class VizCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      defaultValue = "output/notegraph.trig",
      description = "Graph file, any RDF syntax by extension (default: ${DEFAULT-VALUE}).")
  Path input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PATH",
      defaultValue = "output/graph.html",
      description = "HTML file to write (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      defaultValue = "notegraph",
      description = "Page title (default: ${DEFAULT-VALUE}).")
  String title;

  @Override
  public Integer call() throws IOException {
    GraphView view = GraphView.builder().title(title).build(VizFiles.loadUnion(input));
    VizFiles.writeAtomically(output, view.html());
    spec.commandLine()
        .getOut()
        .printf(
            "%s: %d nodes, %d edges%n",
            output, view.viewModel().nodes().size(), view.viewModel().edges().size());
    return ExitCodes.OK;
  }
}
