package io.notegraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code notegraph viz}: Writes an interactive HTML view of the graph. */
@Command(name = "viz", mixinStandardHelpOptions = true, description = "Writes an interactive HTML view of the graph.")
public final class VizCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("notegraph viz: not implemented yet");
    return ExitCodes.FAILURE;
  }
}
