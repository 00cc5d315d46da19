package io.notegraph.store;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/** The hand-written TriG fixtures under {@code src/test/resources/store/}. */
public final class Fixtures {
  public static final String BASE = "https://w3id.org/notegraph/id/";
  public static final String DOC_JAN = BASE + "doc/fixture/2030-01-10.md";
  public static final String DOC_FEB = BASE + "doc/fixture/2030-02-07.md";
  public static final String DOC_MAR = BASE + "doc/fixture/2030-03-06.md";
  public static final String ENTITIES = BASE + "graph/entities";

  private Fixtures() {}

  /** Two notes and the entities graph. */
  public static Path sample() {
    return resource("/store/sample.trig");
  }

  /** {@link #sample()} with a section renamed in January and a new March note. */
  public static Path sampleChanged() {
    return resource("/store/sample-changed.trig");
  }

  public static DatasetGraph parse(Path trig) {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    RDFParser.source(trig).parse(dsg);
    return dsg;
  }

  /** A copy of one named graph, read in its own transaction. */
  public static Graph graph(DatasetGraph dsg, String name) {
    return Txn.calculateRead(
        dsg,
        () -> {
          Graph copy = GraphFactory.createDefaultGraph();
          dsg.getGraph(NodeFactory.createURI(name)).find().forEachRemaining(copy::add);
          return copy;
        });
  }

  private static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
