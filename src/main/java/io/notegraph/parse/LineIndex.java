package io.notegraph.parse;

import java.util.Arrays;

/** Offsets to 1-based line numbers for one text. Immutable. */
final class LineIndex {
  private final int[] starts;
  private final int length;

  LineIndex(String text) {
    int n = 1;
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') n++;
    starts = new int[n];
    int k = 1;
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts[k++] = i + 1;
    length = text.length();
  }

  int lineOf(int offset) {
    int i = Arrays.binarySearch(starts, Math.min(offset, length));
    return (i >= 0 ? i : -i - 2) + 1;
  }

  int lineStart(int line) {
    return starts[line - 1];
  }

  int lineEnd(int line, String text) {
    int e = line < starts.length ? starts[line] - 1 : length;
    return Math.max(starts[line - 1], e);
  }

  int lines() {
    return starts.length;
  }

  SourceRange range(int begin, int end) {
    return new SourceRange(lineOf(begin), begin, end);
  }
}
