package io.notegraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Finds each document's named graph by its {@code ng:sourcePath} (relative to whatever input root
 * the graph was extracted from), and {@code graph/entities}. A gold note path matches a source path
 * when the two are equal or one ends with the other at a {@code /} boundary; an equal path wins,
 * then the longest source path, then the first in IRI order.
 */
final class DocumentIndex {
  /** One document: its IRI, source path and the named graph that holds it. */
  record Document(Node iri, String sourcePath, Node graphName) {}

  private final DatasetGraph dataset;
  private final List<Document> documents = new ArrayList<>();
  private final Graph entities;

  DocumentIndex(DatasetGraph dataset) {
    this.dataset = dataset;
    Graph found = null;
    List<Node> names = new ArrayList<>();
    dataset.listGraphNodes().forEachRemaining(names::add);
    names.sort((a, b) -> a.toString().compareTo(b.toString()));
    for (Node g : names) {
      if (g.isURI() && g.getURI().endsWith("/graph/entities")) found = dataset.getGraph(g);
      for (Triple t : dataset.getGraph(g).find(Node.ANY, Terms.SOURCE_PATH, Node.ANY).toList()) {
        if (t.getObject().isLiteral()) {
          documents.add(new Document(t.getSubject(), t.getObject().getLiteralLexicalForm(), g));
        }
      }
    }
    entities = found != null ? found : org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
  }

  /**
   * The documents of one gold note path: one, or one per meeting when the note is a running notes
   * file that the tool read as several meetings (in graph order).
   */
  List<Document> findAll(String notePath) {
    String want = clean(notePath);
    List<Document> equal =
        documents.stream().filter(d -> clean(d.sourcePath()).equals(want)).toList();
    return equal.isEmpty() ? find(notePath).map(List::of).orElse(List.of()) : equal;
  }

  /** The document for a gold note path, if the graph has one. */
  Optional<Document> find(String notePath) {
    String want = clean(notePath);
    Optional<Document> equal =
        documents.stream().filter(d -> clean(d.sourcePath()).equals(want)).findFirst();
    if (equal.isPresent()) return equal;
    return documents.stream()
        .filter(d -> suffix(want, clean(d.sourcePath())) || suffix(clean(d.sourcePath()), want))
        .sorted(
            (a, b) -> {
              int byLength = Integer.compare(b.sourcePath().length(), a.sourcePath().length());
              return byLength != 0 ? byLength : a.iri().toString().compareTo(b.iri().toString());
            })
        .findFirst();
  }

  /** The view of one document's graph with the entities graph. */
  DocumentView view(Document d) {
    return new DocumentView(dataset.getGraph(d.graphName()), entities);
  }

  private static boolean suffix(String longer, String shorter) {
    return longer.endsWith("/" + shorter);
  }

  private static String clean(String path) {
    String p = path.replace('\\', '/');
    while (p.startsWith("./")) p = p.substring(2);
    return p.startsWith("/") ? p.substring(1) : p;
  }
}
