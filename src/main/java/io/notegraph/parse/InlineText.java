package io.notegraph.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Raw inline Markdown reduced to the text a reader sees, with a map back to source offsets. Handles
 * links {@code [text](url)}, emphasis markers, code backticks and autolinks; what it does not
 * understand stays as it is. Immutable.
 */
final class InlineText {
  private final String plain;
  private final int[] sourceIndex; // plain char i came from source offset sourceIndex[i]
  private final List<LinkRef> links;

  /** A link in the text: what it says, where it points, and where the link text stands. */
  record LinkRef(String text, String url, int plainBegin, int plainEnd) {}

  private InlineText(String plain, int[] sourceIndex, List<LinkRef> links) {
    this.plain = plain;
    this.sourceIndex = sourceIndex;
    this.links = links;
  }

  static InlineText of(String source, int begin, int end) {
    StringBuilder out = new StringBuilder(end - begin);
    int[] map = new int[end - begin + 1];
    List<LinkRef> links = new ArrayList<>();
    // Precomputed so that one long line full of unclosed '[' or '<' stays linear, not quadratic.
    int[] close = closers(source, begin, end);
    int[] nextParen = nextIndex(source, ')', begin, end);
    int[] nextGt = nextIndex(source, '>', begin, end);
    int i = begin;
    while (i < end) {
      char c = source.charAt(i);
      if (c == '[') {
        int closeAt = close[i - begin];
        if (closeAt > 0 && closeAt + 1 < end && source.charAt(closeAt + 1) == '(') {
          int paren = closeAt + 2 < end ? nextParen[closeAt + 2 - begin] : -1;
          if (paren > 0 && paren < end) {
            int textStart = out.length();
            for (int k = i + 1; k < closeAt; k++) append(out, map, source, k);
            String url = source.substring(closeAt + 2, paren).trim();
            int sp = url.indexOf(' ');
            if (sp > 0) url = url.substring(0, sp); // [x](url "title")
            links.add(new LinkRef(out.substring(textStart), url, textStart, out.length()));
            i = paren + 1;
            continue;
          }
        }
      }
      if (c == '<' && i + 1 < end && source.startsWith("http", i + 1)) {
        int gt = nextGt[i - begin];
        if (gt > 0 && gt < end) {
          int s = out.length();
          for (int k = i + 1; k < gt; k++) append(out, map, source, k);
          links.add(new LinkRef(out.substring(s), out.substring(s), s, out.length()));
          i = gt + 1;
          continue;
        }
      }
      if ((c == 'h' && (source.startsWith("https://", i) || source.startsWith("http://", i)))) {
        int e = i;
        while (e < end && !Character.isWhitespace(source.charAt(e)) && source.charAt(e) != ')') e++;
        while (e > i && ".,;:!?".indexOf(source.charAt(e - 1)) >= 0) e--;
        int s = out.length();
        for (int k = i; k < e; k++) append(out, map, source, k);
        links.add(new LinkRef(out.substring(s), out.substring(s), s, out.length()));
        i = e;
        continue;
      }
      if (c == '*' || c == '`' || (c == '_' && isEmphasisUnderscore(source, i, begin, end))) {
        i++;
        continue;
      }
      if (c == '\\' && i + 1 < end && isPunct(source.charAt(i + 1))) {
        append(out, map, source, i + 1);
        i += 2;
        continue;
      }
      append(out, map, source, i);
      i++;
    }
    map[out.length()] = end;
    int[] trimmed = new int[out.length() + 1];
    System.arraycopy(map, 0, trimmed, 0, out.length() + 1);
    return new InlineText(out.toString(), trimmed, List.copyOf(links));
  }

  private static void append(StringBuilder out, int[] map, String s, int k) {
    map[out.length()] = k;
    char ch = s.charAt(k);
    out.append(ch == '\u00a0' || ch == '\t' ? ' ' : ch);
  }

  /**
   * For every '[' in {@code [begin, end)}, the ']' that brings the bracket depth back to zero (the
   * same answer as scanning forward from it), or -1 when a blank line or the end comes first.
   */
  private static int[] closers(String s, int begin, int end) {
    int[] close = new int[end - begin];
    java.util.Arrays.fill(close, -1);
    int[] open = new int[end - begin];
    int depth = 0;
    for (int k = begin; k < end; k++) {
      char ch = s.charAt(k);
      if (ch == '[') open[depth++] = k;
      else if (ch == ']' && depth > 0) close[open[--depth] - begin] = k;
      else if (ch == '\n' && k + 1 < end && s.charAt(k + 1) == '\n') depth = 0;
    }
    return close;
  }

  /** For every offset in {@code [begin, end)}, the first {@code c} at or after it, or -1. */
  private static int[] nextIndex(String s, char c, int begin, int end) {
    int[] next = new int[end - begin];
    int at = -1;
    for (int k = end - 1; k >= begin; k--) {
      if (s.charAt(k) == c) at = k;
      next[k - begin] = at;
    }
    return next;
  }

  private static boolean isEmphasisUnderscore(String s, int i, int begin, int end) {
    boolean wordBefore = i > begin && Character.isLetterOrDigit(s.charAt(i - 1));
    boolean wordAfter = i + 1 < end && Character.isLetterOrDigit(s.charAt(i + 1));
    return !(wordBefore && wordAfter); // snake_case stays
  }

  private static boolean isPunct(char c) {
    return "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }

  String plain() {
    return plain;
  }

  List<LinkRef> links() {
    return links;
  }

  /** Source offset of plain index {@code i} (0..length). */
  int source(int i) {
    return sourceIndex[i];
  }

  /** The source range of plain {@code [b, e)}, at {@code line}. */
  SourceRange range(int b, int e, int line) {
    int sb = sourceIndex[b];
    int se = e == 0 ? sb : sourceIndex[e - 1] + 1;
    return new SourceRange(line, sb, Math.max(sb, se));
  }
}
