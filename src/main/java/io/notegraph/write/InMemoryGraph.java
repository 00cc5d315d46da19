package io.notegraph.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * One emission of the graph held in memory twice over: as a dataset (named graphs, for quad
 * formats) and as one plain graph of every triple (for triple formats and SHACL, where finds
 * through a dataset's union view cost several times more). Built once per run: writing and
 * validation both read it, concurrently if they like, since nobody writes to it afterwards.
 *
 * <p>The union is built on its own thread once the emission is over, in emission order, while
 * readers of the dataset (the TriG writer) already run: building it was a quarter of the serial
 * time between linking and writing. {@link #union()} waits for it. Thread-safe to read.
 */
public final class InMemoryGraph {
  private final DatasetGraph dataset;
  private final CompletableFuture<Graph> union;
  private final long statements;
  private final int namedGraphs;

  private InMemoryGraph(
      DatasetGraph dataset, CompletableFuture<Graph> union, long statements, int namedGraphs) {
    this.dataset = dataset;
    this.union = union;
    this.statements = statements;
    this.namedGraphs = namedGraphs;
  }

  /** Runs {@code source} once into a new dataset, and starts building the union. */
  public static InMemoryGraph of(Consumer<StreamRDF> source) {
    DatasetGraph dataset = DatasetGraphFactory.create();
    QuadCount count = new QuadCount();
    List<Triple> triples = new ArrayList<>();
    source.accept(
        count.counting(
            new StreamRDFWrapper(StreamRDFLib.dataset(dataset)) {
              @Override
              public void triple(Triple t) {
                triples.add(t);
                super.triple(t);
              }

              @Override
              public void quad(Quad q) {
                triples.add(q.asTriple());
                super.quad(q);
              }
            }));
    return new InMemoryGraph(
        dataset, unionOf(triples, dataset), count.statements(), count.namedGraphs());
  }

  /** Wraps a dataset built elsewhere (its union in the dataset's own order). */
  public static InMemoryGraph of(DatasetGraph dataset) {
    List<Triple> triples = new ArrayList<>();
    dataset.find().forEachRemaining(q -> triples.add(q.asTriple()));
    return new InMemoryGraph(
        dataset,
        unionOf(triples, dataset),
        triples.size(),
        (int) Iter.count(dataset.listGraphNodes()));
  }

  /** The named graphs as emitted, with the emitted prefixes. */
  public DatasetGraph dataset() {
    return dataset;
  }

  /** Every triple of every graph, with the same prefixes; waits until it is built. */
  public Graph union() {
    try {
      return union.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }

  /** Statements emitted (a triple stated in two named graphs counts twice). */
  public long statements() {
    return statements;
  }

  /** Named graphs emitted. */
  public int namedGraphs() {
    return namedGraphs;
  }

  private static CompletableFuture<Graph> unionOf(List<Triple> triples, DatasetGraph dsg) {
    Map<String, String> prefixes = dsg.prefixes() == null ? Map.of() : dsg.prefixes().getMapping();
    return CompletableFuture.supplyAsync(
        () -> {
          Graph g = GraphFactory.createDefaultGraph();
          for (Triple t : triples) g.add(t);
          g.getPrefixMapping().setNsPrefixes(prefixes);
          return g;
        },
        task -> {
          // A thread of its own: the common pool's threads are the writers waiting for this.
          Thread t = new Thread(task, "notegraph-union");
          t.setDaemon(true);
          t.start();
        });
  }
}
