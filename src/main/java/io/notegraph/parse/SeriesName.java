package io.notegraph.parse;

import java.util.List;
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

  /**
   * "Widget Steering Committee — board review", "Jupyter Community Call — JupyterLab 5.2 release
   * party": a name before a spaced dash, and what this meeting is after it (how often it meets, "—
   * monthly meeting", stays part of the name: {@link #CADENCE}).
   */
  private static final Pattern NAME_THEN_SUBTITLE =
      Pattern.compile("^\\s*(\\S.{1,80}?)\\s+[–—]\\s+\\S");

  /** "Weekly Meeting", "monthly call": how often, which stays part of the series' name. */
  private static final Pattern CADENCE =
      Pattern.compile(
          "(?i)(?:weekly|bi-?weekly|fortnightly|monthly|quarterly|daily)\\s+(?:meeting|call|sync)"
              + "(?:\\s+(?:notes|minutes|agenda))?\\W*");

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
   * Words that make a title name a series rather than a topic: "Planning meeting", "Kestrel TSC",
   * "WG sync". A title in a series folder without any of them ("Lang team roadmap", "Do we need
   * provenance?") names only its meeting's topic.
   */
  private static final Pattern SERIES_TITLE_WORD =
      Pattern.compile(
          "(?i)\\b(?:meetings?|mtg|minutes|notes|agenda|sync|call|standup|stand-up|retro"
              + "|triage|planning|office hours|cabal|tsc|sig|wg|committee|council|community)\\b");

  /** Folder words that say only "meetings", not which: "meeting-notes" names no series. */
  private static final java.util.Set<String> GENERIC_FOLDER_WORDS =
      java.util.Set.of(
          "meeting",
          "meetings",
          "minutes",
          "notes",
          "agenda",
          "agendas",
          "docs",
          "sync",
          "call",
          "calls",
          "standup",
          "standups");

  /**
   * The series of one note, from the most explicit source: the front matter's title (metadata the
   * notes' template writes, e.g. "Triage meeting 2022-06-14") over the heading's; a title "Design
   * meeting: Some topic" names its series before the colon. In a folder named for one series of
   * meetings ("design-meeting-minutes"), a title that names only the meeting's topic ("Lang team
   * roadmap", "2021-09-22: Outlives defaults", "Stream trait design meeting", "Design meeting on
   * RFC 12") is one meeting of the folder's series: design meetings are filed one topic a file, so
   * their titles are topics, while the folder says which series they belong to.
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
      return fromTitle(frontMatterTitle, path, false);
    }
    if (heading == null) return of("Meeting");
    return fromTitle(heading, path, true);
  }

  /** A heading that repeats its file name's topic names no series; front matter is metadata. */
  private static String fromTitle(String title, String path, boolean heading) {
    String undated = WHITESPACE.matcher(withoutDates(title)).replaceAll(" ").strip();
    undated = LEADING_SEPARATOR.matcher(undated).replaceAll("");
    java.util.regex.Matcher m = SERIES_THEN_TOPIC.matcher(undated);
    if (m.find() && !CURRENT_MEETING.matcher(undated).find()) return of(m.group(1));
    java.util.regex.Matcher sub = NAME_THEN_SUBTITLE.matcher(undated);
    if (sub.find()
        && SERIES_TITLE_WORD.matcher(sub.group(1)).find()
        && !CADENCE.matcher(undated.substring(sub.end() - 1)).matches()) {
      return of(sub.group(1)); // the name says it is a meeting body; the rest is this meeting's
    }
    String folder = heading ? topicOnlyFolder(undated, path) : null;
    if (folder != null) return of(folder);
    String series = seriesFolder(path);
    boolean namesASeries = SERIES_TITLE_WORD.matcher(undated).find();
    if (series != null && (!namesASeries || frames(undated, series))) return series;
    return of(title);
  }

  /**
   * The series a folder is named for ("design-meeting-minutes" is "Design Meeting"), when its name
   * says which meetings (not only "meeting-notes" or "minutes"); null otherwise.
   */
  private static String seriesFolder(String path) {
    String[] parts = path.split("/");
    if (parts.length < 2) return null;
    String folder = parts[parts.length - 2];
    if (!SERIES_FOLDER.matcher(folder).find()) return null;
    boolean distinct = !GENERIC_FOLDER_WORDS.containsAll(words(folder));
    return distinct ? of(capitalised(folder)) : null;
  }

  /** Whether the title's words begin or end with the series' words and say more: a topic framed. */
  private static boolean frames(String title, String series) {
    List<String> t = wordList(title);
    List<String> s = wordList(series);
    if (t.size() <= s.size()) return false;
    return t.subList(0, s.size()).equals(s) || t.subList(t.size() - s.size(), t.size()).equals(s);
  }

  /** The lower-case words of {@code s}, in order. */
  private static List<String> wordList(String s) {
    List<String> out = new java.util.ArrayList<>();
    for (String w : NON_WORD.split(s.toLowerCase(java.util.Locale.ROOT))) {
      if (!w.isEmpty()) out.add(w);
    }
    return out;
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
    return capitalised(folder);
  }

  /** "design-meeting-minutes" as "Design Meeting Minutes". */
  private static String capitalised(String folder) {
    StringBuilder out = new StringBuilder();
    for (String w : NON_WORD.split(folder)) {
      if (w.isEmpty()) continue;
      if (out.length() > 0) out.append(' ');
      out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return out.toString();
  }

  private static java.util.Set<String> words(String s) {
    return new java.util.HashSet<>(wordList(s));
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

  /** "=====" over a plain-text title, "()" left by a cut date. */
  private static final Pattern RULES_AND_EMPTY_BRACKETS =
      Pattern.compile("[=*_~-]{3,}|\\(\\s*\\)|\\[\\s*]");

  /** "#fedora-meeting-1: Widget SIG": the IRC channel a meeting bot ran in, before the name. */
  private static final Pattern CHANNEL_PREFIX = Pattern.compile("^#[\\w.-]+\\s*:\\s*(?=\\S)");

  static String of(String title) {
    String s = RULES_AND_EMPTY_BRACKETS.matcher(withoutDates(title)).replaceAll(" ");
    s = WHITESPACE.matcher(s).replaceAll(" ").strip();
    s = CHANNEL_PREFIX.matcher(s).replaceFirst("");
    s = LEADING_SEPARATOR.matcher(s).replaceAll("");
    s = CURRENT_MEETING.matcher(s).replaceAll("");
    s = LEADING_HASH.matcher(s).replaceAll("");
    String before;
    do { // "Board Meeting Minutes," once its date is cut
      before = s;
      s = TRAILING_SEPARATOR.matcher(s).replaceAll("").strip();
      s = TRAILING_NOISE.matcher(s).replaceAll("").strip();
    } while (!s.equals(before));
    if (s.isEmpty()) return "Meeting";
    if (!s.toLowerCase(java.util.Locale.ROOT).endsWith("meeting")) s = s + " Meeting";
    return s;
  }
}
