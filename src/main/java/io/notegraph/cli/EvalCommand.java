package io.notegraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code notegraph eval}: Precision, recall and F1 of entity recognition against gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Precision, recall and F1 of entity recognition against gold annotations.")
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("notegraph eval: not implemented yet");
    return ExitCodes.FAILURE;
  }
}
