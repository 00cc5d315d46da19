package io.notegraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code notegraph extract}: notes to RDF. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Extracts the graph.")
public final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return ExitCodes.FAILURE;
  }
}
