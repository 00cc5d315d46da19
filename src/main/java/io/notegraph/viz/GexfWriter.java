package io.notegraph.viz;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * GEXF 1.3 for Gephi: node attributes type, label and date, edge attribute kind, weights, and
 * {@code viz:color}/{@code viz:size} so the first view in Gephi already looks like the page. Ids
 * are the IRIs (GEXF ids are free strings). No {@code lastmodifieddate}: output is stable.
 */
final class GexfWriter implements GraphWriter {
  @Override
  public void write(ViewModel model, Writer out) throws IOException {
    try (XmlOut xml = new XmlOut(out)) {
      xml.open(
          "gexf",
          "xmlns",
          "http://gexf.net/1.3",
          "xmlns:viz",
          "http://gexf.net/1.3/viz",
          "version",
          "1.3");
      xml.open("meta").leaf("creator", "notegraph").leaf("description", "notegraph view").end();
      xml.open("graph", "defaultedgetype", "directed", "mode", "static");
      xml.open("attributes", "class", "node", "mode", "static");
      xml.leaf("attribute", null, "id", "type", "title", "type", "type", "string");
      xml.leaf("attribute", null, "id", "label", "title", "label", "type", "string");
      xml.leaf("attribute", null, "id", "date", "title", "date", "type", "string");
      xml.end();
      xml.open("attributes", "class", "edge", "mode", "static");
      xml.leaf("attribute", null, "id", "kind", "title", "kind", "type", "string");
      xml.end();
      Map<String, Integer> degrees = model.degrees();
      xml.open("nodes");
      for (ViewNode n : model.nodes()) {
        xml.open("node", "id", n.id(), "label", n.label());
        xml.open("attvalues");
        xml.leaf("attvalue", null, "for", "type", "value", n.type().key());
        xml.leaf("attvalue", null, "for", "label", "value", n.label());
        if (!n.date().isEmpty()) xml.leaf("attvalue", null, "for", "date", "value", n.date());
        xml.end();
        String c = n.type().colour();
        xml.leaf("viz:color", null, "r", hex(c, 1), "g", hex(c, 3), "b", hex(c, 5));
        double size = 10 + 4 * Math.sqrt(degrees.get(n.id()));
        xml.leaf("viz:size", null, "value", String.format(Locale.ROOT, "%.1f", size));
        xml.end();
      }
      xml.end();
      xml.open("edges");
      for (ViewEdge e : model.edges()) {
        xml.open(
            "edge",
            "id",
            e.id(),
            "source",
            e.source(),
            "target",
            e.target(),
            "label",
            e.kind().key(),
            "weight",
            Integer.toString(e.weight()));
        xml.open("attvalues").leaf("attvalue", null, "for", "kind", "value", e.kind().key()).end();
        xml.end();
      }
      xml.end().end().end();
    }
  }

  private static String hex(String colour, int at) {
    return Integer.toString(Integer.parseInt(colour.substring(at, at + 2), 16));
  }
}
