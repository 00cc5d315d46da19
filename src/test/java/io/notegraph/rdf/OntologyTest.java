package io.notegraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every ng: term the shapes, the queries, the example and the contract use is declared. */
class OntologyTest {
  static final String NG = "https://w3id.org/notegraph/ontology#";
  static final Pattern PREFIXED = Pattern.compile("\\bng:([A-Za-z][A-Za-z0-9]*)");
  static final Pattern FULL = Pattern.compile(Pattern.quote("<" + NG) + "([A-Za-z0-9]+)>");
  static Graph ontology;

  @BeforeAll
  static void load() {
    ontology = RDFDataMgr.loadGraph("ontology/notegraph.ttl");
  }

  @Test
  void ontologyHasAHeaderWithVersionTitleAndLicense() {
    Node header = NodeFactory.createURI("https://w3id.org/notegraph/ontology");
    assertThat(ontology.contains(header, RDF.type.asNode(), OWL.Ontology.asNode())).isTrue();
    assertThat(ontology.find(header, OWL.versionInfo.asNode(), Node.ANY).hasNext()).isTrue();
    assertThat(ontology.find(header, dcterms("title"), Node.ANY).hasNext()).isTrue();
    assertThat(ontology.find(header, dcterms("license"), Node.ANY).hasNext()).isTrue();
  }

  @Test
  void everyTermOfTheShapesIsDeclared() {
    Set<String> used = new TreeSet<>();
    RDFDataMgr.loadGraph("ontology/shapes.ttl").find().forEachRemaining(t -> addTermsOf(t, used));
    assertThat(used).contains("recordingOffset", "topicKind");
    assertDeclared(used);
  }

  @Test
  void everyTermOfTheQueriesIsDeclared() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("queries"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
        used.addAll(termsIn(Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    assertThat(used).isNotEmpty();
    assertDeclared(used);
  }

  @Test
  void everyTermOfTheContractAndItsExampleIsDeclared() throws IOException {
    Set<String> used = new TreeSet<>(termsIn(Files.readString(Path.of("docs/GRAPH.md"))));
    RDFDataMgr.loadGraph("rdf/contract-example.ttl")
        .find()
        .forEachRemaining(t -> addTermsOf(t, used));
    assertThat(used).contains("Demo", "Command", "sourcePath", "inVersion");
    assertDeclared(used);
  }

  static void assertDeclared(Set<String> terms) {
    List<Node> kinds =
        List.of(OWL.Class.asNode(), OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode());
    for (String term : terms) {
      Node n = NodeFactory.createURI(NG + term);
      assertThat(kinds.stream().anyMatch(k -> ontology.contains(n, RDF.type.asNode(), k)))
          .as("ng:%s is declared as a class or property", term)
          .isTrue();
      assertThat(ontology.find(n, RDFS.label.asNode(), Node.ANY).hasNext())
          .as("ng:%s has a label", term)
          .isTrue();
      assertThat(ontology.find(n, RDFS.comment.asNode(), Node.ANY).hasNext())
          .as("ng:%s has a comment", term)
          .isTrue();
    }
  }

  static Set<String> termsIn(String text) {
    Set<String> terms = new TreeSet<>();
    for (Pattern p : List.of(PREFIXED, FULL)) {
      Matcher m = p.matcher(text);
      while (m.find()) terms.add(m.group(1));
    }
    return terms;
  }

  static void addTermsOf(Triple triple, Set<String> into) {
    for (Node node : List.of(triple.getSubject(), triple.getPredicate(), triple.getObject())) {
      if (node.isURI() && node.getURI().startsWith(NG)) {
        into.add(node.getURI().substring(NG.length()));
      }
    }
  }

  static Node dcterms(String local) {
    return NodeFactory.createURI("http://purl.org/dc/terms/" + local);
  }
}
