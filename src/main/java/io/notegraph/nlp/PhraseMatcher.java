package io.notegraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.Span;

/**
 * Longest-match lookup of multi-token phrases over {@link Tokens} output. A phrase is either
 * case-insensitive or case-sensitive; spacing must agree with the phrase ("CRI-O" does not match
 * "CRI - O"). Built once, then read-only and thread-safe.
 *
 * @param <V> what a phrase stands for
 */
final class PhraseMatcher<V> {
  /** One match: the token-aligned span and the value of the phrase. */
  record Hit<V>(int begin, int end, V value) {}

  private record Phrase<V>(String normalized, boolean caseSensitive, V value) {}

  private static final class Node<V> {
    // Only looked up, never iterated: a hash map is deterministic here and cheaper than a tree.
    final Map<String, Node<V>> next = new HashMap<>();
    final List<Phrase<V>> phrases = new ArrayList<>();
  }

  private final Node<V> root = new Node<>();

  /** Adds a phrase; the first value added for the same phrase and case rule wins. */
  void add(String phrase, boolean caseSensitive, V value) {
    List<Span> spans = Tokens.tokenize(phrase, 0, phrase.length());
    if (spans.isEmpty()) return;
    Node<V> n = root;
    for (String t : Tokens.texts(phrase, spans)) {
      n = n.next.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> new Node<>());
    }
    String norm = normalize(phrase);
    for (Phrase<V> p : n.phrases) {
      if (p.caseSensitive == caseSensitive && p.normalized.equals(norm)) return;
    }
    n.phrases.add(new Phrase<>(norm, caseSensitive, value));
  }

  /** Non-overlapping longest matches, left to right. */
  List<Hit<V>> find(String text, List<Span> tokens) {
    return find(text, tokens, keys(text, tokens));
  }

  /**
   * The lookup keys of {@code tokens} (lower-cased texts), computed once per text and shared by
   * every matcher that reads it: lower-casing each token again at every start position and in
   * every matcher was 5% of the nlp stage's CPU.
   */
  static String[] keys(String text, List<Span> tokens) {
    String[] out = new String[tokens.size()];
    for (int k = 0; k < out.length; k++) {
      Span t = tokens.get(k);
      out[k] = text.substring(t.getStart(), t.getEnd()).toLowerCase(Locale.ROOT);
    }
    return out;
  }

  /** As {@link #find(String, List)}, with the tokens' {@link #keys}. */
  List<Hit<V>> find(String text, List<Span> tokens, String[] keys) {
    List<Hit<V>> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Node<V> n = root;
      Hit<V> best = null;
      int bestEndToken = i;
      for (int j = i; j < tokens.size(); j++) {
        Span t = tokens.get(j);
        n = n.next.get(keys[j]);
        if (n == null) break;
        if (!n.phrases.isEmpty()) {
          int b = tokens.get(i).getStart();
          String surface = text.substring(b, t.getEnd());
          for (Phrase<V> p : n.phrases) {
            if (accepts(p, surface)) {
              best = new Hit<>(b, t.getEnd(), p.value);
              bestEndToken = j;
              break;
            }
          }
        }
      }
      if (best != null) {
        out.add(best);
        i = bestEndToken + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean accepts(Phrase<?> p, String surface) {
    String s = normalize(surface);
    return p.caseSensitive ? s.equals(p.normalized) : s.equalsIgnoreCase(p.normalized);
  }

  /**
   * {@code s.strip().replaceAll("\\s+", " ")} without a regex (compiled at every call, it was 5% of
   * the nlp stage's CPU); returns {@code s} stripped, uncopied, when there is nothing to collapse.
   */
  static String normalize(String s) {
    String t = s.strip();
    int n = t.length();
    int i = 0;
    // Up to the first whitespace that is not a lone ' ' (the only thing the regex would change).
    while (i < n
        && !(space(t.charAt(i)) && (t.charAt(i) != ' ' || i + 1 < n && space(t.charAt(i + 1))))) {
      i++;
    }
    if (i == n) return t;
    StringBuilder b = new StringBuilder(n).append(t, 0, i);
    while (i < n) {
      char c = t.charAt(i);
      if (space(c)) {
        b.append(' ');
        while (i < n && space(t.charAt(i))) i++;
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }

  /** The characters of the regex class {@code \s}. */
  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
