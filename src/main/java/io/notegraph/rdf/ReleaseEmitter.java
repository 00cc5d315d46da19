package io.notegraph.rdf;

import io.notegraph.link.Fact;
import io.notegraph.link.Feature;
import io.notegraph.link.LinkedCorpus;
import io.notegraph.link.Release;
import io.notegraph.link.ReleaseStatement;
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
 * What notes state about releases and affiliations, each in the graph of the note that states it:
 * features under their version, each version's {@code ng:releaseStatus} (and {@code dcterms:issued}
 * when the note says it came out that day), each accepted affiliation, and an {@code ng:Evidence}
 * record (rule, confidence, line) for every version-of and affiliation tie. Release days also go to
 * the entities graph, as before. Facts under the minimum confidence are left out. Features are
 * numbered per version in document order.
 */
final class ReleaseEmitter {
  private static final Node ISSUED = NodeFactory.createURI("http://purl.org/dc/terms/issued");
  private final Iris iris;
  private final QuadSink sink;
  private final double minConfidence;

  ReleaseEmitter(Iris iris, QuadSink sink, double minConfidence) {
    this.iris = iris;
    this.sink = sink;
    this.minConfidence = minConfidence;
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
    for (ReleaseStatement s : Releases.statements(corpus)) {
      QuadSink out = sink.inGraph(iris.document(s.document()));
      Node version = iris.entity(s.versionId());
      out.add(version, Ng.releaseStatus, Lit.str(s.status()));
      if (s.issued() != null) out.add(version, ISSUED, Lit.date(s.issued()));
    }
    Map<String, Integer> evidence = new TreeMap<>();
    for (Fact f : corpus.facts()) {
      if (f.confidence() < minConfidence) continue;
      Node doc = iris.document(f.document());
      QuadSink out = sink.inGraph(doc);
      Node subject = iris.entity(f.subject());
      Node object = iris.entity(f.object());
      Node predicate = f.relation().equals(Fact.AFFILIATION) ? Schema.affiliation : Ng.versionOf;
      out.add(subject, predicate, object);
      int k = evidence.merge(f.document(), 1, Integer::sum);
      Node e = NodeFactory.createURI(doc.getURI() + "#evidence-" + k);
      out.add(e, RDF.Nodes.type, Ng.Evidence);
      out.add(e, RDF.Nodes.subject, subject);
      out.add(e, RDF.Nodes.predicate, predicate);
      out.add(e, RDF.Nodes.object, object);
      out.add(e, Ng.confidence, Lit.dbl(f.confidence()));
      out.add(e, Ng.rule, Lit.str(f.rule()));
      out.add(e, Ng.line, Lit.integer(f.line()));
    }
    QuadSink entities = sink.inGraph(iris.entitiesGraph());
    for (Release r : Releases.releases(corpus)) {
      entities.add(iris.entity(r.versionId()), ISSUED, Lit.date(r.issued()));
    }
  }
}
