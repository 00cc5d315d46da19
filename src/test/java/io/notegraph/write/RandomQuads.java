package io.notegraph.write;

import io.notegraph.rdf.Lit;
import io.notegraph.rdf.Prefixes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Random quads for comparing our writers with Jena's: minted, vocabulary and short prefixed
 * subjects (some at Jena's line-break width), blank nodes, literals of every kind, lists (now and
 * then broken), several graphs and the default one, in random order, under a random part of the
 * usual prefixes. Reproducible from the {@link Random}.
 */
final class RandomQuads {
  static {
    JenaSystem.init(); // before the vocabulary constants below
  }

  private static final String SCHEMA = "https://schema.org/";
  private static final String NIF =
      "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
  private static final List<String> PREDICATES =
      List.of(
          RDF.type.getURI(),
          RDFS.label.getURI(),
          RDFS.comment.getURI(),
          SCHEMA + "name",
          SCHEMA + "about",
          SCHEMA + "attendee",
          NIF + "beginIndex",
          "https://example.org/vocab/with-a-very-long-property-name-beyond-the-column",
          "http://example.org/p#x");

  private final Random r;
  private final String id;

  private RandomQuads(Random r, String id) {
    this.r = r;
    this.id = id;
  }

  /** A dataset of up to 120 random quads. */
  static DatasetGraph dataset(Random r, String id) {
    DatasetGraph d = DatasetGraphFactory.create();
    quads(r, id, d.prefixes()::add, d::add);
    return d;
  }

  /** The prefixes (to {@code prefixes}), then up to 120 random quads (to {@code out}). */
  static void quads(Random r, String id, BiConsumer<String, String> prefixes, Consumer<Quad> out) {
    new RandomQuads(r, id).emit(prefixes, out);
  }

  private void emit(BiConsumer<String, String> prefixes, Consumer<Quad> out) {
    List<Map.Entry<String, String>> all = new ArrayList<>(Prefixes.all(id).entrySet());
    all.add(Map.entry("rdf", RDF.getURI()));
    all.add(Map.entry("ex", "http://example.org/"));
    all.add(Map.entry("exp", "http://example.org/p#"));
    for (Map.Entry<String, String> p : all) {
      if (r.nextInt(3) > 0) prefixes.accept(p.getKey(), p.getValue());
    }
    int graphs = 1 + r.nextInt(4);
    int quads = r.nextInt(120);
    Node g = graph(graphs);
    Node s = subject();
    for (int i = 0; i < quads; i++) {
      // Runs: the same subject for a while, now and then on into another graph.
      if (r.nextInt(3) == 0) g = graph(graphs);
      if (r.nextInt(3) == 0) s = subject();
      out.accept(Quad.create(g, s, iri(PREDICATES.get(r.nextInt(PREDICATES.size()))), object()));
      if (r.nextInt(15) == 0) list(g, s, out);
    }
  }

  private Node graph(int graphs) {
    return r.nextInt(6) == 0 ? Quad.defaultGraphIRI : iri(id + "graph/" + r.nextInt(graphs));
  }

  private static Node iri(String s) {
    return NodeFactory.createURI(s);
  }

  private Node subject() {
    return switch (r.nextInt(7)) {
      case 0 -> NodeFactory.createBlankNode("b" + r.nextInt(6));
      case 1 ->
          iri(
              "http://example.org/"
                  + (r.nextBoolean() ? "x" + r.nextInt(5) : "a/b#" + r.nextInt(3)));
      // ex: plus 10 to 19 chars: printed 13 to 22 wide, around Jena's line-break width (20)
      case 2 -> iri("http://example.org/" + "s".repeat(10 + r.nextInt(10)));
      default -> iri(id + "doc/n" + r.nextInt(8) + ".md#char=" + r.nextInt(4) + "," + r.nextInt(9));
    };
  }

  private Node object() {
    return switch (r.nextInt(12)) {
      case 0 -> NodeFactory.createBlankNode("b" + r.nextInt(6));
      case 1 -> RDF.Nodes.nil;
      case 2 -> Lit.str("line\nbreak \"quoted\" \\ tab\t ünï 🙂");
      case 3 -> NodeFactory.createLiteralLang("bonjour", "fr");
      case 4 -> Lit.nonNegative(r.nextInt(20_000));
      case 5 -> Lit.integer(r.nextInt(200) - 100);
      case 6 -> Lit.dbl(r.nextDouble());
      case 7 -> NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
      case 8 -> NodeFactory.createLiteralDT("2.50", XSDDatatype.XSDdecimal);
      case 9 -> iri(SCHEMA + (r.nextBoolean() ? "Event" : "Person"));
      default -> subject();
    };
  }

  /** A list of 1 to 3 elements, well formed or (now and then) not. */
  private void list(Node g, Node s, Consumer<Quad> out) {
    Node head = NodeFactory.createBlankNode("l" + r.nextInt(1_000_000));
    out.accept(Quad.create(g, s, iri(SCHEMA + "itemList"), head));
    Node cell = head;
    int n = 1 + r.nextInt(3);
    for (int k = 0; k < n; k++) {
      out.accept(Quad.create(g, cell, RDF.Nodes.first, object()));
      Node next =
          k == n - 1 ? RDF.Nodes.nil : NodeFactory.createBlankNode("l" + r.nextInt(1_000_000));
      if (r.nextInt(10) > 0) out.accept(Quad.create(g, cell, RDF.Nodes.rest, next));
      cell = next;
    }
  }
}
