package io.notegraph.parse;

import io.notegraph.ingest.SourceDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A running notes document: one file that holds many meetings, each under a heading that is only
 * its date ("## 2025-02-11", "### Tuesday, January 28, 2025 - SIG call"), as working groups keep
 * their agenda documents (newest first or last). Each meeting becomes a note of its own: the file's
 * preamble (title, description) followed by that meeting's section, every other line left empty, so
 * that line numbers stay those of the file. Its name is the file's name and {@code #yyyy-mm-dd}
 * ({@link SourceDocument#PART}). A file with fewer than two dated sections at one heading level is
 * one meeting, as before. Stateless.
 */
public final class RollingNotes {
  /** More meetings than this in one file are read as one note: a bound on work. */
  static final int MAX_MEETINGS = 1_000;

  /** At most this many characters of copies: beyond, the file is read as one note. */
  static final long MAX_COPIED_CHARS = 64L << 20;

  private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})[ \\t]+(.*?)[ \\t#]*$");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

  /** Words a date heading may carry besides its date: "Meeting", "TSC call", weekdays... */
  private static final Pattern FILLER =
      Pattern.compile(
          "(?i)\\b(?:meeting|meetings|call|sync|notes|minutes|agenda|session|community|weekly"
              + "|bi-?weekly|monthly|office|hours|tsc|sig|wg|team|edition|recording|update|at"
              + "|utc|gmt|[ap]\\.?m\\.?|pt|et|cet|pst|pdt|est|edt|mon|tue|wed|thu|fri|sat|sun"
              + "|[a-z]+day)\\b|[\\d:.,()\\[\\]/|*_~`-]+");

  /** A date of another meeting, or of something else, in a heading: "Next meeting: ...". */
  private static final Pattern NOT_THIS_MEETING =
      Pattern.compile(
          "(?i)\\b(?:next|previous|prev|last|upcoming|future|following|due|deadline|until|since"
              + "|release[sd]?|freeze|cut|planned|from|to)\\b");

  /** "v2.3.0 (2025-07-01)": a changelog's release heading, not a meeting. */
  private static final Pattern VERSION = Pattern.compile("(?i)\\bv?\\d+\\.\\d+");

  private RollingNotes() {}

  /**
   * The meetings of {@code doc}: itself when it is one meeting, else one document per dated
   * section, in the file's order.
   */
  public static List<SourceDocument> split(SourceDocument doc) {
    List<Heading> headings = withContent(announced(headings(doc.text()), doc.text()), doc.text());
    Optional<Integer> level = datedLevel(headings);
    if (level.isEmpty()) return List.of(doc);
    int lvl = level.get();
    // The meetings are the file's outline: at most its title stands above them. Dated headings
    // under a topic ("## Release notes" over "### 2025-07-01") belong to that topic's note.
    List<Heading> above = headings.stream().filter(h -> h.level < lvl).toList();
    if (above.size() > 1 || above.size() == 1 && above.get(0) != headings.get(0)) {
      return List.of(doc);
    }
    List<Heading> same = headings.stream().filter(h -> h.level <= lvl).toList();
    List<int[]> sections = new ArrayList<>(); // [heading index in same, begin, end) in chars
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 0; i < same.size(); i++) {
      Heading h = same.get(i);
      if (h.level != lvl || h.date == null) continue;
      // Up to the next dated heading: an undated one between meetings stays with the one above.
      int j = i + 1;
      while (j < same.size() && !(same.get(j).level == lvl && same.get(j).date != null)) j++;
      int end = j < same.size() ? same.get(j).begin : doc.text().length();
      sections.add(new int[] {h.begin, end});
      dates.add(h.date);
    }
    if (sections.size() < 2 || sections.size() > MAX_MEETINGS) return List.of(doc);
    String text = doc.text();
    int preambleEnd = sections.get(0)[0];
    // Each meeting repeats the preamble and one line break per line above it: bound the copies.
    long lines = text.chars().filter(c -> c == '\n').count();
    if ((long) sections.size() * (preambleEnd + lines) + text.length() > MAX_COPIED_CHARS) {
      return List.of(doc);
    }
    Map<LocalDate, Integer> seen = new HashMap<>();
    List<SourceDocument> out = new ArrayList<>(sections.size());
    for (int i = 0; i < sections.size(); i++) {
      int[] s = sections.get(i);
      StringBuilder sb = new StringBuilder(s[1]);
      sb.append(text, 0, preambleEnd);
      for (int c = preambleEnd; c < s[0]; c++) if (text.charAt(c) == '\n') sb.append('\n');
      sb.append(text, s[0], s[1]);
      int n = seen.merge(dates.get(i), 1, Integer::sum);
      String part = dates.get(i) + (n > 1 ? "-" + n : "");
      out.add(
          new SourceDocument(
              doc.name() + "#" + part, doc.uri(), sb.toString(), doc.charset(), doc.repairs()));
    }
    return out;
  }

  /**
   * The shallowest heading level with two or more headings that are only a date (with distinct
   * dates): a document whose title and one heading carry the meeting's date is one meeting.
   */
  private static Optional<Integer> datedLevel(List<Heading> headings) {
    for (int lvl = 1; lvl <= 6; lvl++) {
      final int l = lvl;
      long distinct =
          headings.stream()
              .filter(h -> h.level == l && h.date != null)
              .map(h -> h.date)
              .distinct()
              .count();
      if (distinct >= 2) return Optional.of(lvl);
    }
    return Optional.empty();
  }

  private record Heading(int level, int begin, LocalDate date) {}

  /**
   * Dated headings without the two lines of content a meeting's section has at least (an agenda
   * stub "## 2025-03-11" with nothing under it is the next meeting's placeholder, not a meeting).
   */
  private static List<Heading> withContent(List<Heading> headings, String text) {
    List<Heading> out = new ArrayList<>(headings.size());
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      if (h.date == null) {
        out.add(h);
        continue;
      }
      int end = text.length();
      for (int j = i + 1; j < headings.size(); j++) {
        if (headings.get(j).level <= h.level) {
          end = headings.get(j).begin;
          break;
        }
      }
      int from = text.indexOf('\n', h.begin);
      long lines =
          from < 0 || from >= end
              ? 0
              : text.substring(from, end).lines().filter(l -> !l.isBlank()).count();
      out.add(lines >= 2 ? h : new Heading(h.level, h.begin, null));
    }
    return out;
  }

  /** "Next meeting: Thursday June 16, 2022": a line announcing the date of a later meeting. */
  private static final Pattern NEXT_LINE =
      Pattern.compile("(?im)^.{0,40}\\bnext\\b.{0,30}\\bmeeting\\b.*$");

  /**
   * Dated headings without the dates the note announces as its next meeting: "## June 16, 2022
   * Topics" under "Next Meeting: Thursday June 16, 2022" holds topics for a meeting not yet held,
   * part of this one's note.
   */
  private static List<Heading> announced(List<Heading> headings, String text) {
    if (headings.stream().noneMatch(h -> h.date != null)) return headings;
    java.util.Set<LocalDate> next = new java.util.HashSet<>();
    Matcher m = NEXT_LINE.matcher(text);
    while (m.find()) DateText.find(m.group()).ifPresent(d -> next.add(d.date()));
    if (next.isEmpty()) return headings;
    return headings.stream()
        .map(h -> h.date != null && next.contains(h.date) ? new Heading(h.level, h.begin, null) : h)
        .toList();
  }

  /** ATX headings outside fenced code, with the date of those that are only a date. */
  private static List<Heading> headings(String text) {
    List<Heading> out = new ArrayList<>();
    String fence = null;
    int pos = 0;
    while (pos < text.length()) {
      int eol = text.indexOf('\n', pos);
      if (eol < 0) eol = text.length();
      String line = text.substring(pos, eol);
      Matcher f = FENCE.matcher(line);
      if (f.find()) {
        String mark = f.group(1);
        if (fence == null) fence = mark;
        else if (mark.charAt(0) == fence.charAt(0) && mark.length() >= fence.length()) fence = null;
      } else if (fence == null && line.length() < 200) {
        Matcher m = ATX.matcher(line);
        if (m.matches()) out.add(new Heading(m.group(1).length(), pos, onlyADate(m.group(2))));
      }
      pos = eol + 1;
    }
    return out;
  }

  /**
   * The date of a heading that says nothing else but meeting words ("2025-02-11", "Jan 28, 2025
   * (TSC call)", "Tuesday 2025-02-11 Agenda"); not a release ("v2.3.0 (2025-07-01)").
   */
  private static LocalDate onlyADate(String heading) {
    Optional<DateText.Found> d = DateText.find(heading);
    if (d.isEmpty() || NOT_THIS_MEETING.matcher(heading).find()) return null;
    String rest = heading.substring(0, d.get().begin()) + " " + heading.substring(d.get().end());
    String left = FILLER.matcher(rest).replaceAll(" ").strip();
    return left.isEmpty() && !VERSION.matcher(rest).find() ? d.get().date() : null;
  }
}
