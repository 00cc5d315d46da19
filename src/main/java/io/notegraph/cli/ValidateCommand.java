package io.notegraph.cli;

import io.notegraph.rdf.GraphValidator;
import io.notegraph.rdf.ValidationResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
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

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      defaultValue = "output/notegraph.trig",
      description = "RDF file in any format, chosen by extension (default: ${DEFAULT-VALUE}).")
  Path file;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new UserError("no such file: " + file + " (run `notegraph extract` first?)");
    }
    ValidationResult result = GraphValidator.standard().validate(load(file));
    PrintWriter out = spec.commandLine().getOut();
    if (result.conforms()) {
      out.println("conforms");
      out.flush();
      return ExitCodes.OK;
    }
    result.violations().forEach(out::println);
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    err.println("notegraph validate: " + result.violations().size() + " violation(s) in " + file);
    err.flush();
    return ExitCodes.INVALID_OUTPUT;
  }

  /** The union of the default graph and all named graphs of {@code path}. */
  private static Graph load(Path path) {
    DatasetGraph dataset;
    try {
      dataset = RDFDataMgr.loadDatasetGraph(path.toString());
    } catch (RiotException e) {
      throw new UserError("cannot read " + path + ": " + e.getMessage());
    }
    Graph union = GraphFactory.createDefaultGraph();
    dataset.find().forEachRemaining(quad -> union.add(quad.asTriple()));
    return union;
  }
}
