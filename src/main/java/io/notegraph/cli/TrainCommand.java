package io.notegraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code notegraph train}: Trains the name-finder models from the project's annotated data. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Trains the name-finder models from the project's annotated data.")
public final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("notegraph train: not implemented yet");
    return ExitCodes.FAILURE;
  }
}
