package io.notegraph.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Markdown pipe table (commonmark-java core reads it as a paragraph): its header cells and, per
 * row below the rule line, where each cell's text lies in the document. Immutable.
 *
 * @param header the header cells' text, trimmed
 * @param rows the body rows, in order
 */
record PipeTable(List<String> header, List<Row> rows) {
  /** One body row: its line and its cells' text spans (trimmed; an empty cell is empty). */
  record Row(int line, List<int[]> cells) {
    /** Cell {@code column}'s span, or null when the row is shorter. */
    int[] cell(int column) {
      return column >= 0 && column < cells.size() ? cells.get(column) : null;
    }
  }

  private static final Pattern RULE =
      Pattern.compile("\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*");

  /** The table in {@code r}: a header line, a rule line and its rows; empty when it is none. */
  static Optional<PipeTable> read(String text, SourceRange r, LineIndex lines) {
    int first = r.line();
    int last = lines.lineOf(Math.max(r.begin(), r.end() - 1));
    if (last <= first) return Optional.empty();
    String rule = line(text, r, lines, first + 1);
    if (!RULE.matcher(rule).matches()) return Optional.empty();
    int hb = Math.max(r.begin(), lines.lineStart(first));
    List<String> header = new ArrayList<>();
    for (int[] c : cells(text, hb, hb + line(text, r, lines, first).length())) {
      header.add(text.substring(c[0], c[1]));
    }
    List<Row> rows = new ArrayList<>();
    for (int line = first + 2; line <= last; line++) {
      int b = Math.max(r.begin(), lines.lineStart(line));
      String s = line(text, r, lines, line);
      if (s.isBlank() || RULE.matcher(s).matches()) continue;
      rows.add(new Row(line, cells(text, b, b + s.length())));
    }
    return Optional.of(new PipeTable(List.copyOf(header), List.copyOf(rows)));
  }

  /** The first column whose header matches {@code name} (the whole header), or -1. */
  int column(Pattern name) {
    for (int i = 0; i < header.size(); i++) {
      if (name.matcher(header.get(i).replaceAll("[*_`]", "").strip()).matches()) return i;
    }
    return -1;
  }

  private static String line(String text, SourceRange r, LineIndex lines, int line) {
    int b = Math.max(r.begin(), lines.lineStart(line));
    int e = Math.min(r.end(), lines.lineEnd(line, text));
    return text.substring(b, Math.max(b, e));
  }

  /** The cells of the line at [b, e): split at '|' not escaped and not inside a code span. */
  private static List<int[]> cells(String text, int b, int e) {
    List<int[]> out = new ArrayList<>();
    int i = b;
    while (i < e && Character.isWhitespace(text.charAt(i))) i++;
    if (i < e && text.charAt(i) == '|') i++;
    int start = i;
    boolean code = false;
    for (; i <= e; i++) {
      char c = i < e ? text.charAt(i) : '|';
      if (c == '`') code = !code;
      if (i < e && (c != '|' || code || text.charAt(i - 1) == '\\')) continue;
      int cb = start;
      int ce = i;
      while (cb < ce && Character.isWhitespace(text.charAt(cb))) cb++;
      while (ce > cb && Character.isWhitespace(text.charAt(ce - 1))) ce--;
      out.add(new int[] {cb, ce});
      start = i + 1;
    }
    // "| a | b |": the closing pipe leaves an empty last cell
    if (out.size() > 1) {
      int[] lastCell = out.get(out.size() - 1);
      if (lastCell[0] == lastCell[1] && text.substring(b, e).stripTrailing().endsWith("|")) {
        out.remove(out.size() - 1);
      }
    }
    return out;
  }
}
