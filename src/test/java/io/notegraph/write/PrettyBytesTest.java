package io.notegraph.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.rdf.Lit;
import io.notegraph.rdf.Prefixes;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/**
 * {@link PrettyWriter} must write byte for byte what Jena's stock pretty Turtle and TriG writers
 * write for the same graph: nesting, lists, ordering and layout are theirs.
 */
class PrettyBytesTest {
  static {
    JenaSystem.init(); // before any vocabulary class (RDF, RDFS) is first touched
  }

  private static final String ID = "https://example.org/id/";
  private static final String SCHEMA = "https://schema.org/";
  private static final String NIF =
      "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

  private static Node iri(String s) {
    return NodeFactory.createURI(s);
  }

  private static byte[] stockTurtle(Graph g) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFWriter.source(g).format(RDFFormat.TURTLE_PRETTY).output(out);
    return out.toByteArray();
  }

  private static byte[] stockTriG(DatasetGraph d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFWriter.source(d).format(RDFFormat.TRIG_PRETTY).output(out);
    return out.toByteArray();
  }

  private static byte[] ours(Graph g) throws java.io.IOException {
    return ours(sink -> PrettyWriter.turtle(g, sink));
  }

  private static byte[] ours(DatasetGraph d) throws java.io.IOException {
    return ours(sink -> PrettyWriter.trig(d, sink));
  }

  private static byte[] ours(java.util.function.Consumer<Utf8CharSink> writer)
      throws java.io.IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Utf8CharSink sink = new Utf8CharSink(out);
    writer.accept(sink);
    sink.finish();
    return out.toByteArray();
  }

  private static void assertSameBytes(DatasetGraph d) throws java.io.IOException {
    InMemoryGraph g = InMemoryGraph.of(d);
    assertThat(new String(ours(g.union()), StandardCharsets.UTF_8))
        .isEqualTo(new String(stockTurtle(g.union()), StandardCharsets.UTF_8));
    assertThat(ours(g.union())).isEqualTo(stockTurtle(g.union()));
    assertThat(new String(ours(d), StandardCharsets.UTF_8))
        .isEqualTo(new String(stockTriG(d), StandardCharsets.UTF_8));
    assertThat(ours(d)).isEqualTo(stockTriG(d));
  }

  /** Notes-like quads: documents, phrases with offsets, meetings, people, a default graph. */
  private static DatasetGraph notes(int count) {
    DatasetGraph d = DatasetGraphFactory.create();
    Prefixes.all(ID).forEach((p, ns) -> d.prefixes().add(p, ns));
    Node name = iri(SCHEMA + "name");
    for (int n = 0; n < count; n++) {
      Node doc = iri(ID + "doc/2024-0" + (n % 9 + 1) + "-0" + (n % 3 + 1) + ".md");
      Node meeting = iri(ID + "meeting/community/2024-0" + (n % 9 + 1) + "-01");
      d.add(doc, doc, RDF.Nodes.type, iri(SCHEMA + "DigitalDocument"));
      d.add(doc, doc, RDF.Nodes.type, iri("http://www.w3.org/ns/prov#Entity"));
      d.add(doc, doc, name, Lit.str("Notes \"" + n + "\"\twith\nlines ✓"));
      d.add(doc, doc, iri(SCHEMA + "about"), meeting);
      for (int k = 0; k < 5; k++) {
        Node phrase = iri(doc.getURI() + "#char=" + (k * 10) + "," + (k * 10 + 4));
        d.add(doc, phrase, RDF.Nodes.type, iri(NIF + "Phrase"));
        d.add(doc, phrase, iri(NIF + "anchorOf"), Lit.str("Zoë 🙂 " + k));
        d.add(doc, phrase, iri(NIF + "beginIndex"), Lit.nonNegative(k * 10L));
        d.add(doc, phrase, iri(NIF + "referenceContext"), iri(doc.getURI() + "#char=0,9"));
        d.add(
            doc,
            phrase,
            iri("https://example.org/vocab/with-a-very-long-property-name"),
            Lit.dbl(0.5 + k));
        d.add(
            doc, meeting, iri(SCHEMA + "attendee"), iri(ID + "person/person-" + (n * 7 + k) % 11));
      }
      d.add(
          doc,
          meeting,
          iri(SCHEMA + "startDate"),
          NodeFactory.createLiteralDT("2024-01-02T10:00:00-05:00", XSDDatatype.XSDdateTime));
      d.add(doc, meeting, name, NodeFactory.createLiteralLang("réunion", "fr"));
      d.add(doc, doc, iri(NIF + "isString"), Lit.str("half \uD83D and \uDE42 alone"));
    }
    d.getDefaultGraph().add(iri(ID + "person/person-1"), name, Lit.str("Jane Doe"));
    d.getDefaultGraph().add(iri(ID + "person/person-1"), RDFS.Nodes.label, Lit.str("Jane"));
    return d;
  }

  @Test
  void notesLikeGraphsWriteAsJenasPrettyWritersWrite() throws Exception {
    assertSameBytes(notes(12));
  }

  @Test
  void nestedBlankNodesListsAndFreeBlankNodesWriteAsJenaWrites() throws Exception {
    DatasetGraph d = DatasetGraphFactory.create();
    d.prefixes().add("schema", SCHEMA);
    d.prefixes().add("rdf", RDF.getURI());
    Node g = iri(ID + "graph/1");
    Node s = iri(ID + "thing/1");
    Node nested = NodeFactory.createBlankNode("n1");
    d.add(g, s, iri(SCHEMA + "author"), nested);
    d.add(g, nested, iri(SCHEMA + "name"), Lit.str("nested once"));
    Node shared = NodeFactory.createBlankNode("n2");
    d.add(g, s, iri(SCHEMA + "knows"), shared);
    d.add(g, iri(ID + "thing/2"), iri(SCHEMA + "knows"), shared);
    Node free = NodeFactory.createBlankNode("n3");
    d.add(g, free, iri(SCHEMA + "name"), Lit.str("free"));
    // A well-formed list, and an empty one.
    Node l1 = NodeFactory.createBlankNode("l1");
    Node l2 = NodeFactory.createBlankNode("l2");
    d.add(g, s, iri(SCHEMA + "itemList"), l1);
    d.add(g, l1, RDF.Nodes.first, Lit.str("one"));
    d.add(g, l1, RDF.Nodes.rest, l2);
    d.add(g, l2, RDF.Nodes.first, iri(ID + "thing/3"));
    d.add(g, l2, RDF.Nodes.rest, RDF.Nodes.nil);
    d.add(g, s, iri(SCHEMA + "empty"), RDF.Nodes.nil);
    d.add(g, s, RDF.Nodes.type, iri(SCHEMA + "Thing"));
    d.add(g, s, RDFS.Nodes.comment, Lit.str("a\r\nmulti-line\ncomment"));
    assertSameBytes(d);
  }

  // ---- random graphs ----

  @Property(tries = 150, seed = "20261123")
  void randomGraphsWriteAsJenaWrites(@ForAll long seed) throws Exception {
    assertSameBytes(RandomQuads.dataset(new Random(seed), ID));
  }
}
