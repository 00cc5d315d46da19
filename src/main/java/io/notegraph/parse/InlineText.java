package io.notegraph.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Raw inline Markdown reduced to the text a reader sees, with a map back to source offsets.
 * Handles links {@code [text](url)}, emphasis markers, code backticks and autolinks; what it does
 * not understand stays as it is. Immutable.
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

  static InlineText of(String source, SourceRange range) {
    return of(source, range.begin(), range.end());
  }

  static InlineText of(String source, int begin, int end) {
    StringBuilder out = new StringBuilder(end - begin);
    int[] map = new int[end - begin + 1];
    List<LinkRef> links = new ArrayList<>();
    int i = begin;
    while (i < end) {
      char c = source.charAt(i);
      if (c == '[') {
        int close = findClose(source, i, end);
        if (close > 0 && close + 1 < end && source.charAt(close + 1) == '(') {
          int paren = source.indexOf(')', close + 2);
          if (paren > 0 && paren < end) {
            int textStart = out.length();
            for (int k = i + 1; k < close; k++) append(out, map, source, k);
            String url = source.substring(close + 2, paren).trim();
            int sp = url.indexOf(' ');
            if (sp > 0) url = url.substring(0, sp); // [x](url "title")
            links.add(new LinkRef(out.substring(textStart), url, textStart, out.length()));
            i = paren + 1;
            continue;
          }
        }
      }
      if (c == '<' && i + 1 < end && source.startsWith("http", i + 1)) {
        int gt = source.indexOf('>', i);
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

  private static int findClose(String s, int open, int end) {
    int depth = 0;
    for (int k = open; k < end; k++) {
      char ch = s.charAt(k);
      if (ch == '[') depth++;
      else if (ch == ']' && --depth == 0) return k;
      else if (ch == '\n' && k + 1 < end && s.charAt(k + 1) == '\n') return -1;
    }
    return -1;
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
