package io.notegraph.viz;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * GraphML that yEd shows as intended: besides plain data keys (iri, type, label, date; kind and
 * weight on edges) every node carries a {@code y:ShapeNode} with its colour and label, and every
 * edge a {@code y:PolyLineEdge}. GraphML ids are NMTOKENs, which IRIs are not, so nodes get
 * positional ids {@code n0..} (stable: nodes are sorted by IRI) and the IRI goes in a key.
 */
final class GraphmlWriter implements GraphWriter {
  private static final String NS = "http://graphml.graphdrawing.org/xmlns";
  private static final String YNS = "http://www.yworks.com/xml/graphml";

  @Override
  public void write(ViewModel model, Writer out) throws IOException {
    try (XmlOut xml = new XmlOut(out)) {
      xml.open("graphml", "xmlns", NS, "xmlns:y", YNS);
      key(xml, "d0", "node", "iri", "string");
      key(xml, "d1", "node", "type", "string");
      key(xml, "d2", "node", "label", "string");
      key(xml, "d3", "node", "date", "string");
      xml.leaf("key", null, "id", "d4", "for", "node", "yfiles.type", "nodegraphics");
      key(xml, "d5", "edge", "kind", "string");
      key(xml, "d6", "edge", "weight", "int");
      xml.leaf("key", null, "id", "d7", "for", "edge", "yfiles.type", "edgegraphics");
      xml.open("graph", "id", "notegraph", "edgedefault", "directed");
      Map<String, String> ids = new HashMap<>(); // lookup only, never iterated
      Map<String, Integer> degrees = model.degrees();
      for (ViewNode n : model.nodes()) {
        String id = "n" + ids.size();
        ids.put(n.id(), id);
        xml.open("node", "id", id);
        xml.leaf("data", n.id(), "key", "d0");
        xml.leaf("data", n.type().key(), "key", "d1");
        xml.leaf("data", n.label(), "key", "d2");
        if (!n.date().isEmpty()) xml.leaf("data", n.date(), "key", "d3");
        double size = 30 + 4 * Math.sqrt(degrees.get(n.id()));
        xml.open("data", "key", "d4").open("y:ShapeNode");
        xml.leaf("y:Geometry", null, "width", format(size), "height", format(size));
        xml.leaf("y:Fill", null, "color", n.type().colour(), "transparent", "false");
        xml.leaf("y:NodeLabel", n.label(), "modelName", "sides", "modelPosition", "s");
        xml.leaf("y:Shape", null, "type", "ellipse");
        xml.end().end().end();
      }
      int k = 0;
      for (ViewEdge e : model.edges()) {
        xml.open(
            "edge", "id", "e" + k++, "source", ids.get(e.source()), "target", ids.get(e.target()));
        xml.leaf("data", e.kind().key(), "key", "d5");
        xml.leaf("data", Integer.toString(e.weight()), "key", "d6");
        xml.open("data", "key", "d7").open("y:PolyLineEdge");
        xml.leaf(
            "y:LineStyle",
            null,
            "color",
            "#999999",
            "type",
            "line",
            "width",
            Integer.toString(e.weight()));
        xml.leaf("y:Arrows", null, "source", "none", "target", "standard");
        xml.leaf("y:EdgeLabel", e.kind().key());
        xml.end().end().end();
      }
      xml.end().end();
    }
  }

  private static void key(XmlOut xml, String id, String on, String name, String type)
      throws IOException {
    xml.leaf("key", null, "id", id, "for", on, "attr.name", name, "attr.type", type);
  }

  private static String format(double d) {
    return String.format(java.util.Locale.ROOT, "%.1f", d);
  }
}
