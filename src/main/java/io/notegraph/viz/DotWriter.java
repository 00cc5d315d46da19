package io.notegraph.viz;

import java.io.IOException;
import java.io.Writer;

/**
 * Graphviz DOT: nodes named by IRI with a label and a fill colour per type, edges labelled with
 * their kind. Every identifier is a quoted string, so only quotes, backslashes and line breaks need
 * escaping.
 */
final class DotWriter implements GraphWriter {
  @Override
  public void write(ViewModel model, Writer out) throws IOException {
    out.write("digraph notegraph {\n");
    out.write("  graph [overlap=false, splines=true];\n");
    out.write(
        "  node [shape=ellipse, style=filled, fontname=\"Helvetica\", fontcolor=\"white\"];\n");
    out.write("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#999999\"];\n");
    for (ViewNode n : model.nodes()) {
      out.write(
          "  "
              + quote(n.id())
              + " [label="
              + quote(n.label())
              + ", fillcolor="
              + quote(n.type().colour())
              + ", type="
              + quote(n.type().key())
              + "];\n");
    }
    for (ViewEdge e : model.edges()) {
      out.write(
          "  "
              + quote(e.source())
              + " -> "
              + quote(e.target())
              + " [label="
              + quote(e.kind().key())
              + ", weight="
              + e.weight()
              + "];\n");
    }
    out.write("}\n");
  }

  static String quote(String s) {
    return '"'
        + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n")
        + '"';
  }
}
