package io.notegraph.parse;

import java.util.Arrays;

/** Offsets to 1-based line numbers for one text. Immutable. */
public final class LineIndex {
  private final int[] starts;
  private final int length;

  public LineIndex(String text) {
    // indexOf is an intrinsic that scans many characters at once; a charAt loop was 6% of parse.
    int n = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
    starts = new int[n];
    int k = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
    length = text.length();
  }

  public int lineOf(int offset) {
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
