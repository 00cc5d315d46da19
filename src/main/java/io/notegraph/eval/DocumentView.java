package io.notegraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * One document's named graph read together with {@code graph/entities}: structure comes from the
 * document's graph, names and types from either. Not thread-safe (Jena graphs are not).
 */
final class DocumentView {
  private final Graph doc;
  private final Graph entities;

  DocumentView(Graph doc, Graph entities) {
    this.doc = doc;
    this.entities = entities;
  }

  Graph doc() {
    return doc;
  }

  Graph entities() {
    return entities;
  }

  /** Objects of {@code s p ?o} in the document's graph, sorted for determinism. */
  List<Node> docObjects(Node s, Node p) {
    return sorted(doc.find(s, p, Node.ANY).mapWith(Triple::getObject).toList());
  }

  /** Subjects of {@code ?s p o} in the document's graph, sorted. */
  List<Node> docSubjects(Node p, Node o) {
    return sorted(doc.find(Node.ANY, p, o).mapWith(Triple::getSubject).toList());
  }

  /** The first literal of {@code s p ?o}, in the document's graph, else in entities. */
  Optional<String> literal(Node s, Node p) {
    for (Graph g : List.of(doc, entities)) {
      Optional<String> v =
          sorted(g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList()).stream()
              .filter(Node::isLiteral)
              .map(Node::getLiteralLexicalForm)
              .findFirst();
      if (v.isPresent()) return v;
    }
    return Optional.empty();
  }

  /** The first IRI object of {@code s p ?o} in either graph. */
  Optional<Node> object(Node s, Node p) {
    for (Graph g : List.of(doc, entities)) {
      Optional<Node> v =
          sorted(g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList()).stream()
              .filter(Node::isURI)
              .findFirst();
      if (v.isPresent()) return v;
    }
    return Optional.empty();
  }

  /** Whether either graph types {@code n} with one of {@code types}. */
  boolean hasType(Node n, Node... types) {
    for (Node t : types) {
      if (doc.contains(n, Terms.TYPE, t) || entities.contains(n, Terms.TYPE, t)) return true;
    }
    return false;
  }

  /** Every name-like literal of {@code n} in either graph. */
  Set<String> names(Node n) {
    Set<String> names = new TreeSet<>();
    for (Graph g : List.of(doc, entities)) {
      for (Node p : Terms.NAMES) {
        g.find(n, p, Node.ANY)
            .filterKeep(t -> t.getObject().isLiteral())
            .forEach(t -> names.add(t.getObject().getLiteralLexicalForm()));
      }
    }
    return names;
  }

  /** {@code n} with its names. */
  Thing thing(Node n) {
    return new Thing(n.toString(), names(n));
  }

  /** Every IRI the document's graph links to, as subject or object, sorted. */
  List<Node> linked() {
    Set<Node> all = new TreeSet<>(DocumentView::compare);
    doc.find()
        .forEach(
            t -> {
              if (t.getSubject().isURI()) all.add(t.getSubject());
              if (t.getObject().isURI()) all.add(t.getObject());
            });
    return new ArrayList<>(all);
  }

  private static List<Node> sorted(List<Node> nodes) {
    List<Node> copy = new ArrayList<>(nodes);
    copy.sort(DocumentView::compare);
    return copy;
  }

  private static int compare(Node a, Node b) {
    return a.toString().compareTo(b.toString());
  }
}
