package io.notegraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resolves overlapping finds deterministically: the longer span wins; at equal length structure
 * beats gazetteer beats pattern beats model; then the earlier span, then the type order. The
 * survivors come back sorted by position. Stateless.
 */
final class Resolver {
  /**
   * Longer first, then by rank, begin and type. Written out rather than composed from
   * Comparator.comparingInt(...).thenComparing(...): the chain of lambdas made sorting most of this
   * class's cost.
   */
  private static final Comparator<Candidate> PRIORITY =
      (a, b) -> {
        int c = Integer.compare(b.length(), a.length());
        if (c == 0) c = Integer.compare(a.rank(), b.rank());
        if (c == 0) c = Integer.compare(a.begin(), b.begin());
        return c != 0 ? c : a.type().compareTo(b.type());
      };

  private Resolver() {}

  static List<Candidate> resolve(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(PRIORITY);
    // The kept spans are non-empty and disjoint, so keyed by begin they are also ordered by end:
    // only the kept span starting at or before a candidate and the next one after it can overlap
    // it. Scanning every kept span instead made a long run of capitalised words quadratic.
    TreeMap<Integer, Candidate> kept = new TreeMap<>();
    for (Candidate c : sorted) {
      if (c.length() == 0) continue;
      Map.Entry<Integer, Candidate> before = kept.floorEntry(c.begin());
      if (before != null && before.getValue().overlaps(c)) continue;
      Map.Entry<Integer, Candidate> after = kept.higherEntry(c.begin());
      if (after != null && after.getValue().overlaps(c)) continue;
      kept.put(c.begin(), c);
    }
    return new ArrayList<>(kept.values());
  }
}
