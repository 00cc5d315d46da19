package io.notegraph.link;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Disjoint sets of strings. The root of a set is always its smallest member, so the result never
 * depends on the order of unions. Not thread-safe; one per resolution run.
 */
final class UnionFind {
  private final Map<String, String> parent = new TreeMap<>();

  void add(String x) {
    parent.putIfAbsent(x, x);
  }

  boolean contains(String x) {
    return parent.containsKey(x);
  }

  String find(String x) {
    String p = parent.get(x);
    if (p == null) throw new IllegalArgumentException("unknown: " + x);
    if (p.equals(x)) return x;
    String root = find(p);
    parent.put(x, root);
    return root;
  }

  void union(String a, String b) {
    String ra = find(a);
    String rb = find(b);
    if (ra.equals(rb)) return;
    if (ra.compareTo(rb) < 0) parent.put(rb, ra);
    else parent.put(ra, rb);
  }

  /** Every set by its root, members sorted. */
  Map<String, TreeSet<String>> sets() {
    Map<String, TreeSet<String>> out = new TreeMap<>();
    for (String x : parent.keySet()) out.computeIfAbsent(find(x), k -> new TreeSet<>()).add(x);
    return out;
  }

  TreeSet<String> members(String x) {
    return sets().get(find(x));
  }
}
