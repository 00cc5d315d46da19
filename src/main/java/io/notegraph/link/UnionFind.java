package io.notegraph.link;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Disjoint sets of strings. The root of a set is always its smallest member, so the result never
 * depends on the order of unions. Each root keeps its members, so {@link #members} costs nothing:
 * rebuilding every set per call made clustering quadratic in the number of name forms. Not
 * thread-safe while sets are joined; once {@link #compress} has run, {@link #find}, {@link
 * #contains} and {@link #members} only read and may be called from several threads.
 */
final class UnionFind {
  private final Map<String, String> parent = new HashMap<>();
  private final Map<String, TreeSet<String>> membersByRoot = new HashMap<>();

  void add(String x) {
    if (parent.putIfAbsent(x, x) == null) {
      TreeSet<String> alone = new TreeSet<>();
      alone.add(x);
      membersByRoot.put(x, alone);
    }
  }

  boolean contains(String x) {
    return parent.containsKey(x);
  }

  String find(String x) {
    String p = parent.get(x);
    if (p == null) throw new IllegalArgumentException("unknown: " + x);
    if (p.equals(x)) return x;
    String root = find(p);
    if (!root.equals(p)) parent.put(x, root); // no write once compressed: reads stay reads
    return root;
  }

  void union(String a, String b) {
    String ra = find(a);
    String rb = find(b);
    if (ra.equals(rb)) return;
    String root = ra.compareTo(rb) < 0 ? ra : rb;
    String child = root == ra ? rb : ra;
    parent.put(child, root);
    TreeSet<String> joined = membersByRoot.get(root);
    TreeSet<String> moved = membersByRoot.remove(child);
    if (joined.size() < moved.size()) { // merge the smaller set into the larger: n log n in all
      moved.addAll(joined);
      joined = moved;
    } else {
      joined.addAll(moved);
    }
    membersByRoot.put(root, joined);
  }

  /** Points every member straight at its root, after which finding never writes. */
  void compress() {
    for (String x : parent.keySet()) {
      String root = find(x);
      if (!parent.get(x).equals(root)) parent.put(x, root);
    }
  }

  /** Every set by its root, members sorted. */
  Map<String, TreeSet<String>> sets() {
    Map<String, TreeSet<String>> out = new TreeMap<>();
    for (var e : membersByRoot.entrySet()) out.put(e.getKey(), new TreeSet<>(e.getValue()));
    return out;
  }

  /** The members of {@code x}'s set, sorted; a live view, not to be modified. */
  TreeSet<String> members(String x) {
    return membersByRoot.get(find(x));
  }
}
