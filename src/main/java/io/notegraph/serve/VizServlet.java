package io.notegraph.serve;

import io.notegraph.viz.GraphView;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * {@code /viz}: the interactive graph page built live from the store, so it always shows what the
 * server serves. The union graph is copied in a read transaction, then rendered. Thread-safe.
 */
public final class VizServlet extends HttpServlet {
  private final transient DatasetGraph dataset;

  private VizServlet(DatasetGraph dataset) {
    this.dataset = dataset;
  }

  /**
   * For the TDB2 database in {@code dir} (the same instance the server uses), with source links to
   * the notes served at {@code /notes/}.
   */
  public static VizServlet forDatabaseWithNotes(Path dir) {
    return new VizServlet(DatabaseMgr.connectDatasetGraph(dir.toString()));
  }

  /** For a dataset the server holds, with source links to the notes served at {@code /notes/}. */
  public static VizServlet forDatasetWithNotes(DatasetGraph dsg) {
    return new VizServlet(dsg);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Graph copy =
        Txn.calculateRead(
            dataset,
            () -> {
              Graph g = GraphFactory.createDefaultGraph();
              GraphUtil.addInto(g, dataset.getUnionGraph());
              return g;
            });
    byte[] page =
        GraphView.builder()
            .noteLinks(path -> NotesServlet.PREFIX + path)
            .build(ModelFactory.createModelForGraph(copy))
            .html()
            .getBytes(StandardCharsets.UTF_8);
    resp.setContentType("text/html; charset=utf-8");
    resp.setContentLength(page.length);
    resp.getOutputStream().write(page);
  }
}
