package io.notegraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code notegraph query}: Runs a catalog question (queries/*.rq) or a SPARQL file on the extracted graph. */
@Command(name = "query", mixinStandardHelpOptions = true, description = "Runs a catalog question (queries/*.rq) or a SPARQL file on the extracted graph.")
public final class QueryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("notegraph query: not implemented yet");
    return ExitCodes.FAILURE;
  }
}
