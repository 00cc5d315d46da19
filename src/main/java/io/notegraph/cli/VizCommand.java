package io.notegraph.cli;

import io.notegraph.pipeline.NoteLocations;
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

  @Mixin GraphFile input;

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
    Path graphDir = input.path().toAbsolutePath().getParent();
    Path pageDir = output.toAbsolutePath().getParent();
    NoteLocations notes = NoteLocations.besideGraph(input.path());
    GraphView view =
        GraphView.builder()
            .title(title)
            .noteLinks(name -> notes.link(name, graphDir, pageDir))
            .build(ModelFactory.createModelForGraph(input.union()));
    OutputWriter.atomically(output, out -> out.write(view.html().getBytes(StandardCharsets.UTF_8)));
    spec.commandLine()
        .getOut()
        .printf(
            "%s: %d nodes, %d edges%n",
            output, view.viewModel().nodes().size(), view.viewModel().edges().size());
    return ExitCodes.OK;
  }
}
