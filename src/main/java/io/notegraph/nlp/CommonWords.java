package io.notegraph.nlp;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Frequent English words, month and day names and meeting-note vocabulary, from {@code
 * /nlp/common-words.txt}: capitalised, they start sentences and headings, never names. Immutable.
 */
final class CommonWords {
  // Only looked up (never iterated), so a hash set: deterministic and cheaper than a tree.
  private static final Set<String> WORDS = new HashSet<>();

  static {
    for (String w : ResourceLines.read("/nlp/common-words.txt")) {
      for (String part : w.split("\\s+")) WORDS.add(part.toLowerCase(Locale.ROOT));
    }
  }

  private CommonWords() {}

  static boolean contains(String word) {
    return WORDS.contains(word.toLowerCase(Locale.ROOT));
  }
}
