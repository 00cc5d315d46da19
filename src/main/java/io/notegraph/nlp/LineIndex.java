package io.notegraph.nlp;

import java.util.Arrays;

/** 1-based line numbers of offsets, by binary search over line starts. Immutable. */
final class LineIndex {
  private final int[] starts;

  LineIndex(String text) {
    // indexOf is vectorized by the JVM: several times faster than a charAt loop over the note.
    int n = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
    starts = new int[n];
    int k = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
  }

  int lineOf(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }
}
