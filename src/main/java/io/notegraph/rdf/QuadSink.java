package io.notegraph.rdf;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Sends quads of one named graph to a {@link StreamRDF}, dropping exact repeats within that graph
 * (a person listed twice attends once). Not thread-safe: one per graph being written.
 */
final class QuadSink {
  private final StreamRDF stream;
  private final Node graph;
  private final Set<Quad> seen;

  QuadSink(StreamRDF stream) {
    this(stream, Quad.defaultGraphIRI, new HashSet<>());
  }

  private QuadSink(StreamRDF stream, Node graph, Set<Quad> seen) {
    this.stream = stream;
    this.graph = graph;
    this.seen = seen;
  }

  QuadSink inGraph(Node g) {
    return new QuadSink(stream, g, new HashSet<>());
  }

  void add(Node s, Node p, Node o) {
    Quad q = Quad.create(graph, s, p, o);
    if (seen.add(q)) stream.quad(q);
  }
}
