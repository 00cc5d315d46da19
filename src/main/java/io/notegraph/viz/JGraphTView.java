package io.notegraph.viz;

import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedWeightedPseudograph;

/**
 * The view model as a JGraphT graph, for JGraphT's exporters. Vertices and edges keep the model's
 * order (JGraphT's default graphs iterate in insertion order), so the files are byte-stable.
 */
final class JGraphTView {
  private JGraphTView() {}

  static Graph<ViewNode, ViewEdge> of(ViewModel model) {
    Graph<ViewNode, ViewEdge> graph = new DirectedWeightedPseudograph<>(ViewEdge.class);
    Map<String, ViewNode> byId = new HashMap<>(); // lookup only, never iterated
    for (ViewNode n : model.nodes()) {
      graph.addVertex(n);
      byId.put(n.id(), n);
    }
    for (ViewEdge e : model.edges()) {
      graph.addEdge(byId.get(e.source()), byId.get(e.target()), e);
      graph.setEdgeWeight(e, e.weight());
    }
    return graph;
  }

  /**
   * A label as an attribute value: characters XML 1.0 cannot carry (C0 controls but tab and line
   * breaks) are dropped, since a label with one would make the whole GraphML or GEXF file
   * unreadable and the exporters escape only markup characters.
   */
  static String text(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF;
      if (bad && b == null) b = new StringBuilder(s.length()).append(s, 0, i);
      if (!bad && b != null) b.append(c);
    }
    return b == null ? s : b.toString();
  }
}
