package io.notegraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code notegraph explain}: Shows what entity a name resolved to, every form merged into it, and why. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Shows what entity a name resolved to, every form merged into it, and why.")
public final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("notegraph explain: not implemented yet");
    return ExitCodes.FAILURE;
  }
}
