package io.notegraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code notegraph push}: Sends the graph to a SPARQL Graph Store Protocol endpoint. */
@Command(name = "push", mixinStandardHelpOptions = true, description = "Sends the graph to a SPARQL Graph Store Protocol endpoint.")
public final class PushCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("notegraph push: not implemented yet");
    return ExitCodes.FAILURE;
  }
}
