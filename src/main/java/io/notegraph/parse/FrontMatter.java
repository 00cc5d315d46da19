package io.notegraph.parse;

import java.util.Map;
import java.util.TreeMap;

/**
 * Jekyll/Hugo front matter ({@code ---} ... {@code ---} at the very top). commonmark-java 0.32
 * has no front-matter extension, so the block is read here as simple {@code key: value} lines and
 * blanked out (newlines kept) so Markdown parsing and line numbers are unaffected.
 */
record FrontMatter(Map<String, String> values, String maskedText) {
  static FrontMatter of(String text) {
    if (!text.startsWith("---\n") && !text.startsWith("+++\n")) {
      return new FrontMatter(Map.of(), text);
    }
    String fence = text.substring(0, 3);
    int close = text.indexOf("\n" + fence, 3);
    if (close < 0) return new FrontMatter(Map.of(), text);
    int end = text.indexOf('\n', close + 1);
    end = end < 0 ? text.length() : end;
    Map<String, String> values = new TreeMap<>();
    for (String line : text.substring(4, close).split("\n")) {
      int sep = line.indexOf(fence.equals("---") ? ':' : '=');
      if (sep > 0 && !line.startsWith(" ")) {
        String v = line.substring(sep + 1).strip().replaceAll("^[\"']|[\"']$", "");
        values.put(line.substring(0, sep).strip(), v);
      }
    }
    StringBuilder masked = new StringBuilder(text.length());
    for (int i = 0; i < end; i++) masked.append(text.charAt(i) == '\n' ? '\n' : ' ');
    masked.append(text, end, text.length());
    return new FrontMatter(Map.copyOf(values), masked.toString());
  }
}
