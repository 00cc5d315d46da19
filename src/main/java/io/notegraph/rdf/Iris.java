package io.notegraph.rdf;

import io.notegraph.link.Slug;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Mints every IRI of the graph under one base, as docs/GRAPH.md lays them out. Immutable. */
public final class Iris {
  public static final String DEFAULT_BASE = "https://w3id.org/notegraph/id/";
  private final String base;

  public Iris(String base) {
    this.base = base.endsWith("/") || base.endsWith("#") ? base : base + "/";
  }

  public String base() {
    return base;
  }

  public Node document(String documentName) {
    return iri("doc/" + Slug.ofPath(documentName));
  }

  public Node context(String documentName, int length) {
    return iri("doc/" + Slug.ofPath(documentName) + "#char=0," + length);
  }

  /**
   * A mention's IRI in a document minted with {@link #document}: takes the node, so the document
   * name is not slugged again (once per mention, a visible share of the streamed write CPU;
   * docs/BENCHMARKS.md).
   */
  Node mention(Node document, int begin, int end) {
    return NodeFactory.createURI(document.getURI() + "#char=" + begin + "," + end);
  }

  public Node series(String seriesName) {
    return iri("series/" + Slug.of(seriesName));
  }

  public String meetingPath(String seriesName, java.time.LocalDate date) {
    return "meeting/" + Slug.of(seriesName) + "/" + date;
  }

  public Node entity(String entityId) {
    return iri(entityId);
  }

  public Node entitiesGraph() {
    return iri("graph/entities");
  }

  public Node iri(String path) {
    return NodeFactory.createURI(base + path);
  }
}
