package io.notegraph.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Frequent English words, month and day names and meeting-note vocabulary, from {@code
 * /nlp/common-words.txt}: capitalised, they start sentences and headings, never names. Immutable.
 */
final class CommonWords {
  private static final Set<String> WORDS = new TreeSet<>();

  static {
    for (String w : TrainingData.lines("/nlp/common-words.txt")) {
      for (String part : w.split("\\s+")) WORDS.add(part.toLowerCase(Locale.ROOT));
    }
  }

  private CommonWords() {}

  static boolean contains(String word) {
    return WORDS.contains(word.toLowerCase(Locale.ROOT));
  }
}
