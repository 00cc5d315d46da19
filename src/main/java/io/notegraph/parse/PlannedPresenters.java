package io.notegraph.parse;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Cabal-style notes list the agenda up front ("1. Podman.io redesign - Máirín Duffy") and then give
 * sections headed by the title alone. A section without presenters takes the proposers of the
 * planned topic whose title it matches (same words, ignoring case, punctuation and a few filler
 * words; at least 60% overlap). Stateless.
 */
final class PlannedPresenters {
  // Compiled once: String.split/matches/replaceAll compile their pattern on every call.
  private static final java.util.regex.Pattern WORD_GAPS =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}.]+");
  private static final java.util.regex.Pattern EDGE_DOTS =
      java.util.regex.Pattern.compile("^\\.+|\\.+$");

  private static final Set<String> FILLER =
      Set.of(
          "a",
          "an",
          "the",
          "of",
          "to",
          "for",
          "on",
          "in",
          "and",
          "with",
          "update",
          "updates",
          "discussion",
          "discuss",
          "demo");

  private PlannedPresenters() {}

  static void fill(List<SectionBuilder> sections, List<Topic> planned) {
    List<Topic> owned = planned.stream().filter(t -> !t.proposers().isEmpty()).toList();
    for (SectionBuilder s : sections) {
      if (!s.presenters.isEmpty() || s.takesQuestions()) continue;
      match(s.title, owned).ifPresent(best -> s.presenters.addAll(best.proposers()));
    }
  }

  /**
   * The planned topic {@code title} names best: the most of its words shared (at least 60% of the
   * shorter title, and half of {@code title}'s).
   */
  static java.util.Optional<Topic> match(String title, List<Topic> planned) {
    Set<String> a = words(title);
    Topic best = null;
    double bestScore = 0.6;
    if (a.isEmpty()) return java.util.Optional.empty();
    for (Topic t : planned) {
      Set<String> b = words(t.text());
      Set<String> both = new TreeSet<>(a);
      both.retainAll(b);
      double score = (double) both.size() / Math.min(a.size(), Math.max(1, b.size()));
      if (score >= bestScore && both.size() * 2 >= a.size()) {
        best = t;
        bestScore = score;
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  /** Whether {@code title} names one of the {@code planned} topics (the same test). */
  static boolean isPlanned(String title, List<Topic> planned) {
    return match(title, planned).isPresent();
  }

  private static Set<String> words(String s) {
    return Arrays.stream(WORD_GAPS.split(s.toLowerCase(Locale.ROOT)))
        .map(w -> EDGE_DOTS.matcher(w).replaceAll(""))
        .filter(w -> !w.isEmpty() && !FILLER.contains(w))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
