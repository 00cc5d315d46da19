package io.notegraph.viz;

import java.util.List;
import java.util.Objects;

/**
 * One directed edge of the view between two node IRIs. Immutable and thread-safe.
 *
 * @param source node id
 * @param target node id
 * @param kind what the edge means
 * @param weight how many facts support it (at least 1)
 * @param dates {@code yyyy-mm-dd} of the meetings the supporting facts come from (sorted)
 */
public record ViewEdge(
    String source, String target, EdgeKind kind, int weight, List<String> dates) {
  public ViewEdge {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(kind, "kind");
    if (weight < 1) throw new IllegalArgumentException("weight < 1: " + weight);
    dates = dates.stream().distinct().sorted().toList();
  }

  /** Stable id: kind, source and target. */
  public String id() {
    return kind.key() + ":" + source + "->" + target;
  }
}
