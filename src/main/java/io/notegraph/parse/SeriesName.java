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

  /** "Design meeting: Shipping const generics": the series, a colon, then this meeting's topic. */
  private static final Pattern SERIES_THEN_TOPIC =
      Pattern.compile("(?i)^\\s*(\\S.{1,60}?\\bmeeting)\\s*[:–—]\\s+\\S");

  /** "2022-03-09-lang-roadmap.md": the topic words a file name gives after its date. */
  private static final Pattern FILE_TOPIC =
      Pattern.compile("^\\d{4}[-_.]\\d{2}[-_.]\\d{2}[-_ ]+(.+?)(?:\\.[A-Za-z]{1,8})?$");

  /** A topic ending with one of these words names a series itself ("Planning-meeting"). */
  private static final Pattern SERIES_WORD =
      Pattern.compile(
          "(?i)\\b(?:meeting|minutes|notes|agenda|sync|call|standup|stand-up|review|retro)\\s*$");

  /** A folder named for a series of meetings: "design-meeting-minutes", "wg-sync-notes". */
  private static final Pattern SERIES_FOLDER =
      Pattern.compile("(?i)(?:^|[-_ ])(?:meetings?|minutes|sync|calls?|standups?)(?:$|[-_ ])");

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private SeriesName() {}

  /**
   * The series of one note, from the most explicit source: the front matter's title (metadata the
   * notes' template writes, e.g. "Triage meeting 2022-06-14") over the heading's; a heading "Design
   * meeting: Some topic" names its series before the colon; a heading that only repeats the topic
   * the file name gives after its date ("2022-03-09-lang-roadmap.md", "# Lang team roadmap") names
   * no series, so the folder the note is filed in does when it is named for meetings
   * ("design-meeting-minutes").
   *
   * @param heading the note's title (its first heading, placeholders resolved), or null
   * @param frontMatterTitle the front matter's title, or null
   * @param path the note's path with '/' separators (relative or absolute)
   */
  static String forNote(String heading, String frontMatterTitle, String path) {
    if (frontMatterTitle != null
        && !frontMatterTitle.isBlank()
        && !PLACEHOLDER.matcher(frontMatterTitle).find()
        && !of(frontMatterTitle).equals("Meeting")) {
      return of(frontMatterTitle);
    }
    if (heading == null) return of("Meeting");
    String undated = WHITESPACE.matcher(withoutDates(heading)).replaceAll(" ").strip();
    undated = LEADING_SEPARATOR.matcher(undated).replaceAll("");
    java.util.regex.Matcher m = SERIES_THEN_TOPIC.matcher(undated);
    if (m.find() && !CURRENT_MEETING.matcher(undated).find()) return of(m.group(1));
    String folder = topicOnlyFolder(undated, path);
    return folder != null ? of(folder) : of(heading);
  }

  /** The series folder of a note whose heading is only its file name's topic; null otherwise. */
  private static String topicOnlyFolder(String heading, String path) {
    String[] parts = path.split("/");
    if (parts.length < 2) return null;
    java.util.regex.Matcher f = FILE_TOPIC.matcher(parts[parts.length - 1]);
    if (!f.matches()) return null;
    String topic = f.group(1);
    if (SERIES_WORD.matcher(NON_WORD.matcher(topic).replaceAll(" ").strip()).find()) return null;
    java.util.Set<String> headingWords = words(heading);
    java.util.Set<String> topicWords = words(topic);
    if (topicWords.isEmpty() || !headingWords.containsAll(topicWords)) return null;
    String folder = parts[parts.length - 2];
    if (!SERIES_FOLDER.matcher(folder).find()) return null;
    StringBuilder out = new StringBuilder();
    for (String w : NON_WORD.split(folder)) {
      if (w.isEmpty()) continue;
      if (out.length() > 0) out.append(' ');
      out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return out.toString();
  }

  private static java.util.Set<String> words(String s) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String w : NON_WORD.split(s.toLowerCase(java.util.Locale.ROOT))) {
      if (!w.isEmpty()) out.add(w);
    }
    return out;
  }

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
