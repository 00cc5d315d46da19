package io.notegraph.ingest;

/** CRLF and lone CR to LF, so every later stage sees one kind of line break. Thread-safe. */
final class LineBreaks {
  private LineBreaks() {}

  static String normalise(String text) {
    int cr = text.indexOf('\r');
    if (cr < 0) return text;
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, cr);
    for (int i = cr, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c != '\r') {
        out.append(c);
      } else {
        out.append('\n');
        if (i + 1 < n && text.charAt(i + 1) == '\n') i++;
      }
    }
    return out.toString();
  }
}
