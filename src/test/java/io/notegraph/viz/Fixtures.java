package io.notegraph.viz;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;

/** The hand-made TriG fixture (three fictional meetings) as the union of its graphs. */
final class Fixtures {
  static final String ID = "https://w3id.org/notegraph/id/";

  private Fixtures() {}

  static Path sampleTrig() {
    try {
      return Path.of(Fixtures.class.getResource("/viz/sample.trig").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Model sample() {
    Dataset ds = RDFDataMgr.loadDataset(sampleTrig().toString());
    return ModelFactory.createDefaultModel().add(ds.getUnionModel()).add(ds.getDefaultModel());
  }

  static GraphView sampleView() {
    return GraphView.of(sample());
  }
}
