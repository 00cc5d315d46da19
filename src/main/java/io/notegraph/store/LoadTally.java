package io.notegraph.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Collects what a load does, graph by graph, into a {@link LoadReport}. Not thread-safe. */
final class LoadTally {
  private final List<String> added = new ArrayList<>();
  private final List<String> replaced = new ArrayList<>();
  private final List<String> removed = new ArrayList<>();
  private final List<String> unchanged = new ArrayList<>();
  private long quadsWritten;

  void added(String graph, long quads) {
    added.add(graph);
    quadsWritten += quads;
  }

  void replaced(String graph, long quads) {
    replaced.add(graph);
    quadsWritten += quads;
  }

  void removed(String graph) {
    removed.add(graph);
  }

  void unchanged(String graph) {
    unchanged.add(graph);
  }

  LoadReport build(Duration elapsed) {
    return new LoadReport(
        sorted(added), sorted(replaced), sorted(removed), sorted(unchanged), quadsWritten, elapsed);
  }

  private static List<String> sorted(List<String> list) {
    List<String> copy = new ArrayList<>(list);
    copy.sort(null);
    return copy;
  }
}
