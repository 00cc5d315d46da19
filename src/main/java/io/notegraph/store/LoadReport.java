package io.notegraph.store;

import java.time.Duration;
import java.util.List;

/**
 * What one {@link GraphStore#load} changed: named graphs (by IRI, sorted) added, replaced, removed
 * and left alone, and how long it took. Immutable, so thread-safe.
 */
public record LoadReport(
    List<String> added,
    List<String> replaced,
    List<String> removed,
    List<String> unchanged,
    long quadsWritten,
    Duration elapsed) {

  public LoadReport {
    added = List.copyOf(added);
    replaced = List.copyOf(replaced);
    removed = List.copyOf(removed);
    unchanged = List.copyOf(unchanged);
  }

  /** True when the store already held exactly the incoming graphs. */
  public boolean nothingChanged() {
    return added.isEmpty() && replaced.isEmpty() && removed.isEmpty();
  }

  /** One line for people: {@code "added: 2, replaced: 1, removed: 0, unchanged: 40 graphs"}. */
  public String summary() {
    if (nothingChanged()) {
      return "unchanged: " + unchanged.size() + " graphs; nothing to do";
    }
    return "added: %d, replaced: %d, removed: %d, unchanged: %d graphs (%d quads written)"
        .formatted(added.size(), replaced.size(), removed.size(), unchanged.size(), quadsWritten);
  }
}
