package io.notegraph.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Replaces characters no XML 1.0 document may contain (C0 controls other than tab, line feed and
 * carriage return; U+FFFE, U+FFFF; lone surrogates) with U+FFFD, one for one so every offset into
 * the text stays right. Without this, one BEL or ESC pasted into a note makes the RDF/XML output
 * impossible to write. Form feeds (whitespace) become spaces and ESC (terminal colour codes pasted
 * from a shell) becomes U+FFFD without a report: both are common and harmless. Stateless,
 * thread-safe.
 */
final class ControlCharacters {
  static final String REASON = "control character, not allowed in XML output";

  private ControlCharacters() {}

  /** The cleaned text and one repair per line that had any such character. */
  record Result(String text, List<TextRepair> repairs) {}

  static Result replace(String text) {
    StringBuilder out = null;
    List<TextRepair> repairs = new ArrayList<>();
    int line = 1;
    int reportedLine = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') line++;
      if (!illegal(text, i)) continue;
      if (out == null) out = new StringBuilder(text);
      out.setCharAt(i, c == '\f' ? ' ' : '\uFFFD');
      if (c != '\f' && c != '\u001B' && reportedLine != line) {
        repairs.add(new TextRepair(line, String.format("U+%04X", (int) c), "U+FFFD", REASON));
        reportedLine = line;
      }
    }
    return new Result(out == null ? text : out.toString(), List.copyOf(repairs));
  }

  private static boolean illegal(String s, int i) {
    char c = s.charAt(i);
    if (c < 0x20) return c != '\t' && c != '\n' && c != '\r';
    if (c == '\uFFFE' || c == '\uFFFF') return true;
    if (Character.isHighSurrogate(c))
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    return false;
  }
}
