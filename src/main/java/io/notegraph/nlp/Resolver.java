package io.notegraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

  private static final Comparator<Candidate> POSITION =
      (a, b) -> {
        int c = Integer.compare(a.begin(), b.begin());
        return c != 0 ? c : Integer.compare(a.end(), b.end());
      };

  private Resolver() {}

  static List<Candidate> resolve(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(PRIORITY);
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : sorted) {
      if (c.length() == 0) continue;
      boolean free = true;
      for (Candidate k : kept) {
        if (k.overlaps(c)) {
          free = false;
          break;
        }
      }
      if (free) kept.add(c);
    }
    kept.sort(POSITION);
    return kept;
  }
}
