package io.notegraph.link;

import io.notegraph.parse.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Features listed under a version, read off the note's lines rather than its parsed sections, so
 * that layouts the parser does not know still count: the top-level bullets under a heading that is
 * about a version ("#### Podman v9.2 - Ada Quill", "## What's new in 9.1"), the nested bullets of a
 * list item naming a version ("1. Podman v9.2" then " - faster pulls"), the list right after a line
 * announcing a version ("Podman v9.2 is out, highlights:"), and table rows whose cell is a version.
 * One feature per bullet, its text cleaned of Markdown, links and recording offsets. Stateless.
 */
final class FeatureLists {
  private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*)$");
  private static final Pattern ITEM =
      Pattern.compile("^(\\s*)(?:[-*+]|\\d{1,3}[.)])\\s+(?:\\[[ xX]\\]\\s+)?(.*)$");
  private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?[\\s:|-]+\\|[\\s:|-]*$");

  /** Words that make a heading or a line an announcement of what a version holds. */
  static final Pattern CONTENT_WORDS =
      Pattern.compile(
          "(?i)\\b(?:releas(?:e|ed|es|ing)|features?|highlights?|what'?s new|new in"
              + "|changes|changelog|notes|plans?|planned|preview|announce(?:d|ment)?|rollout"
              + "|inclusions|out|ships|shipped|brings|adds|includes|is here|available|landed"
              + "|tagged|contents?|summary|overview|roadmap|what'?s coming|coming in|upcoming)\\b");

  /** Labels of lists that hold no features even under a version ("Questions:", "Action items"). */
  private static final Pattern NOT_FEATURES =
      Pattern.compile(
          "(?i)\\b(?:questions?|q\\s*&\\s*a|discussion|action items?|next steps|topics?|attendees"
              + "|notes from|chat|links?|bugs?(?!\\s*fix)|known issues|regressions?|caveats|limitations"
              + "|blockers?|removed|deprecat\\w*"
              + "|breaking|status|schedule|timeline)\\b");

  /**
   * Sub-headings of a changelog entry whose items the release brings ("### Added", "#### Fixed",
   * "Bug fixes"): fixes a release ships are part of what it holds; removals and deprecations are
   * not (they fall under {@link #NOT_FEATURES}).
   */
  private static final Pattern CHANGE_KIND =
      Pattern.compile(
          "(?i)^(?:added|changed|changes|fixed|fixes|bug\\s*fixes|(?:new\\s+)?features?|improvements?"
              + "|improved|enhancements?|highlights?|what'?s new|new|performance|security"
              + "|(?:other|notable|major|minor)\\s+changes)\\s*:?$");

  /** Table columns that hold what a version brings ("Highlights", "Features", "Changes"). */
  private static final Pattern CONTENT_COLUMN =
      Pattern.compile(
          "(?i)^(?:highlights?|features?|changes|what'?s new|notes|release notes|added|contents"
              + "|summary|description|new)$");

  private static final Pattern OFFSET =
      Pattern.compile(
          "(?i)\\s*[-–—,]?\\s*[(\\[]?\\s*(?:at\\s+)?\\d{1,2}:\\d{2}(?::\\d{2})?"
              + "(?:\\s*(?:in|into)\\s+(?:the\\s+)?(?:video|recording))?\\s*[)\\]]?\\s*$");
  private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern URL = Pattern.compile("<?https?://\\S+>?");
  private static final Pattern EMPHASIS =
      Pattern.compile("(\\*\\*|__|~~|`|(?<![\\w])[*_]|[*_](?![\\w]))");

  /** "and more", "etc.", "others": the end of a list, not a feature. */
  private static final Pattern FILLER =
      Pattern.compile(
          "(?i)^(?:and\\s+|&\\s+)?(?:(?:much|many|lots|a\\s+lot|lots\\s+of)\\s+)?"
              + "(?:more|others|other\\s+things|other\\s+stuff|stuff|etc\\.?|so\\s+on"
              + "|the\\s+like|whatnot)\\.?$");

  static boolean isFiller(String feature) {
    return FILLER.matcher(feature.strip()).matches();
  }

  private FeatureLists() {}

  /** A version range of the note and its entity. */
  record Version(SourceRange range, Entity entity) {}

  /** Features of one note's text, in line order, at most one per line. */
  static List<Feature> find(String text, String document, List<Version> versions) {
    Lines lines = new Lines(text, versions);
    List<Feature> out = new ArrayList<>();
    boolean[] taken = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      List<Version> here = lines.versionsOn(i, versions);
      if (here.isEmpty() || !oneVersion(here)) continue;
      Version v = here.get(0);
      String line = lines.text(i);
      Matcher h = HEADING.matcher(line);
      Matcher item = ITEM.matcher(line);
      List<Integer> found;
      if (h.matches()) {
        boolean about = aboutTheVersion(h.group(2), v, text);
        found = about ? underHeading(lines, i, versions) : List.of();
        // "Podman v9.2 Schedule Updates": its lists are dates, but its prose may state a change.
        if (about || aboutTheVersion(SCHEDULE_WORDS.matcher(h.group(2)).replaceAll(" "), v, text))
          prose(lines, i, v, versions, document, out, taken);
      } else if (item.matches()) {
        // "1. Podman v9.2 plans" heads its nested items; "Stabilize X in Rust 1.40" does not.
        found =
            aboutTheVersion(item.group(2), v, text)
                ? children(lines, i, item.group(1).length(), versions)
                : List.of();
        if (found.isEmpty()
            && line.strip().endsWith(":")
            && aboutTheVersion(item.group(2), v, text)) {
          found = listAfter(lines, i, versions);
        }
      } else if (line.strip().startsWith("|")) {
        found = List.of();
        tableRow(lines, i, v, document, out, taken);
      } else {
        // "Podman v9.4 is out, highlights:" or a short "Podman v9.4 released": a list follows.
        // "Known regressions (for v5.7.1):" announces a list, but not of what 5.7.1 brings.
        boolean announces =
            !NOT_FEATURES.matcher(line).find()
                && (line.strip().endsWith(":")
                    || (CONTENT_WORDS.matcher(line).find()
                        && line.strip().split("\\s+").length <= 8));
        found = announces ? listAfter(lines, i, versions) : List.of();
        if (found.isEmpty() && aloneOnItsLine(line, v, text)) {
          labelledParagraph(lines, i, v, document, out, taken);
        }
      }
      for (int k : found) {
        if (taken[k]) continue;
        for (String part : labelledParts(clean(itemText(lines.text(k))))) {
          String clean = named(clean(part));
          if (clean.isEmpty()
              || clean.contains("?")
              || isFiller(clean)
              || repeats(out, v.entity().id(), clean)) continue;
          taken[k] = true;
          out.add(
              new Feature(v.entity().id(), v.entity().project(), clean, lines.range(k), document));
        }
      }
    }
    return out;
  }

  /**
   * The features the prose of a version's section states ({@link ReleaseProse}): its paragraphs up
   * to the next heading of the same or a higher level, without headings, list items, tables and
   * code.
   */
  private static void prose(
      Lines lines,
      int heading,
      Version v,
      List<Version> versions,
      String document,
      List<Feature> out,
      boolean[] taken) {
    int level = level(lines.text(heading));
    boolean fenced = false;
    for (int j = heading + 1; j < lines.size(); j++) {
      String l = lines.text(j);
      if (l.startsWith("```") || l.startsWith("~~~")) fenced = !fenced;
      Matcher h = HEADING.matcher(l);
      if (h.matches() && h.group(1).length() <= level) break;
      if (fenced || taken[j] || h.matches() || l.isBlank() || ITEM.matcher(l).matches()) continue;
      if (l.strip().startsWith("|")) continue;
      ReleaseProse.Ranges other =
          (b, e) ->
              versions.stream()
                  .anyMatch(
                      o ->
                          o.range().begin() >= b
                              && o.range().end() <= e
                              && !o.entity().id().equals(v.entity().id()));
      for (ReleaseProse.Stated s :
          ReleaseProse.find(lines.text, lines.begin(j), lines.end(j), other)) {
        if (repeats(out, v.entity().id(), s.text())) continue;
        taken[j] = true;
        out.add(
            new Feature(v.entity().id(), v.entity().project(), s.text(), lines.range(j), document));
      }
    }
  }

  /** Words of a heading that say its lists are a schedule, not what the version holds. */
  private static final Pattern SCHEDULE_WORDS =
      Pattern.compile("(?i)\\b(?:schedule|status|timeline|breaking)\\b");

  /** A line that is only the version, maybe with a colon: "4.6", "**Podman v9.2:**". */
  private static boolean aloneOnItsLine(String line, Version v, String text) {
    String written = text.substring(v.range().begin(), v.range().end());
    return !written.isBlank() && clean(line.replace(written, " ")).isEmpty();
  }

  /**
   * The paragraph right under a line that is only a version ("9.6" then "bug fixes, volume and
   * secret updates. Valkey as cache."): a label without a colon, so each sentence is a list of
   * short parts (at most six words each; a sentence with a longer part is prose, and gives none).
   */
  private static void labelledParagraph(
      Lines lines, int at, Version v, String document, List<Feature> out, boolean[] taken) {
    for (int j = at + 1; j < lines.size(); j++) {
      String l = lines.text(j);
      if (l.isBlank()
          || HEADING.matcher(l).matches()
          || ITEM.matcher(l).matches()
          || l.strip().startsWith("|")
          || l.startsWith("```")
          || !lines.onLine.get(j).isEmpty()) break;
      for (String sentence : l.strip().split("(?<=[.!?])\\s+")) {
        List<String> parts = Releases.parts(sentence.replaceAll("[.!]+$", ""));
        if (parts.stream().anyMatch(p -> p.strip().split("\\s+").length > 6)) continue;
        for (String f : FeatureSentences.listed(sentence.replaceAll("[.!]+$", ""))) {
          if (f.matches("(?i)^(?:we|it|they|i|this|that|there)\\b.*")
              || repeats(out, v.entity().id(), f)) continue;
          taken[j] = true;
          out.add(new Feature(v.entity().id(), v.entity().project(), f, lines.range(j), document));
        }
      }
    }
  }

  private static final Pattern LABEL = Pattern.compile("^([^:]{2,30}):\\s+(\\S.*)$");

  /**
   * "Features: IPv6 health checks, a new TOML config loader": the parts after a features label; any
   * other item whole.
   */
  static List<String> labelledParts(String item) {
    Matcher m = LABEL.matcher(item);
    if (!m.matches() || !Releases.isFeatureLabel(m.group(1))) return List.of(item);
    return Releases.enumerated(m.group(2));
  }

  /** All versions on a line are one: "Podman v9.2 and v9.3 notes" is about neither alone. */
  private static boolean oneVersion(List<Version> here) {
    return here.stream().map(v -> v.entity().id()).distinct().count() == 1;
  }

  /**
   * A heading is about its version when, without the version, its presenter and its offset, it is
   * empty or a word or two, or it announces contents ("update", "highlights", "plans"). "Ubuntu
   * 22.04 LTS and Stopping Kubic support" is not.
   */
  static boolean aboutTheVersion(String heading, Version v, String text) {
    String written = text.substring(v.range().begin(), v.range().end());
    String rest = heading.replace(written, " ");
    rest = rest.replaceAll("\\s+[-–—]\\s+.*$", " "); // " - Ada Quill - (6:12 in the video)"
    rest = rest.replaceAll("\\([^)]*\\)", " ").replaceAll("[*_`#:]", " ").strip();
    if (CONTENT_WORDS.matcher(rest).find()) return !NOT_FEATURES.matcher(rest).find();
    return rest.isEmpty() || rest.split("\\s+").length <= 1;
  }

  /**
   * The top-level list items in a heading's body: up to the next heading, skipping the presenter
   * and offset sub-headings that follow it directly ("### Ada Quill", "#### (3:00 in the video)").
   */
  private static List<Integer> underHeading(Lines lines, int heading, List<Version> versions) {
    int j = heading + 1;
    while (j < lines.size()) {
      String l = lines.text(j);
      if (l.isBlank()) {
        j++;
      } else if (HEADING.matcher(l).matches()
          && lines.versionsOn(j, versions).isEmpty()
          && HEADING.matcher(l).replaceAll("$2").split("\\s+").length <= 4
          && !CONTENT_WORDS.matcher(l).find()
          && !changelogLabel(l)) {
        j++;
      } else {
        break;
      }
    }
    List<Integer> out = new ArrayList<>();
    int base = -1;
    boolean skipping = false;
    int level = level(lines.text(heading));
    for (; j < lines.size(); j++) {
      String l = lines.text(j);
      if (l.startsWith("```") || l.startsWith("~~~")) break;
      Matcher h = HEADING.matcher(l);
      if (h.matches()) {
        // A changelog entry: "### v2.3.0" then "#### Added" / "#### Fixed" / "#### Removed".
        if (h.group(1).length() <= level || !lines.versionsOn(j, versions).isEmpty()) break;
        String label = FeatureLists.clean(h.group(2));
        if (CHANGE_KIND.matcher(label).matches()) {
          skipping = false;
        } else if (NOT_FEATURES.matcher(label).find()) {
          skipping = true;
        } else {
          break;
        }
        base = -1;
        continue;
      }
      Matcher m = ITEM.matcher(l);
      if (!m.matches()) {
        // A label such as "Questions:" before a list says what the list is.
        if (!l.isBlank()) skipping = NOT_FEATURES.matcher(l).find() && l.strip().endsWith(":");
        continue;
      }
      int indent = m.group(1).length();
      if (base < 0) base = indent;
      if (indent > base + 1 || skipping) continue;
      if (indent < base) base = indent;
      if (anotherRelease(lines, j, heading, versions)) {
        continue; // an item about another version is no feature of this one
      }
      out.add(j);
    }
    return out;
  }

  /**
   * Whether the item at {@code a} is about another release of the project of the version at {@code
   * b} ("- 5.1: ..." in a list under 5.0). A version of another project is what a feature requires
   * or drops ("support React 19 only", "require Python 3.10"): the item is still a feature.
   */
  private static boolean anotherRelease(Lines lines, int a, int b, List<Version> versions) {
    List<Version> va = lines.versionsOn(a, versions);
    if (va.isEmpty() || sameVersion(lines, a, b, versions)) return false;
    List<Version> vb = lines.versionsOn(b, versions);
    if (vb.isEmpty()) return true;
    String project = vb.get(0).entity().project();
    return va.stream().anyMatch(v -> java.util.Objects.equals(v.entity().project(), project));
  }

  private static boolean sameVersion(Lines lines, int a, int b, List<Version> versions) {
    List<Version> va = lines.versionsOn(a, versions);
    List<Version> vb = lines.versionsOn(b, versions);
    return !va.isEmpty()
        && !vb.isEmpty()
        && va.get(0).entity().id().equals(vb.get(0).entity().id());
  }

  /** The first-level children of the list item at {@code parent}: lines indented deeper. */
  private static List<Integer> children(
      Lines lines, int parent, int indent, List<Version> versions) {
    List<Integer> out = new ArrayList<>();
    int base = -1;
    for (int j = parent + 1; j < lines.size(); j++) {
      String l = lines.text(j);
      if (l.isBlank()) {
        if (j + 1 < lines.size() && leading(lines.text(j + 1)) > indent) continue;
        break;
      }
      Matcher m = ITEM.matcher(l);
      int d = leading(l);
      if (d <= indent) break;
      if (!m.matches()) continue;
      if (base < 0) base = d;
      if (d > base + 1) continue;
      if (anotherRelease(lines, j, parent, versions)) {
        continue;
      }
      out.add(j);
    }
    return out;
  }

  /** The list that starts right after {@code at} (one blank line allowed): its top-level items. */
  private static List<Integer> listAfter(Lines lines, int at, List<Version> versions) {
    int indent = leading(lines.text(at));
    int j = at + 1;
    if (j < lines.size() && lines.text(j).isBlank()) j++;
    List<Integer> out = new ArrayList<>();
    int base = -1;
    for (; j < lines.size(); j++) {
      String l = lines.text(j);
      Matcher m = ITEM.matcher(l);
      if (!m.matches()) {
        if (l.isBlank() && j + 1 < lines.size() && ITEM.matcher(lines.text(j + 1)).matches())
          continue;
        if (!l.isBlank() && base >= 0 && leading(l) > base) continue; // an item's second line
        break;
      }
      int d = m.group(1).length();
      if (d < indent) break; // the list of an outer item, not of this line
      if (base < 0) base = d;
      if (d < base) break;
      if (d > base + 1) continue;
      if (anotherRelease(lines, j, at, versions)) break;
      out.add(j);
    }
    return out;
  }

  /** "| 9.2 | Faster pulls |": every other cell with words is a feature of the row's version. */
  private static void tableRow(
      Lines lines, int i, Version v, String document, List<Feature> out, boolean[] taken) {
    if (taken[i] || TABLE_RULE.matcher(lines.text(i)).matches()) return;
    if (i + 1 < lines.size() && TABLE_RULE.matcher(lines.text(i + 1)).matches()) return; // header
    int lineBegin = lines.begin(i);
    String line = lines.text(i);
    int vb = v.range().begin() - lineBegin;
    int ve = v.range().end() - lineBegin;
    String[] cells = cells(line);
    List<String> header = header(lines, i);
    int pos = line.indexOf('|') + 1;
    boolean versionCell = false;
    List<String> others = new ArrayList<>();
    for (int c = 0; c < cells.length; c++) {
      String cell = cells[c];
      int cb = pos;
      int ce = pos + cell.length();
      pos = ce + 1;
      if (cb <= vb && ve <= ce) {
        String rest = (cell.substring(0, vb - cb) + cell.substring(ve - cb)).strip();
        versionCell = rest.split("\\s+").length <= 1;
      } else if (cell.chars().filter(Character::isLetter).count() >= 3
          && (header.isEmpty()
              || (c < header.size() && CONTENT_COLUMN.matcher(header.get(c)).matches()))) {
        // With a header, only the columns it calls contents: "Status", "Date", "Owner" are not.
        others.add(cell);
      }
    }
    if (!versionCell) return;
    for (String cell : others) {
      String clean = clean(cell);
      if (clean.isEmpty()) continue;
      taken[i] = true;
      out.add(new Feature(v.entity().id(), v.entity().project(), clean, lines.range(i), document));
    }
  }

  private static String[] cells(String row) {
    return row.strip().replaceAll("^\\||\\|$", "").split("\\|", -1);
  }

  /** The header cells of the table row {@code i} belongs to (the row above its rule), or none. */
  private static List<String> header(Lines lines, int i) {
    int k = i;
    while (k > 0 && lines.text(k - 1).strip().startsWith("|")) k--;
    if (k + 1 >= lines.size() || !TABLE_RULE.matcher(lines.text(k + 1)).matches()) return List.of();
    List<String> out = new ArrayList<>();
    for (String c : cells(lines.text(k))) out.add(clean(c));
    return out;
  }

  /**
   * "Drop CNI - Looking at dropping the CNI network ...": a short name then a dash and an
   * explanation is the name.
   */
  static String named(String text) {
    Matcher m = Pattern.compile("^(.{2,80}?)\\s+[-–—]\\s+(.+)$").matcher(text);
    if (!m.matches()) return text;
    int nameWords = m.group(1).split("\\s+").length;
    int restWords = m.group(2).split("\\s+").length;
    return nameWords <= 6 && restWords >= 4 ? m.group(1).strip() : text;
  }

  /** A feature the note already listed for the version, by the same words it starts with. */
  static boolean repeats(List<Feature> out, String versionId, String text) {
    String key = Names.normalise(text);
    for (Feature f : out) {
      if (!f.versionId().equals(versionId)) continue;
      String other = Names.normalise(f.text());
      if ((key + " ").startsWith(other + " ") || (other + " ").startsWith(key + " ")) return true;
    }
    return false;
  }

  private static String itemText(String line) {
    Matcher m = ITEM.matcher(line);
    return m.matches() ? m.group(2) : line.strip();
  }

  /**
   * A feature's text as a reader would write it: Markdown links become their text, bare URLs,
   * emphasis, code ticks and a trailing recording offset go, as do trailing punctuation and a
   * trailing ":".
   */
  static String clean(String raw) {
    String s = MD_LINK.matcher(raw).replaceAll("$1");
    s = URL.matcher(s).replaceAll(" ");
    s = EMPHASIS.matcher(s).replaceAll("");
    s = s.replaceAll("\\(\\s*\\)", " ").replaceAll("\\s+", " ").strip();
    String before;
    do {
      before = s;
      s = OFFSET.matcher(s).replaceAll("").strip();
      s = s.replaceAll("[\\s.,;:!-]+$", "").strip();
    } while (!s.equals(before));
    return s.chars().anyMatch(Character::isLetter) ? s : "";
  }

  /** "#### Added", "#### Removed": a changelog sub-heading, which the main loop reads. */
  private static boolean changelogLabel(String heading) {
    String label = clean(HEADING.matcher(heading).replaceAll("$2"));
    return CHANGE_KIND.matcher(label).matches() || NOT_FEATURES.matcher(label).find();
  }

  private static int level(String heading) {
    Matcher h = HEADING.matcher(heading);
    return h.matches() ? h.group(1).length() : 0;
  }

  private static int leading(String l) {
    int n = 0;
    while (n < l.length() && (l.charAt(n) == ' ' || l.charAt(n) == '\t'))
      n += l.charAt(n) == '\t' ? 4 : 1;
    return n;
  }

  /** The note's lines with their offsets. */
  private static final class Lines {
    private final String text;
    private final List<int[]> spans = new ArrayList<>();
    private final List<List<Version>> onLine = new ArrayList<>();

    /** Splits once and files each version under its line, so lookups cost nothing per line. */
    Lines(String text, List<Version> versions) {
      this.text = text;
      int b = 0;
      while (b <= text.length()) {
        int e = text.indexOf('\n', b);
        if (e < 0) e = text.length();
        spans.add(new int[] {b, e});
        onLine.add(new ArrayList<>());
        b = e + 1;
      }
      for (Version v : versions) {
        int i = lineOf(v.range().begin());
        if (v.range().end() <= spans.get(i)[1]) onLine.get(i).add(v);
      }
    }

    private int lineOf(int offset) {
      int lo = 0;
      int hi = spans.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (spans.get(mid)[0] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    }

    int size() {
      return spans.size();
    }

    String text(int i) {
      return text.substring(spans.get(i)[0], spans.get(i)[1]);
    }

    int begin(int i) {
      return spans.get(i)[0];
    }

    int end(int i) {
      return spans.get(i)[1];
    }

    SourceRange range(int i) {
      return new SourceRange(i + 1, spans.get(i)[0], spans.get(i)[1]);
    }

    List<Version> versionsOn(int i, List<Version> ignored) {
      return onLine.get(i);
    }
  }

  /** Adapter for the (range, entity) entries {@link Releases} reads. */
  static List<Version> of(List<Map.Entry<SourceRange, Entity>> entries) {
    return entries.stream().map(e -> new Version(e.getKey(), e.getValue())).toList();
  }
}
