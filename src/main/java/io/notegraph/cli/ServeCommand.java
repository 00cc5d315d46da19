package io.notegraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code notegraph serve}: Serves the graph over SPARQL with Apache Jena Fuseki and its UI. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serves the graph over SPARQL with Apache Jena Fuseki and its UI.")
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("notegraph serve: not implemented yet");
    return ExitCodes.FAILURE;
  }
}
