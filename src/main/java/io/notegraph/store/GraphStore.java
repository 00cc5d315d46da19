package io.notegraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The notegraph TDB2 database: one named graph per source document plus the entities graph, with
 * the union of all named graphs as the default graph for queries.
 *
 * <pre>{@code
 * try (GraphStore store = GraphStore.builder().database(Path.of("output/tdb2")).build()) {
 *   LoadReport r = store.load(Path.of("output/notegraph.trig"));
 *   System.out.println(r.summary());
 * }
 * }</pre>
 *
 * <p>A load is incremental and all-or-nothing: the incoming file is the complete set of graphs;
 * changed graphs are replaced, new ones added, missing ones removed, in one write transaction (see
 * {@link IncrementalLoad}). Nothing is kept outside the database, so a killed load leaves the last
 * committed state. Thread-safe: TDB2 serialises writers and isolates readers.
 */
public final class GraphStore implements AutoCloseable {
  private final DatasetGraph dsg;
  private final long bulkThreshold;

  private GraphStore(Builder b) {
    this.bulkThreshold = b.bulkThreshold;
    try {
      Files.createDirectories(b.database);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot create database directory " + b.database, e);
    }
    this.dsg = DatabaseMgr.connectDatasetGraph(Location.create(b.database.toString()));
    dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Reads a TriG (or N-Quads) file and loads it; see the class comment. */
  public LoadReport load(Path quadsFile) {
    DatasetGraph incoming = DatasetGraphFactory.create();
    RDFParser.source(quadsFile).lang(Lang.TRIG).parse(incoming);
    return load(incoming);
  }

  /** Loads an extracted dataset, every graph of which is named; see the class comment. */
  public LoadReport load(DatasetGraph extracted) {
    long start = System.nanoTime();
    if (!extracted.getDefaultGraph().isEmpty()) {
      throw new IllegalArgumentException(
          "the default graph holds triples; notegraph puts every triple in a named graph");
    }
    IncrementalLoad load = new IncrementalLoad(dsg, extracted);
    LoadTally result =
        isEmpty() && extracted.stream().limit(bulkThreshold).count() >= bulkThreshold
            ? load.bulk()
            : load.transactional();
    return result.build(Duration.ofNanos(System.nanoTime() - start));
  }

  /** Number of named graphs held. */
  public int graphCount() {
    return Txn.calculateRead(dsg, () -> (int) Iter.count(dsg.listGraphNodes()));
  }

  private boolean isEmpty() {
    return Txn.calculateRead(dsg, dsg::isEmpty);
  }

  /** The database, default graph = union of the named graphs. Use it inside transactions. */
  public DatasetGraph datasetGraph() {
    return dsg;
  }

  public Dataset dataset() {
    return DatasetFactory.wrap(dsg);
  }

  /** Releases the database files; this store must not be used afterwards. */
  @Override
  public void close() {
    TDBInternal.expel(dsg);
  }

  /** Configures a {@link GraphStore}. Not thread-safe. */
  public static final class Builder {
    private Path database;
    private long bulkThreshold = 2_000_000;

    private Builder() {}

    /** The TDB2 database directory; created if missing. */
    public Builder database(Path dir) {
      this.database = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /**
     * Quads from which a load into an empty store uses the TDB2 bulk loader instead of one write
     * transaction (default two million).
     */
    public Builder bulkThreshold(long quads) {
      if (quads < 1) throw new IllegalArgumentException("bulk threshold must be >= 1");
      this.bulkThreshold = quads;
      return this;
    }

    public GraphStore build() {
      if (database == null) throw new IllegalStateException("database directory not set");
      return new GraphStore(this);
    }
  }
}
