package io.notegraph.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern tried only at the positions a one-character test allows. java.util.regex tries a
 * pattern at every character, and the finders' patterns start with a lookbehind ("not after a word
 * character"), so most of their cost went into rejecting positions one character rules out: 35% of
 * the nlp stage's CPU on the synthetic 10x corpus before this class.
 *
 * <p>{@link Finds#find()} gives the same matches as {@code pattern.matcher(text).find()} as long as
 * the test accepts every position where a match can begin: each try is {@code lookingAt} on the
 * region [position, end) with transparent, non-anchoring bounds, so lookbehinds, {@code ^} and
 * {@code \b} still see the text before the position. Immutable and thread-safe; {@link Finds} is
 * one per call, like a {@link Matcher}.
 */
final class GuardedPattern {
  private static final String LINE_TERMINATORS = "\n\r\u0085\u2028\u2029";

  private enum Where {
    /** At one of the characters. */
    AT,
    /** At one of the characters, not right after an ASCII letter, digit or '_' (regex \w). */
    AT_WORD_START,
    /** At the start or right after one of the characters. */
    AFTER
  }

  private final Pattern pattern;
  private final Where where;

  /** The test's characters below 128 as a table, the rest as a string (rarely looked at). */
  private final boolean[] ascii = new boolean[128];

  private final String nonAscii;

  /** The only character of the test, or -1: then found with the vectorized String.indexOf. */
  private final int single;

  private GuardedPattern(Pattern pattern, String chars, Where where) {
    this.pattern = pattern;
    this.where = where;
    this.single = chars.length() == 1 && where != Where.AFTER ? chars.charAt(0) : -1;
    StringBuilder rest = new StringBuilder();
    for (char c : chars.toCharArray()) {
      if (c < 128) ascii[c] = true;
      else rest.append(c);
    }
    this.nonAscii = rest.toString();
  }

  /** Tried only at one of {@code firstChars}. */
  static GuardedPattern startingWith(Pattern pattern, String firstChars) {
    return new GuardedPattern(pattern, firstChars, Where.AT);
  }

  /**
   * Tried only at one of {@code firstChars} that does not follow a {@code \w} character: for
   * patterns that begin with a lookbehind excluding {@code \w}.
   */
  static GuardedPattern wordStartingWith(Pattern pattern, String firstChars) {
    return new GuardedPattern(pattern, firstChars, Where.AT_WORD_START);
  }

  /** Tried only where a multi-line {@code ^} can match: the start and after line terminators. */
  static GuardedPattern atLineStarts(Pattern pattern) {
    return new GuardedPattern(pattern, LINE_TERMINATORS, Where.AFTER);
  }

  Pattern pattern() {
    return pattern;
  }

  Finds in(String text) {
    return new Finds(text);
  }

  private boolean has(char c) {
    return c < 128 ? ascii[c] : nonAscii.indexOf(c) >= 0;
  }

  private static boolean word(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  private boolean canStart(String text, int i) {
    return switch (where) {
      case AT -> has(text.charAt(i));
      case AT_WORD_START -> has(text.charAt(i)) && (i == 0 || !word(text.charAt(i - 1)));
      case AFTER -> i == 0 || has(text.charAt(i - 1));
    };
  }

  /** The matches in one text. Not thread-safe. */
  final class Finds {
    private final String text;

    /** Line starts are found with indexOf('\n') unless another line terminator occurs. */
    private final boolean onlyNewlines;

    private Matcher m;
    private int next;

    private Finds(String text) {
      this.text = text;
      this.onlyNewlines =
          where == Where.AFTER
              && text.indexOf('\r') < 0
              && text.indexOf('\u0085') < 0
              && text.indexOf('\u2028') < 0
              && text.indexOf('\u2029') < 0;
    }

    /** The first position from {@code i} on where the test allows a try, or the text's length. */
    private int candidate(int i) {
      int n = text.length();
      if (single >= 0 || onlyNewlines) {
        while (i < n) {
          int k;
          if (onlyNewlines) {
            if (i == 0) return 0;
            k = text.indexOf('\n', i - 1);
            k = k < 0 ? n : k + 1;
          } else {
            k = text.indexOf(single, i);
            if (k < 0) k = n;
          }
          if (k >= n || canStart(text, k)) return k;
          i = k + 1;
        }
        return n;
      }
      while (i < n && !canStart(text, i)) i++;
      return i;
    }

    /** The next match, as {@link Matcher#find()}; then read it with {@link #matcher()}. */
    boolean find() {
      int n = text.length();
      for (int i = candidate(next); i < n; i = candidate(i + 1)) {
        // Made only when needed: most texts have no position worth a try for most patterns.
        if (m == null) {
          m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        m.region(i, n);
        if (m.lookingAt()) {
          next = m.end() > i ? m.end() : i + 1;
          return true;
        }
      }
      next = n;
      return false;
    }

    /** The matcher holding the last match. */
    Matcher matcher() {
      return m;
    }
  }
}
