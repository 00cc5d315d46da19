package io.notegraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code notegraph load}: Loads the extracted graph into a TDB2 database. */
@Command(name = "load", mixinStandardHelpOptions = true, description = "Loads the extracted graph into a TDB2 database.")
public final class LoadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("notegraph load: not implemented yet");
    return ExitCodes.FAILURE;
  }
}
