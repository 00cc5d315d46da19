package io.notegraph.cli;

import io.notegraph.rdf.GraphValidator;
import io.notegraph.rdf.ValidationResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code notegraph validate [FILE]}: checks a graph against the SHACL shapes in
 * ontology/shapes.ttl. The default graph and every named graph are validated together, since
 * meetings in document graphs point to persons described in {@code graph/entities}.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Checks a graph against the SHACL shapes in ontology/shapes.ttl.",
    footer = {"", "Exit codes: 0 conforms, 1 unreadable input, 3 violations found."})
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin GraphFile input;

  @Override
  public Integer call() {
    ValidationResult result = GraphValidator.standard().validate(input.union());
    PrintWriter out = spec.commandLine().getOut();
    if (result.conforms()) {
      out.println("conforms");
      out.flush();
      return ExitCodes.OK;
    }
    result.violations().forEach(out::println);
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        "notegraph validate: " + result.violations().size() + " violation(s) in " + input.path());
    err.flush();
    return ExitCodes.INVALID_OUTPUT;
  }
}
