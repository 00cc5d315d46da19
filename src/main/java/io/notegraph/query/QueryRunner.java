package io.notegraph.query;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalLong;
import org.apache.jena.graph.Graph;
import org.apache.jena.http.HttpEnv;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Runs a query on an extracted file (in memory) or on a SPARQL endpoint and writes the results.
 *
 * <p>Locally the default graph is a copy of the union of all named graphs, as in the store and the
 * server, and the named graphs stay available to {@code GRAPH} patterns. Thread-safe for concurrent
 * runs: the local dataset is only read.
 */
public final class QueryRunner {
  private final Dataset local;
  private final String endpoint;
  private final TruncationWatch http;

  private QueryRunner(Dataset local, String endpoint) {
    this.local = local;
    this.endpoint = endpoint;
    this.http = endpoint == null ? null : new TruncationWatch(HttpEnv.getDftHttpClient());
  }

  /**
   * The result limit the server cut the last remote answer at, if it did (a notegraph server says
   * so in a response header); empty for local runs, which have no limit.
   */
  public OptionalLong truncatedAt() {
    return http == null ? OptionalLong.empty() : http.cutAt();
  }

  /** Over a TriG, N-Quads or Turtle file. */
  public static QueryRunner local(Path file) {
    DatasetGraph dsg = DatasetGraphFactory.createGeneral();
    RDFParser.source(file).parse(dsg);
    Graph union = GraphFactory.createDefaultGraph();
    dsg.getDefaultGraph().find().forEachRemaining(union::add);
    dsg.find().forEachRemaining(q -> union.add(q.asTriple()));
    DatasetGraph withUnion = DatasetGraphFactory.create(union);
    dsg.listGraphNodes().forEachRemaining(g -> withUnion.addGraph(g, dsg.getGraph(g)));
    return new QueryRunner(DatasetFactory.wrap(withUnion), null);
  }

  /** Over a SPARQL 1.1 query endpoint. */
  public static QueryRunner remote(String endpointUrl) {
    return new QueryRunner(null, Objects.requireNonNull(endpointUrl));
  }

  /** Runs the query and writes its results in the format. */
  public void run(Query query, ResultFormat format, OutputStream out) {
    try (QueryExecution qe = execution(query)) {
      if (query.isSelectType()) {
        writeRows(qe.execSelect(), query, format, out);
      } else if (query.isAskType()) {
        boolean yes = qe.execAsk();
        switch (format) {
          case JSON -> ResultSetFormatter.outputAsJSON(out, yes);
          case CSV -> ResultSetFormatter.outputAsCSV(out, yes);
          case TSV -> ResultSetFormatter.outputAsTSV(out, yes);
          case TEXT -> write(out, (yes ? "yes" : "no") + "\n");
        }
      } else {
        Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
        if (format == ResultFormat.CSV || format == ResultFormat.TSV) {
          throw new IllegalArgumentException("this query returns a graph: use text or json");
        }
        RDFDataMgr.write(out, m, format == ResultFormat.JSON ? RDFFormat.JSONLD : RDFFormat.TURTLE);
      }
    }
  }

  private QueryExecution execution(Query query) {
    if (endpoint != null) {
      return QueryExecutionHTTP.service(endpoint).httpClient(http).query(query).build();
    }
    return QueryExecution.dataset(local).query(query).build();
  }

  private static void writeRows(ResultSet rs, Query query, ResultFormat format, OutputStream out) {
    switch (format) {
      case TEXT -> ResultSetFormatter.out(out, rs, query.getPrologue());
      case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
      case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
      case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
    }
  }

  private static void write(OutputStream out, String s) {
    try {
      out.write(s.getBytes(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
