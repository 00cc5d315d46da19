package io.notegraph.viz;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

/**
 * Graphviz DOT through JGraphT's exporter: nodes named by IRI (a quoted DOT id) with a label and a
 * fill colour per type, edges labelled with their kind and weighted.
 */
final class DotWriter implements GraphWriter {
  @Override
  public void write(ViewModel model, Writer out) {
    DOTExporter<ViewNode, ViewEdge> dot = new DOTExporter<>(n -> quote(n.id()));
    dot.setGraphIdProvider(() -> "notegraph");
    dot.setGraphAttributeProvider(() -> ordered("overlap", "false", "splines", "true"));
    dot.setVertexAttributeProvider(
        n ->
            ordered(
                "label", n.label(),
                "type", n.type().key(),
                "shape", "ellipse",
                "style", "filled",
                "fillcolor", n.type().colour(),
                "fontcolor", "white",
                "fontname", "Helvetica"));
    dot.setEdgeAttributeProvider(
        e -> {
          Map<String, Attribute> a = ordered("label", e.kind().key(), "color", "#999999");
          a.put("weight", DefaultAttribute.createAttribute(e.weight()));
          return a;
        });
    dot.exportGraph(JGraphTView.of(model), out);
  }

  /** A DOT id as a quoted string; JGraphT checks ids but leaves the quoting to the caller. */
  static String quote(String s) {
    return '"'
        + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n")
        + '"';
  }

  private static Map<String, Attribute> ordered(String... keysAndValues) {
    Map<String, Attribute> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], DefaultAttribute.createAttribute(keysAndValues[i + 1]));
    }
    return map;
  }
}
