package io.notegraph.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of one block's content with their absolute offsets and line numbers, so every reader
 * can point back into the document without re-scanning it.
 */
final class LogLines {
  /**
   * One content line: {@code [begin, end)} in the document, without its line break (and without a
   * stray '\r', should one have survived normalisation).
   */
  record Line(int number, int begin, int end, String text) {
    boolean isBlank() {
      return text.isBlank();
    }

    /** Offset of the first non-whitespace character, or {@code end} for a blank line. */
    int contentBegin() {
      return begin + indent();
    }

    /** Offset just after the last non-whitespace character. */
    int contentEnd() {
      int i = text.length();
      while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
      return begin + i;
    }

    int indent() {
      int i = 0;
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
      return i;
    }

    String trimmed() {
      return text.strip();
    }

    SourceRange range() {
      return new SourceRange(number, contentBegin(), Math.max(contentBegin(), contentEnd()));
    }
  }

  private LogLines() {}

  static List<Line> split(String document, int contentBegin, int contentEnd, int firstLine) {
    List<Line> lines = new ArrayList<>();
    int start = contentBegin;
    int number = firstLine;
    while (start < contentEnd) {
      int nl = document.indexOf('\n', start);
      int stop = nl < 0 || nl > contentEnd ? contentEnd : nl;
      int end = stop > start && document.charAt(stop - 1) == '\r' ? stop - 1 : stop;
      lines.add(new Line(number++, start, end, document.substring(start, end)));
      start = stop + 1;
    }
    return lines;
  }

  static int nonBlankCount(List<Line> lines) {
    int n = 0;
    for (Line l : lines) if (!l.isBlank()) n++;
    return n;
  }
}
