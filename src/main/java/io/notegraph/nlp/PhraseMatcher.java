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

  /**
   * A bit per hash of every key in the trie. A token whose ASCII lower-case hash has its bit clear
   * is in no phrase, so its key (a lower-cased substring) is never made: most tokens of a note are
   * in no phrase.
   */
  private final long[] known = new long[1 << 7];

  private boolean maybeKnown(int hash) {
    int bit = hash & ((known.length << 6) - 1);
    return (known[bit >>> 6] & (1L << bit)) != 0;
  }

  /** Adds a phrase; the first value added for the same phrase and case rule wins. */
  void add(String phrase, boolean caseSensitive, V value) {
    List<Span> spans = Tokens.tokenize(phrase, 0, phrase.length());
    if (spans.isEmpty()) return;
    Node<V> n = root;
    for (String t : Tokens.texts(phrase, spans)) {
      String key = t.toLowerCase(Locale.ROOT);
      int bit = key.hashCode() & ((known.length << 6) - 1);
      known[bit >>> 6] |= 1L << bit;
      n = n.next.computeIfAbsent(key, k -> new Node<>());
    }
    String norm = normalize(phrase);
    for (Phrase<V> p : n.phrases) {
      if (p.caseSensitive == caseSensitive && p.normalized.equals(norm)) return;
    }
    n.phrases.add(new Phrase<>(norm, caseSensitive, value));
  }

  /** Non-overlapping longest matches, left to right. */
  List<Hit<V>> find(String text, List<Span> tokens) {
    return find(text, tokens, new Keys(text, tokens));
  }

  /**
   * The lookup keys of one text's tokens (lower-cased texts), made once per text, only for tokens a
   * matcher asks about, and shared by every matcher that reads the text: lower-casing each token at
   * every start position and in every matcher was 5% of the nlp stage's CPU. Not thread-safe.
   */
  static final class Keys {
    private final String text;
    private final List<Span> tokens;
    private final String[] keys;

    /** Hash of the lower-cased token, as String.hashCode; only where {@code ascii}. */
    private final int[] hashes;

    private final boolean[] ascii;

    Keys(String text, List<Span> tokens) {
      this.text = text;
      this.tokens = tokens;
      this.keys = new String[tokens.size()];
      this.hashes = new int[tokens.size()];
      this.ascii = new boolean[tokens.size()];
      for (int k = 0; k < keys.length; k++) {
        Span t = tokens.get(k);
        int h = 0;
        boolean a = true;
        for (int i = t.getStart(); i < t.getEnd() && a; i++) {
          char c = text.charAt(i);
          a = c < 128;
          h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        hashes[k] = h;
        ascii[k] = a;
      }
    }

    String key(int k) {
      if (keys[k] == null) {
        Span t = tokens.get(k);
        keys[k] = text.substring(t.getStart(), t.getEnd()).toLowerCase(Locale.ROOT);
      }
      return keys[k];
    }
  }

  /** As {@link #find(String, List)}, with the tokens' {@link Keys}. */
  List<Hit<V>> find(String text, List<Span> tokens, Keys keys) {
    List<Hit<V>> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Node<V> n = root;
      Hit<V> best = null;
      int bestEndToken = i;
      for (int j = i; j < tokens.size(); j++) {
        Span t = tokens.get(j);
        if (keys.ascii[j] && !maybeKnown(keys.hashes[j])) break;
        n = n.next.get(keys.key(j));
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
