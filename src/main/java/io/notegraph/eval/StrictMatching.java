package io.notegraph.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * One-to-one matching of gold items to predicted items (a maximum bipartite matching, found by
 * augmenting paths in list order, so the result is deterministic). A predicted item left over that
 * matches some gold item is a duplicate; every left-over predicted item is a false positive and
 * every left-over gold item a false negative.
 */
final class StrictMatching {
  private StrictMatching() {}

  /** The result: matched pairs, unmatched gold, unmatched predictions (flagged if duplicates). */
  record Outcome<G, P>(List<Pair<G, P>> pairs, List<G> missed, List<Extra<P>> extra) {
    Score score() {
      return new Score(pairs.size(), extra.size(), missed.size());
    }
  }

  record Pair<G, P>(G gold, P predicted) {}

  record Extra<P>(P predicted, boolean duplicate) {}

  static <G, P> Outcome<G, P> match(List<G> gold, List<P> predicted, BiPredicate<G, P> matches) {
    boolean[][] edge = new boolean[predicted.size()][gold.size()];
    for (int p = 0; p < predicted.size(); p++) {
      for (int g = 0; g < gold.size(); g++) {
        edge[p][g] = matches.test(gold.get(g), predicted.get(p));
      }
    }
    int[] goldOwner = new int[gold.size()];
    Arrays.fill(goldOwner, -1);
    for (int p = 0; p < predicted.size(); p++) {
      augment(p, edge, goldOwner, new boolean[gold.size()]);
    }
    List<Pair<G, P>> pairs = new ArrayList<>();
    List<G> missed = new ArrayList<>();
    boolean[] used = new boolean[predicted.size()];
    for (int g = 0; g < gold.size(); g++) {
      if (goldOwner[g] < 0) {
        missed.add(gold.get(g));
      } else {
        pairs.add(new Pair<>(gold.get(g), predicted.get(goldOwner[g])));
        used[goldOwner[g]] = true;
      }
    }
    List<Extra<P>> extra = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      if (used[p]) continue;
      boolean duplicate = false;
      for (boolean e : edge[p]) duplicate |= e;
      extra.add(new Extra<>(predicted.get(p), duplicate));
    }
    return new Outcome<>(pairs, missed, extra);
  }

  private static boolean augment(int p, boolean[][] edge, int[] goldOwner, boolean[] seen) {
    for (int g = 0; g < goldOwner.length; g++) {
      if (!edge[p][g] || seen[g]) continue;
      seen[g] = true;
      if (goldOwner[g] < 0 || augment(goldOwner[g], edge, goldOwner, seen)) {
        goldOwner[g] = p;
        return true;
      }
    }
    return false;
  }
}
