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
  private static final Comparator<Candidate> PRIORITY =
      Comparator.comparingInt(Candidate::length)
          .reversed()
          .thenComparingInt(Candidate::rank)
          .thenComparingInt(Candidate::begin)
          .thenComparing(Candidate::type);

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
    kept.sort(Comparator.comparingInt(Candidate::begin).thenComparingInt(Candidate::end));
    return kept;
  }
}
