package io.notegraph.parse;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The meeting series from a note's title: "Podman Community Cabal Meeting Notes" and "Podman
 * Community Cabal Notes" are both "Podman Community Cabal Meeting"; dates are taken out ("Triage
 * meeting 2022-09-06" is "Triage meeting"), so all meetings of a series share one name and IRI;
 * Jekyll's "{{ page.title }}" is resolved from the front matter. Stateless.
 */
final class SeriesName {
  // Compiled once: String.split/matches/replaceAll compile their pattern on every call.
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern LEADING_HASH =
      java.util.regex.Pattern.compile("(?i)^#?\\s*");
  private static final java.util.regex.Pattern TRAILING_SEPARATOR =
      java.util.regex.Pattern.compile("\\s*[-–—:|,]\\s*$");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(?:page\\.)?(\\w+)\\s*}}");
  private static final Pattern TRAILING_NOISE =
      Pattern.compile("(?i)[\\s:–-]*(?:meeting\\s+)?(?:notes?|minutes|agenda|details|info)\\s*$");

  /** "t-lang 2020 09 21": a date written with spaces, which DateText does not read as one. */
  private static final Pattern SPACED_DATE =
      Pattern.compile("\\b(?:19|20)\\d{2}[ _](?:0[1-9]|1[0-2])[ _](?:[0-2]\\d|3[01])\\b");

  // Left behind when a date is cut from "2020-11-18: Lints" or "2020.07.08 — Path to membership".
  private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[\\s:–—|,-]+");
  // "T-Lang Meeting: Current meeting": the agenda template's caption for this week, not a name.
  private static final Pattern CURRENT_MEETING =
      Pattern.compile("(?i)[\\s:–—-]+(?:current|this|today'?s)\\s+meeting\\s*$");

  private SeriesName() {}

  /**
   * The title with every date taken out: the series is what stays the same from meeting to meeting
   * ("Planning meeting 2021-03-03" and "Planning meeting 2021-04-14" are one series).
   */
  static String withoutDates(String title) {
    String s = title;
    for (int guard = 0; guard < 4; guard++) {
      java.util.Optional<DateText.Found> d = DateText.find(s);
      if (d.isEmpty()) break;
      s = s.substring(0, d.get().begin()) + " " + s.substring(d.get().end());
    }
    return SPACED_DATE.matcher(s).replaceAll(" ");
  }

  static String resolvePlaceholders(String title, Map<String, String> frontMatter) {
    return PLACEHOLDER
        .matcher(title)
        .replaceAll(
            m ->
                java.util.regex.Matcher.quoteReplacement(
                    frontMatter.getOrDefault(m.group(1), m.group(1))));
  }

  static String of(String title) {
    String s = WHITESPACE.matcher(withoutDates(title)).replaceAll(" ").strip();
    s = LEADING_SEPARATOR.matcher(s).replaceAll("");
    s = CURRENT_MEETING.matcher(s).replaceAll("");
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
