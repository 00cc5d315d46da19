package io.notegraph.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/**
 * The served dataset of {@code serve --in-memory}: the named graphs as emitted, and their union as
 * the default graph, as a TDB2 store with {@code unionDefaultGraph} serves them. The union is
 * copied in (rather than a view) so that the query engine reads it as an ordinary graph; for the
 * graphs notegraph serves from memory that costs a few MB. Plain in-memory graphs, transactions by
 * a multiple-reader, single-writer lock (Fuseki needs transactions; a read-only server only reads):
 * copying into the fully transactional TIM dataset ({@code createTxnMem}) was many times slower
 * (docs/BENCHMARKS.md, "Query serving").
 */
public final class MemoryDataset {
  private MemoryDataset() {}

  /** An in-memory copy of {@code quads}, default graph = union of its named graphs. */
  public static DatasetGraph of(DatasetGraph quads) {
    DatasetGraph dsg = DatasetGraphFactory.create();
    Txn.executeWrite(
        dsg,
        () -> {
          quads.find().forEachRemaining(dsg::add);
          Graph union = dsg.getDefaultGraph();
          quads.find().forEachRemaining(q -> union.add(q.asTriple()));
          quads.prefixes().forEach((prefix, iri) -> dsg.prefixes().add(prefix, iri));
        });
    return dsg;
  }
}
