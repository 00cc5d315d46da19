package io.notegraph.parse;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The meeting series from a note's title: "Podman Community Cabal Meeting Notes" and "Podman
 * Community Cabal Notes" are both "Podman Community Cabal Meeting"; Jekyll's "{{ page.title }}"
 * is resolved from the front matter. Stateless.
 */
final class SeriesName {
  // Compiled once: String.split/matches/replaceAll compile their pattern on every call.
  private static final java.util.regex.Pattern WHITESPACE =
      java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern LEADING_HASH =
      java.util.regex.Pattern.compile("(?i)^#?\\s*");
  private static final java.util.regex.Pattern TRAILING_SEPARATOR =
      java.util.regex.Pattern.compile("\\s*[-–:|]\\s*$");

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
    String s = WHITESPACE.matcher(title).replaceAll(" ").strip();
    s = LEADING_HASH.matcher(s).replaceAll("");
    String before;
    do {
      before = s;
      s = TRAILING_NOISE.matcher(s).replaceAll("").strip();
    } while (!s.equals(before));
    s = TRAILING_SEPARATOR.matcher(s).replaceAll("").strip();
    if (s.isEmpty()) return "Meeting";
    if (!s.toLowerCase(java.util.Locale.ROOT).endsWith("meeting")) s = s + " Meeting";
    return s;
  }
}
