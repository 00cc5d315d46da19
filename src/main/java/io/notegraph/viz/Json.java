package io.notegraph.viz;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Minimal JSON serializer for maps, lists, strings, numbers and booleans. Object keys are written
 * sorted, so output is byte-for-byte stable. {@code <}, {@code >} and {@code &} are written as
 * unicode escapes, so the result can sit inside an HTML {@code <script>} element.
 */
final class Json {
  private Json() {}

  static String write(Object value) {
    StringBuilder b = new StringBuilder();
    write(value, b);
    return b.toString();
  }

  private static void write(Object value, StringBuilder b) {
    if (value == null) {
      b.append("null");
    } else if (value instanceof String s) {
      string(s, b);
    } else if (value instanceof Number || value instanceof Boolean) {
      b.append(value);
    } else if (value instanceof Map<?, ?> map) {
      b.append('{');
      String sep = "";
      for (var e : new TreeMap<>(map).entrySet()) {
        b.append(sep);
        string(String.valueOf(e.getKey()), b);
        b.append(':');
        write(e.getValue(), b);
        sep = ",";
      }
      b.append('}');
    } else if (value instanceof Collection<?> list) {
      b.append('[');
      String sep = "";
      for (Object item : list) {
        b.append(sep);
        write(item, b);
        sep = ",";
      }
      b.append(']');
    } else {
      throw new IllegalArgumentException("not JSON: " + value.getClass());
    }
  }

  private static void string(String s, StringBuilder b) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }
}
