package io.notegraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;

/**
 * {@code rdfs:label}s: most RDF tools (Fuseki's results, YASGUI, Protégé, Gephi imports) show a
 * node by its label, so every node a person would look at gets a short one. Stateless.
 */
final class Labels {
  static final Node LABEL = RDFS.label.asNode();
  private static final int MAX = 80;

  private Labels() {}

  /** A label literal: the text on one line, cut at a word near {@value #MAX} characters. */
  static Node of(String text) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    if (oneLine.length() <= MAX) return Lit.str(oneLine);
    int cut = oneLine.lastIndexOf(' ', MAX);
    if (cut < MAX / 2) cut = MAX;
    if (Character.isLowSurrogate(oneLine.charAt(cut))) cut--;
    return Lit.str(oneLine.substring(0, cut).strip() + "…");
  }
}
