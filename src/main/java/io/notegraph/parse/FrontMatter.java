package io.notegraph.parse;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Jekyll/Hugo front matter ({@code ---} ... {@code ---} at the very top) read with SnakeYAML's safe
 * loader: scalars as text, lists ("tags", "attendees") joined with ", ", dates as yyyy-mm-dd. TOML
 * ({@code +++}) and YAML SnakeYAML rejects are read as plain {@code key: value} lines, so a broken
 * header still gives its title. The block is blanked out (newlines kept) so Markdown parsing and
 * line numbers are unaffected.
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
    String body = text.substring(4, close);
    Map<String, String> values = fence.equals("---") ? yaml(body) : null;
    if (values == null) values = lines(body, fence.equals("---") ? ':' : '=');
    StringBuilder masked = new StringBuilder(text.length());
    for (int i = 0; i < end; i++) masked.append(text.charAt(i) == '\n' ? '\n' : ' ');
    masked.append(text, end, text.length());
    return new FrontMatter(Map.copyOf(values), masked.toString());
  }

  /** Top-level keys of a YAML mapping as text; null when it is not YAML or not a mapping. */
  private static Map<String, String> yaml(String body) {
    Object doc;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(true);
      options.setMaxAliasesForCollections(10); // a note header has no business with alias bombs
      doc = new Yaml(new SafeConstructor(options)).load(body);
    } catch (YAMLException | ClassCastException e) {
      return null;
    }
    if (!(doc instanceof Map<?, ?> map)) return null;
    Map<String, String> values = new TreeMap<>();
    map.forEach(
        (k, v) -> {
          String text = text(v);
          if (k != null && text != null) values.put(String.valueOf(k).strip(), text);
        });
    return values;
  }

  private static String text(Object v) {
    if (v == null) return null;
    if (v instanceof java.util.Date d) { // YAML timestamps: the date as written (UTC)
      return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }
    if (v instanceof Collection<?> c) {
      List<String> parts = c.stream().map(FrontMatter::text).filter(s -> s != null).toList();
      return String.join(", ", parts);
    }
    if (v instanceof Map<?, ?> m) { // "- name: Ana Ruiz" entries: their name
      Object name = m.get("name");
      return name == null ? null : text(name);
    }
    return String.valueOf(v).strip();
  }

  private static Map<String, String> lines(String body, char separator) {
    Map<String, String> values = new TreeMap<>();
    for (String line : body.split("\n")) {
      int sep = line.indexOf(separator);
      if (sep > 0 && !line.startsWith(" ")) {
        String v = line.substring(sep + 1).strip().replaceAll("^[\"']|[\"']$", "");
        values.put(line.substring(0, sep).strip(), v);
      }
    }
    return values;
  }
}
