package io.notegraph.nlp;

import java.util.HashSet;
import java.util.Set;

/**
 * The words a note writes in lower case (letters only, four or more): a capitalised word that the
 * same note also writes in lower case is an ordinary word, not a misheard name. Made once per note
 * that has a transcript.
 */
final class LowerCaseWords {
  private LowerCaseWords() {}

  /** As {@link #of}, made on the first question (most notes never ask). Not thread-safe. */
  static java.util.function.Predicate<String> lazy(String text) {
    return new java.util.function.Predicate<>() {
      private Set<String> words;

      @Override
      public boolean test(String w) {
        if (words == null) words = of(text);
        return words.contains(w);
      }
    };
  }

  static Set<String> of(String text) {
    // Only looked up, never iterated: a hash set is deterministic here.
    Set<String> out = new HashSet<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int b = i;
      boolean lower = true;
      while (i < n && Character.isLetter(text.charAt(i))) {
        lower &= Character.isLowerCase(text.charAt(i));
        i++;
      }
      if (lower && i - b >= 4) out.add(text.substring(b, i));
    }
    return out;
  }
}
