package io.notegraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
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
    final TreeMap<String, Node<V>> next = new TreeMap<>();
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
    List<Hit<V>> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Node<V> n = root;
      Hit<V> best = null;
      int bestEndToken = i;
      for (int j = i; j < tokens.size(); j++) {
        Span t = tokens.get(j);
        n = n.next.get(text.substring(t.getStart(), t.getEnd()).toLowerCase(Locale.ROOT));
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

  private static String normalize(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
