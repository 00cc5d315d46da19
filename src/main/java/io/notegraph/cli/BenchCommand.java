package io.notegraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code notegraph bench}: Benchmarks the pipeline on synthetic notes at several sizes. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks the pipeline on synthetic notes at several sizes.")
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("notegraph bench: not implemented yet");
    return ExitCodes.FAILURE;
  }
}
