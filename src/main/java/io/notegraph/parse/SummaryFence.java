package io.notegraph.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Users paste a tool's meeting summary into a code fence to keep its line breaks. Such a fence is
 * the note's text, not a log or code: this blanks its two fence lines (offsets and line numbers
 * stay as they were, so every fact still points to its line) and the Markdown reader then sees the
 * summary as paragraphs. Only fences whose first line is a summarising tool's own header ({@link
 * SummaryWords#FENCE_START}) are opened. Stateless.
 */
final class SummaryFence {
  private static final Pattern OPEN = Pattern.compile("(?m)^ {0,3}(`{3,}|~{3,})[^`\\n]*$");

  private SummaryFence() {}

  /**
   * {@code text} with the fences of pasted summaries blanked; the same string if there are none.
   */
  static String unfence(String text) {
    if (!mayHold(text)) return text;
    char[] out = null;
    Matcher open = OPEN.matcher(text);
    int from = 0;
    while (from < text.length() && open.find(from)) {
      String marker = open.group(1);
      int contentBegin = Math.min(text.length(), open.end() + 1);
      int close = closing(text, contentBegin, marker);
      int contentEnd = close < 0 ? text.length() : close;
      if (isSummary(text, contentBegin, contentEnd)) {
        if (out == null) out = text.toCharArray();
        blankLine(out, open.start());
        if (close >= 0) blankLine(out, close);
      }
      if (close < 0) break;
      int eol = text.indexOf('\n', close);
      from = eol < 0 ? text.length() : eol + 1;
    }
    return out == null ? text : new String(out);
  }

  /** Cheap test before the scan: some line names a summary. */
  private static boolean mayHold(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    return lower.contains("summary") || lower.contains("recap") || lower.contains("gemini");
  }

  /** The start of the line closing a fence opened with {@code marker}, or -1. */
  private static int closing(String text, int from, String marker) {
    int at = from;
    while (at < text.length()) {
      int eol = text.indexOf('\n', at);
      int end = eol < 0 ? text.length() : eol;
      String line = text.substring(at, end).strip();
      if (line.length() >= marker.length()
          && line.chars().allMatch(c -> c == marker.charAt(0))
          && text.substring(at, end).indexOf(marker.charAt(0)) <= 3) {
        return at;
      }
      at = end + 1;
    }
    return -1;
  }

  private static boolean isSummary(String text, int begin, int end) {
    int at = begin;
    while (at < end) {
      int eol = text.indexOf('\n', at);
      int le = eol < 0 || eol > end ? end : eol;
      String line = text.substring(at, le);
      if (!line.isBlank()) return SummaryWords.FENCE_START.matcher(line.strip()).matches();
      at = le + 1;
    }
    return false;
  }

  private static void blankLine(char[] s, int at) {
    for (int i = at; i < s.length && s[i] != '\n'; i++) s[i] = ' ';
  }
}
