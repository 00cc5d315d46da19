package io.notegraph.viz;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.gexf.GEXFExporter.AttributeCategory;

/**
 * GEXF for Gephi through JGraphT's exporter: node ids are the IRIs, node attributes type, label and
 * date, edges labelled with their kind and weighted. Colour in Gephi by partitioning on {@code
 * type} (Appearance, Nodes, Partition). No creation date in the meta: output is stable.
 */
final class GexfWriter implements GraphWriter {
  @Override
  public void write(ViewModel model, Writer out) {
    GEXFExporter<ViewNode, ViewEdge> gexf = new GEXFExporter<>(ViewNode::id, ViewEdge::id);
    gexf.setCreator("notegraph");
    gexf.setDescription("notegraph view");
    gexf.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
    gexf.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
    gexf.registerAttribute("type", AttributeCategory.NODE, GEXFAttributeType.STRING);
    gexf.registerAttribute("date", AttributeCategory.NODE, GEXFAttributeType.STRING);
    gexf.registerAttribute("kind", AttributeCategory.EDGE, GEXFAttributeType.STRING);
    gexf.setVertexAttributeProvider(
        n -> {
          Map<String, Attribute> a = new LinkedHashMap<>();
          a.put("label", DefaultAttribute.createAttribute(JGraphTView.text(n.label())));
          a.put("type", DefaultAttribute.createAttribute(n.type().key()));
          if (!n.date().isEmpty()) a.put("date", DefaultAttribute.createAttribute(n.date()));
          return a;
        });
    gexf.setEdgeAttributeProvider(
        e -> {
          Map<String, Attribute> a = new LinkedHashMap<>();
          a.put("label", DefaultAttribute.createAttribute(e.kind().key()));
          a.put("kind", DefaultAttribute.createAttribute(e.kind().key()));
          return a;
        });
    gexf.exportGraph(JGraphTView.of(model), out);
  }
}
