package io.notegraph.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/**
 * The served dataset of {@code serve --in-memory}: the named graphs as emitted, and their union
 * as the default graph, as a TDB2 store with {@code unionDefaultGraph} serves them. The union is
 * copied in (rather than a view) so that the query engine reads it as an ordinary graph; for the
 * graphs notegraph serves from memory that costs a few MB. Transactional (Fuseki needs it).
 */
public final class MemoryDataset {
  private MemoryDataset() {}

  /** A transactional in-memory copy of {@code quads}, default graph = union of its graphs. */
  public static DatasetGraph of(DatasetGraph quads) {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
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
