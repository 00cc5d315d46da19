package io.notegraph.rdf;

import io.notegraph.link.Feature;
import io.notegraph.link.LinkedCorpus;
import io.notegraph.link.Release;
import io.notegraph.link.Releases;
import io.notegraph.vocab.Doap;
import io.notegraph.vocab.Ng;
import io.notegraph.vocab.Schema;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Features announced for a version (in the graph of the note that lists them) and release dates
 * (in the entities graph). Features are numbered per version in document order.
 */
final class ReleaseEmitter {
  private static final Node ISSUED = NodeFactory.createURI("http://purl.org/dc/terms/issued");
  private final Iris iris;
  private final QuadSink sink;

  ReleaseEmitter(Iris iris, QuadSink sink) {
    this.iris = iris;
    this.sink = sink;
  }

  void emit(LinkedCorpus corpus) {
    Map<String, Integer> counters = new TreeMap<>();
    for (Feature f : Releases.features(corpus)) {
      QuadSink out = sink.inGraph(iris.document(f.document()));
      int k = counters.merge(f.versionId(), 1, Integer::sum);
      Node version = iris.entity(f.versionId());
      Node feature = iris.entity(f.versionId() + "/feature/" + k);
      out.add(feature, RDF.Nodes.type, Ng.Feature);
      out.add(feature, Schema.name, Lit.str(f.text()));
      out.add(feature, Labels.LABEL, Labels.of(f.text()));
      out.add(feature, Ng.featureOf, iris.entity(f.projectId()));
      out.add(feature, Ng.inVersion, version);
      out.add(version, Ng.feature, feature);
      out.add(feature, Ng.line, Lit.integer(f.range().line()));
      out.add(feature, Doap.wasDerivedFrom, iris.document(f.document()));
    }
    QuadSink entities = sink.inGraph(iris.entitiesGraph());
    for (Release r : Releases.releases(corpus)) {
      entities.add(iris.entity(r.versionId()), ISSUED, Lit.date(r.issued()));
    }
  }
}
