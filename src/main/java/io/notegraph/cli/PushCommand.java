package io.notegraph.cli;

import io.notegraph.store.GraphPush;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code notegraph push}: Sends the graph to a SPARQL Graph Store Protocol endpoint. */
@Command(
    name = "push",
    mixinStandardHelpOptions = true,
    description = {
      "Sends the graph to a SPARQL 1.1 Graph Store Protocol endpoint, one PUT per graph.",
      "Each note's named graph and the entities graph are sent on their own."
    })
public final class PushCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--endpoint",
      required = true,
      paramLabel = "URL",
      description = "Graph Store endpoint, e.g. http://localhost:3030/ds/data")
  String endpoint;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      defaultValue = "output/notegraph.trig",
      description = "TriG written by extract (default: ${DEFAULT-VALUE}).")
  Path file;

  @Option(names = "--user", description = "User for HTTP Basic authentication.")
  String user;

  @Option(
      names = "--password",
      arity = "0..1",
      interactive = true,
      description = "Password (asked for when given without a value).")
  String password;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new UserError("no such file: " + file + " (run notegraph extract first)");
    }
    DatasetGraph dsg = DatasetGraphFactory.create();
    RDFParser.source(file).parse(dsg);
    if (!dsg.listGraphNodes().hasNext()) {
      throw new UserError(file + " has no named graphs; push sends the TriG written by extract");
    }
    GraphPush push = GraphPush.to(endpoint);
    if (user != null) push.basicAuth(user, password);
    long start = System.nanoTime();
    GraphPush.Result r;
    try {
      r = push.push(dsg);
    } catch (GraphPush.PushException e) {
      throw new UserError("push to " + endpoint + " failed: " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "pushed %d graphs (%d triples) to %s (%.1f s)%n",
        r.graphs().size(), r.triples(), endpoint, (System.nanoTime() - start) / 1e9);
    out.flush();
    return ExitCodes.OK;
  }
}
