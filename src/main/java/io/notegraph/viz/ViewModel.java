package io.notegraph.viz;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the visualization shows: nodes sorted by id, edges sorted by id, every edge between two
 * listed nodes. Immutable and thread-safe.
 */
public record ViewModel(List<ViewNode> nodes, List<ViewEdge> edges) {
  public ViewModel {
    nodes = nodes.stream().sorted(Comparator.comparing(ViewNode::id)).toList();
    edges = edges.stream().sorted(Comparator.comparing(ViewEdge::id)).toList();
  }

  /** Nodes of one type. */
  public List<ViewNode> nodes(NodeType type) {
    return nodes.stream().filter(n -> n.type() == type).toList();
  }

  /** Edges of one kind. */
  public List<ViewEdge> edges(EdgeKind kind) {
    return edges.stream().filter(e -> e.kind() == kind).toList();
  }

  /** Number of non-derived edges touching each node (nodes without edges map to 0). */
  public Map<String, Integer> degrees() {
    Map<String, Integer> degrees = new TreeMap<>();
    nodes.forEach(n -> degrees.put(n.id(), 0));
    for (ViewEdge e : edges) {
      if (e.kind().derived()) continue;
      degrees.merge(e.source(), 1, Integer::sum);
      degrees.merge(e.target(), 1, Integer::sum);
    }
    return degrees;
  }
}
