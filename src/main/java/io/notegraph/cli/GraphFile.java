package io.notegraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import picocli.CommandLine.Parameters;

/**
 * The graph file a command reads ({@code @Mixin} of validate, viz, export): any RDF syntax, chosen
 * by extension, read as the union of its default and named graphs.
 */
public final class GraphFile {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      defaultValue = "output/notegraph.trig",
      description = "Graph file, any RDF syntax by extension (default: ${DEFAULT-VALUE}).")
  Path path;

  public Path path() {
    return path;
  }

  /** The default graph plus every named graph; a one-line error when missing or unreadable. */
  public Graph union() {
    if (!Files.isRegularFile(path)) {
      throw new UserError("no such file: " + path + " (run `notegraph extract` first?)");
    }
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
