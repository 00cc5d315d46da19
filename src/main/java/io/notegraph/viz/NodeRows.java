package io.notegraph.viz;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Query rows grouped by {@code ?id}: OPTIONAL patterns multiply rows, so every other variable
 * collects its distinct values (sorted, for deterministic output).
 */
final class NodeRows {
  private final SortedMap<String, Map<String, SortedSet<String>>> byId = new TreeMap<>();

  NodeRows(List<Map<String, String>> rows) {
    for (Map<String, String> row : rows) {
      String id = row.get("id");
      if (id == null) continue;
      Map<String, SortedSet<String>> values = byId.computeIfAbsent(id, k -> new TreeMap<>());
      row.forEach((var, value) -> values.computeIfAbsent(var, k -> new TreeSet<>()).add(value));
    }
  }

  SortedSet<String> ids() {
    return (SortedSet<String>) byId.keySet();
  }

  /** All values of {@code var} for {@code id}, sorted; empty when unbound. */
  SortedSet<String> all(String id, String var) {
    return byId.getOrDefault(id, Map.of()).getOrDefault(var, new TreeSet<>());
  }

  /** The first value (in sort order), or empty text. */
  String first(String id, String var) {
    SortedSet<String> values = all(id, var);
    return values.isEmpty() ? "" : values.first();
  }

  /** Values joined with ", " (empty text when none). */
  String joined(String id, String var) {
    return String.join(", ", all(id, var));
  }
}
