package io.notegraph.rdf;

import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * One emission of the graph held in memory twice over: as a dataset (named graphs, for quad
 * formats) and as one plain graph of every triple (for triple formats and SHACL, where finds
 * through a dataset's union view cost several times more). Built once per run: writing and
 * validation both read it, concurrently if they like, since nobody writes to it afterwards.
 *
 * @param dataset the named graphs as emitted, with the emitted prefixes
 * @param union every triple of every graph, with the same prefixes
 * @param statements statements emitted (a triple in two named graphs counts twice)
 * @param namedGraphs named graphs emitted
 */
public record InMemoryGraph(DatasetGraph dataset, Graph union, long statements, int namedGraphs) {

  /** Runs {@code source} once into a new dataset and builds the union from it. */
  public static InMemoryGraph of(Consumer<StreamRDF> source) {
    DatasetGraph dataset = DatasetGraphFactory.create();
    QuadCount count = new QuadCount();
    source.accept(count.counting(StreamRDFLib.dataset(dataset)));
    return new InMemoryGraph(dataset, unionOf(dataset), count.statements(), count.namedGraphs());
  }

  /** Wraps a dataset built elsewhere. */
  public static InMemoryGraph of(DatasetGraph dataset) {
    return new InMemoryGraph(dataset, unionOf(dataset), dataset.stream().count(),
        (int) org.apache.jena.atlas.iterator.Iter.count(dataset.listGraphNodes()));
  }

  private static Graph unionOf(DatasetGraph dsg) {
    Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
    dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
    g.getPrefixMapping().setNsPrefixes(dsg.prefixes() == null ? java.util.Map.of()
        : dsg.prefixes().getMapping());
    return g;
  }
}
