package io.notegraph.parse;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The meeting series from a note's title: "Podman Community Cabal Meeting Notes" and "Podman
 * Community Cabal Notes" are both "Podman Community Cabal Meeting"; Jekyll's "{{ page.title }}"
 * is resolved from the front matter. Stateless.
 */
final class SeriesName {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(?:page\\.)?(\\w+)\\s*}}");
  private static final Pattern TRAILING_NOISE =
      Pattern.compile("(?i)[\\s:–-]*(?:meeting\\s+)?(?:notes?|minutes|agenda)\\s*$");

  private SeriesName() {}

  static String resolvePlaceholders(String title, Map<String, String> frontMatter) {
    return PLACEHOLDER
        .matcher(title)
        .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
            frontMatter.getOrDefault(m.group(1), m.group(1))));
  }

  static String of(String title) {
    String s = title.replaceAll("\\s+", " ").strip();
    s = s.replaceAll("(?i)^#?\\s*", "");
    String before;
    do {
      before = s;
      s = TRAILING_NOISE.matcher(s).replaceAll("").strip();
    } while (!s.equals(before));
    s = s.replaceAll("\\s*[-–:|]\\s*$", "").strip();
    if (s.isEmpty()) return "Meeting";
    if (!s.toLowerCase(java.util.Locale.ROOT).endsWith("meeting")) s = s + " Meeting";
    return s;
  }
}
