package io.notegraph.store;

import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Brings the store in line with an extracted dataset, which is the complete set of graphs.
 *
 * <p>The transactional path compares each incoming graph with the stored one by content hash
 * ({@link GraphHash}) and rewrites only what differs, all in one write transaction: any failure
 * aborts it and the store keeps its previous state. Hashing the stored graphs at load time (rather
 * than keeping hashes in a bookkeeping graph) keeps the union default graph free of anything but
 * the notes' own triples. Not thread-safe; one instance per load.
 */
final class IncrementalLoad {
  private static final Comparator<Node> BY_IRI = Comparator.comparing(Node::toString);

  private final DatasetGraph store;
  private final DatasetGraph incoming;

  IncrementalLoad(DatasetGraph store, DatasetGraph incoming) {
    this.store = store;
    this.incoming = incoming;
  }

  LoadTally transactional() {
    return Txn.calculateWrite(store, this::apply);
  }

  private LoadTally apply() {
    LoadTally tally = new LoadTally();
    Set<Node> stored = sortedNames(store);
    for (Node name : sortedNames(incoming)) {
      Graph in = incoming.getGraph(name);
      if (!stored.remove(name)) {
        tally.added(label(name), copy(name, in));
      } else if (sameContent(store.getGraph(name), in)) {
        tally.unchanged(label(name));
      } else {
        store.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        tally.replaced(label(name), copy(name, in));
      }
    }
    for (Node gone : stored) {
      store.deleteAny(gone, Node.ANY, Node.ANY, Node.ANY);
      tally.removed(label(gone));
    }
    return tally;
  }

  /**
   * Loads into an empty store with TDB2's sequential bulk loader: unlike the default (phased)
   * loader it stays fully transactional if the process is killed. On an exception the partial data
   * is cleared so the store is empty again, as it was.
   */
  LoadTally bulk() {
    MonitorOutput quiet = (fmt, args) -> {};
    DataLoader loader = LoaderFactory.sequentialLoader(store, quiet);
    loader.startBulk();
    try {
      // The loader's stream must see start() and finish(), or its phases wait forever.
      StreamRDF sink = loader.stream();
      sink.start();
      StreamRDFOps.sendDatasetToStream(incoming, sink);
      sink.finish();
      loader.finishBulk();
    } catch (RuntimeException e) {
      loader.finishException(e);
      Txn.executeWrite(store, store::clear);
      throw e;
    }
    LoadTally tally = new LoadTally();
    for (Node name : sortedNames(incoming)) {
      tally.added(label(name), incoming.getGraph(name).size());
    }
    return tally;
  }

  private long copy(Node name, Graph in) {
    long[] n = {0};
    in.find()
        .forEachRemaining(
            t -> {
              store.add(name, t.getSubject(), t.getPredicate(), t.getObject());
              n[0]++;
            });
    return n[0];
  }

  private static boolean sameContent(Graph stored, Graph in) {
    return stored.size() == in.size()
        && GraphHash.of(stored.find()).equals(GraphHash.of(in.find()));
  }

  private static String label(Node graphName) {
    return graphName.isURI() ? graphName.getURI() : graphName.toString();
  }

  private static Set<Node> sortedNames(DatasetGraph dsg) {
    Set<Node> names = new TreeSet<>(BY_IRI);
    dsg.listGraphNodes().forEachRemaining(names::add);
    return names;
  }
}
