package io.notegraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code notegraph validate}: Checks a graph against the SHACL shapes in ontology/shapes.ttl. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Checks a graph against the SHACL shapes in ontology/shapes.ttl.")
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("notegraph validate: not implemented yet");
    return ExitCodes.FAILURE;
  }
}
