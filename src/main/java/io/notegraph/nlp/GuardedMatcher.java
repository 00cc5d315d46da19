package io.notegraph.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} over a whole text, tried only at the positions a one-character test
 * allows. java.util.regex tries a pattern at every character, and the finders' patterns start with
 * a lookbehind ("not after a word character"), so most of their cost went into rejecting positions
 * one character rules out: 35% of the nlp stage's CPU on the synthetic 10x corpus before this class.
 *
 * <p>Same matches as {@code pattern.matcher(text).find()} as long as the test accepts every
 * position where a match can begin: each try is {@code lookingAt} on the region [position, end)
 * with transparent, non-anchoring bounds, so lookbehinds, {@code ^} and {@code \b} still see the
 * text before the position. Not thread-safe (one per call, like a {@link Matcher}).
 */
final class GuardedMatcher {
  private static final String LINE_TERMINATORS = "\n\r\u0085\u2028\u2029";

  private final Matcher m;
  private final String text;
  /** The test's characters below 128 as a table, the rest as a string (rarely looked at). */
  private final boolean[] ascii = new boolean[128];

  private final String nonAscii;
  private final boolean after;
  private int next;

  private GuardedMatcher(Pattern pattern, String text, String chars, boolean after) {
    this.m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    this.text = text;
    StringBuilder rest = new StringBuilder();
    for (char c : chars.toCharArray()) {
      if (c < 128) ascii[c] = true;
      else rest.append(c);
    }
    this.nonAscii = rest.toString();
    this.after = after;
  }

  /** Tried only where {@code text} has one of {@code firstChars}. */
  static GuardedMatcher startingWith(Pattern pattern, String text, String firstChars) {
    return new GuardedMatcher(pattern, text, firstChars, false);
  }

  /** Tried only where a multi-line {@code ^} can match: the start and after line terminators. */
  static GuardedMatcher atLineStarts(Pattern pattern, String text) {
    return new GuardedMatcher(pattern, text, LINE_TERMINATORS, true);
  }

  /** The next match, as {@link Matcher#find()}; then read it with {@link #matcher()}. */
  boolean find() {
    int n = text.length();
    for (int i = next; i < n; i++) {
      if (after ? i > 0 && !has(text.charAt(i - 1)) : !has(text.charAt(i))) continue;
      m.region(i, n);
      if (m.lookingAt()) {
        next = m.end() > i ? m.end() : i + 1;
        return true;
      }
    }
    next = n;
    return false;
  }

  private boolean has(char c) {
    return c < 128 ? ascii[c] : nonAscii.indexOf(c) >= 0;
  }

  /** The matcher holding the last match. */
  Matcher matcher() {
    return m;
  }
}
