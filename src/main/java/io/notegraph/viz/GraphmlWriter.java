package io.notegraph.viz;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.IntegerIdProvider;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * GraphML through JGraphT's exporter, read by yEd, Gephi and Cytoscape desktop: data keys iri,
 * type, label and date on nodes, kind and weight on edges. GraphML ids are NMTOKENs, which IRIs are
 * not, so nodes get positional ids (stable: nodes are sorted by IRI) and the IRI goes in a key. In
 * yEd, colour by type with Edit, Properties Mapper.
 */
final class GraphmlWriter implements GraphWriter {
  @Override
  public void write(ViewModel model, Writer out) {
    GraphMLExporter<ViewNode, ViewEdge> graphml = new GraphMLExporter<>(new IntegerIdProvider<>(0));
    graphml.setEdgeIdProvider(new IntegerIdProvider<>(0));
    graphml.setExportVertexLabels(true);
    graphml.setExportEdgeLabels(true);
    graphml.setExportEdgeWeights(true);
    graphml.setVertexLabelAttributeName("label");
    graphml.setEdgeLabelAttributeName("kind");
    graphml.registerAttribute("iri", AttributeCategory.NODE, AttributeType.STRING);
    graphml.registerAttribute("type", AttributeCategory.NODE, AttributeType.STRING);
    graphml.registerAttribute("date", AttributeCategory.NODE, AttributeType.STRING);
    graphml.setVertexAttributeProvider(
        n -> {
          Map<String, Attribute> a = new LinkedHashMap<>();
          a.put("label", DefaultAttribute.createAttribute(JGraphTView.text(n.label())));
          a.put("iri", DefaultAttribute.createAttribute(n.id()));
          a.put("type", DefaultAttribute.createAttribute(n.type().key()));
          if (!n.date().isEmpty()) a.put("date", DefaultAttribute.createAttribute(n.date()));
          return a;
        });
    graphml.setEdgeAttributeProvider(
        e -> {
          Map<String, Attribute> a = new LinkedHashMap<>();
          a.put("kind", DefaultAttribute.createAttribute(e.kind().key()));
          return a;
        });
    graphml.exportGraph(JGraphTView.of(model), out);
  }
}
