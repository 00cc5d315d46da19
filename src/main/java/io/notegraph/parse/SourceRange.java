package io.notegraph.parse;

/**
 * Where something stands in its document: 1-based line of its start, and character offsets {@code
 * [begin, end)} into {@link io.notegraph.ingest.SourceDocument#text()}.
 */
public record SourceRange(int line, int begin, int end) implements Comparable<SourceRange> {
  public SourceRange {
    if (line < 1) throw new IllegalArgumentException("line must be >= 1: " + line);
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad range [" + begin + "," + end + ")");
    }
  }

  public int length() {
    return end - begin;
  }

  public String of(String text) {
    return text.substring(begin, end);
  }

  @Override
  public int compareTo(SourceRange o) {
    int c = Integer.compare(begin, o.begin);
    return c != 0 ? c : Integer.compare(end, o.end);
  }
}
