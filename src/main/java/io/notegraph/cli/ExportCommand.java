package io.notegraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code notegraph export}: Exports the graph for Gephi, yEd or Graphviz. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Exports the graph for Gephi, yEd or Graphviz.")
public final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("notegraph export: not implemented yet");
    return ExitCodes.FAILURE;
  }
}
