package io.notegraph.nlp;

import io.notegraph.nlp.gazetteer.Gazetteer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.Span;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Speech-to-text spellings of known project and organization names in transcripts ("Scopio" for
 * Skopeo): a capitalised transcript word, not at a sentence start, whose primary Double Metaphone
 * code equals that of a one-word label of the curated gazetteer and that is also close in spelling
 * (Jaro-Winkler at least {@link #MIN_SIMILARITY}). Found at confidence {@link #CONFIDENCE}, finder
 * {@code phonetic}; transcripts only, and never persons. Immutable, thread-safe.
 */
final class SoundsLike {
  static final String FINDER = "phonetic";
  static final double CONFIDENCE = 0.7;
  static final double MIN_SIMILARITY = 0.75;

  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
  private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

  private record Label(String text, EntityType type, String id) {}

  /** Curated one-word labels of five or more letters by their two Double Metaphone codes. */
  private final Map<String, List<Label>> byCode = new HashMap<>();

  SoundsLike(Gazetteer gazetteer) {
    for (Gazetteer.Entry e : gazetteer.entries()) {
      // Only the hand-curated names: the landscape's thousands would make every word sound like
      // one.
      if (e.source() != null) continue;
      for (String l : e.labels()) {
        if (l.length() < 5 || !l.chars().allMatch(Character::isLetter)) continue;
        byCode.computeIfAbsent(code(l), k -> new ArrayList<>()).add(new Label(l, e.type(), e.id()));
      }
    }
  }

  private static String code(String word) {
    return METAPHONE.doubleMetaphone(word);
  }

  private static boolean sentenceStart(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i--;
    return i < 0 || ".!?:\n\"".indexOf(text.charAt(i)) >= 0;
  }

  /** Finds among {@code tokens} of a transcript turn not already {@code covered}. */
  List<Candidate> find(String masked, List<Span> tokens, boolean[] covered) {
    return find(masked, tokens, covered, w -> false);
  }

  /**
   * As {@link #find(String, List, boolean[])}; {@code ordinary} tells whether a word is written in
   * lower case elsewhere in the note ("Group" where "group" also occurs is the word).
   */
  List<Candidate> find(
      String masked,
      List<Span> tokens,
      boolean[] covered,
      java.util.function.Predicate<String> ordinary) {
    List<Candidate> out = new ArrayList<>();
    for (Span t : tokens) {
      if (t.length() < 5 || covered[t.getStart()]) continue;
      String w = masked.substring(t.getStart(), t.getEnd());
      if (!w.chars().allMatch(Character::isLetter) || CommonWords.contains(w)) continue;
      // Speech-to-text capitalises the names it hears; a lower-case "scope" is the word.
      if (!Character.isUpperCase(w.charAt(0)) || sentenceStart(masked, t.getStart())) continue;
      List<Label> labels = byCode.get(code(w));
      if (labels == null) continue;
      String lower = w.toLowerCase(Locale.ROOT);
      if (ordinary.test(lower)) continue;
      for (Label l : labels) {
        String label = l.text().toLowerCase(Locale.ROOT);
        if (label.equals(lower)) break; // the gazetteer itself decided about this spelling
        // "System" for systemd, "Mini" for minikube: a word that starts the name is the word.
        if (label.startsWith(lower) || lower.startsWith(label)) continue;
        if (SIMILARITY.apply(lower, label) >= MIN_SIMILARITY) {
          out.add(new Candidate(l.type(), t.getStart(), t.getEnd(), CONFIDENCE, FINDER, l.id()));
          break;
        }
      }
    }
    return out;
  }
}
