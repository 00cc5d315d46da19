package io.notegraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People named in the places notes keep for people, with no list of them: the owners in parentheses
 * at the end of a heading or bold item ("**inline assembly (Amanieu, Josh)**", "## grammar (qmx)"),
 * the other names of a list that already holds a known person ("when Amanieu, acfolzer, Niko, +
 * Kyle were available"), and "X and I". A name must look like one: a capitalised word that is no
 * English word, or a handle (digits, inner capitals or hyphens: "ecstatic-morse", "BatmanAod"); a
 * plain lower-case word counts only beside a known person. Finder {@code pattern}, confidence 1.0.
 * Stateless.
 */
final class NameListFinder {
  /** A list: names separated by commas, "+", "&", "and". */
  private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|\\+|&|\\band\\b)\\s*");

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}_-]*[\\p{L}\\p{N}]");

  /** "name, " right before a known person (the region ends at the person). */
  private static final Pattern LEFT =
      Pattern.compile(
          "([\\p{L}][\\p{L}\\p{N}_-]*[\\p{L}\\p{N}])[ \\t]*(?:,|\\+|&)[ \\t]*(?:\\+[ \\t]*)?$");

  /** ", name" / " and name" right after a known person. */
  private static final Pattern RIGHT =
      Pattern.compile(
          "^[ \\t]*(?:,|\\+|&|,?[ \\t]*and\\b)[ \\t]*(?:\\+[ \\t]*)?([\\p{L}][\\p{L}\\p{N}_-]*[\\p{L}\\p{N}])");

  private static final Pattern AND_I = Pattern.compile("\\b([\\p{L}][\\p{L}\\p{N}_-]+) and I\\b");

  private NameListFinder() {}

  /**
   * @param line the original segment (markers intact: headings and bold items are told by them)
   * @param masked the masked segment (same offsets)
   * @param known PERSON candidates already found (structure, handles)
   */
  static List<Candidate> find(String line, String masked, List<Candidate> known) {
    List<Candidate> out = new ArrayList<>();
    // Line by line, no regular expression over the whole segment: one pass, whatever the length.
    for (int start = 0; start < line.length(); ) {
      int nl = line.indexOf('\n', start);
      int end = nl < 0 ? line.length() : nl;
      if (titleLine(line, start)) owners(masked, start, end, known, out);
      start = end + 1;
    }
    for (Candidate k : known) listAround(masked, k, known, out);
    if (masked.contains(" and I")) {
      Matcher a = AND_I.matcher(masked);
      while (a.find()) {
        // Only a sentence's subject ("- llogic and I had..."), not "the entire Kubla and I think".
        if (startsLine(masked, a.start(1)) && nameShaped(a.group(1), true)) {
          out.add(person(a.start(1), a.end(1)));
        }
      }
    }
    return out;
  }

  /** Nothing but spaces and list or emphasis markers between the line's start and {@code at}. */
  private static boolean startsLine(String text, int at) {
    for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      if (" \t-*+>_".indexOf(text.charAt(i)) < 0) return false;
    }
    return true;
  }

  /** The parenthesised names that close a title line, after some title text. */
  private static void owners(
      String masked, int start, int end, List<Candidate> known, List<Candidate> out) {
    int e = end;
    while (e > start && " \t*_~:".indexOf(masked.charAt(e - 1)) >= 0) e--;
    if (e <= start || masked.charAt(e - 1) != ')') return;
    int open = masked.lastIndexOf('(', e - 1);
    if (open <= start || e - 1 - open > 80 || masked.indexOf(')', open) != e - 1) return;
    if (masked.substring(start, open).chars().noneMatch(Character::isLetter)) return;
    names(masked, open + 1, e - 1, known, false, out);
  }

  /**
   * Owners closing the list items that title the items under them, in a whole note (the items under
   * a title are segments of their own).
   *
   * @param text the note's text
   */
  static List<Candidate> subListOwners(String text) {
    List<Candidate> out = new ArrayList<>();
    String masked = null;
    for (int start = 0; start < text.length(); ) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      if (end > start
          && text.charAt(end - 1 - (text.charAt(end - 1) == '\r' ? 1 : 0)) == ')'
          && headsSubList(text, start, end)) {
        if (masked == null) masked = Masker.mask(text);
        owners(masked, start, end, List.of(), out);
      }
      start = end + 1;
    }
    return out;
  }

  /**
   * A list item whose next line is a deeper list item: the title of the items under it ("* [ ]
   * const evaluation (ecstatic-morse)" over "- if/match").
   */
  private static boolean headsSubList(String text, int start, int end) {
    int indent = listIndent(text, start);
    if (indent < 0 || end >= text.length()) return false;
    int next = listIndent(text, end + 1);
    return next > indent;
  }

  /** The indentation of a list item's marker at the line starting at {@code at}, else -1. */
  private static int listIndent(String text, int at) {
    int i = at;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
    if (i + 1 >= text.length() || "-*+".indexOf(text.charAt(i)) < 0) return -1;
    char after = text.charAt(i + 1);
    return after == ' ' || after == '\t' ? i - at : -1;
  }

  /** A heading, a bold or struck item, or a list item that is all title ("- grammar (qmx)"). */
  private static boolean titleLine(String text, int start) {
    int i = start;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
    if (i < text.length() && text.charAt(i) == '#') return true;
    return text.startsWith("**", i) || text.startsWith("~~", i) || text.startsWith("__", i);
  }

  /** Every element of the list between {@code from} and {@code to}, if all are names. */
  private static void names(
      String masked,
      int from,
      int to,
      List<Candidate> known,
      boolean knownInside,
      List<Candidate> out) {
    List<int[]> spans = new ArrayList<>();
    int at = from;
    Matcher sep = SEPARATOR.matcher(masked).region(from, to);
    while (true) {
      boolean more = sep.find();
      int end = more ? sep.start() : to;
      int b = at;
      int e = end;
      while (b < e && Character.isWhitespace(masked.charAt(b))) b++;
      while (e > b && Character.isWhitespace(masked.charAt(e - 1))) e--;
      if (b < e) spans.add(new int[] {b, e});
      if (!more) break;
      at = sep.end();
    }
    if (spans.isEmpty() || spans.size() > 6) return;
    boolean anyKnown = knownInside;
    int strong = 0;
    for (int[] s : spans) {
      boolean k = isKnown(known, s[0], s[1]);
      anyKnown |= k;
      if (k || nameShaped(masked.substring(s[0], s[1]), false)) strong++;
    }
    // Beside an unmistakable name, a capitalised word that is also English is a name too:
    // "(Amanieu, Josh)", "(Ryan, Josh)".
    boolean lenient = !knownInside && spans.size() >= 2 && strong >= 1; // owners only
    for (int i = 0; i < spans.size(); i++) {
      int[] s = spans.get(i);
      if (isKnown(known, s[0], s[1])) continue;
      String w = masked.substring(s[0], s[1]);
      boolean capitalised =
          w.length() >= 3
              && Character.isUpperCase(w.charAt(0))
              && !CommonWords.contains(w)
              && w.substring(1).chars().allMatch(Character::isLowerCase);
      // A plain lower-case word ("acfolzer") only in a list of three or more beside a known name.
      // ...and not last: "Anders and Flavian, thx" ends in a word, not a name.
      boolean beside = anyKnown && spans.size() >= 3 && i < spans.size() - 1;
      if (!WORD.matcher(w).matches() || !(nameShaped(w, beside) || lenient && capitalised)) {
        return; // not a list of names
      }
    }
    for (int[] s : spans) if (!isKnown(known, s[0], s[1])) out.add(person(s[0], s[1]));
  }

  /** The list of single names on the line of a known person, if every element is a name. */
  private static void listAround(
      String masked, Candidate k, List<Candidate> known, List<Candidate> out) {
    // Walk left and right over "name, " / ", name" pieces on the same line.
    int from = k.begin();
    int to = k.end();
    while (true) {
      Matcher left = LEFT.matcher(masked).region(Math.max(0, from - 60), from);
      if (!left.find()) break;
      from = left.start(1);
    }
    while (true) {
      Matcher right = RIGHT.matcher(masked).region(to, Math.min(masked.length(), to + 60));
      if (!right.find()) break;
      to = right.end(1);
    }
    if (from == k.begin() && to == k.end()) return;
    names(masked, from, to, known, true, out);
  }

  private static boolean isKnown(List<Candidate> known, int b, int e) {
    for (Candidate c : known) if (c.begin() == b && c.end() == e) return true;
    return false;
  }

  /**
   * A capitalised word that is neither English nor a common word, or a handle shape (a digit, an
   * inner capital, a hyphen between letters); with {@code besideKnown} also a plain lower-case word
   * that is no English word ("acfolzer").
   */
  static boolean nameShaped(String w, boolean besideKnown) {
    if (w.length() < 3 || CommonWords.contains(w)) return false;
    boolean handle =
        w.chars().anyMatch(Character::isDigit)
            || w.indexOf('-') > 0
            || w.substring(1).chars().anyMatch(Character::isUpperCase);
    if (w.chars().filter(Character::isUpperCase).count() == w.length()) return false; // RFC, WIP
    if (handle && w.chars().filter(Character::isLetter).count() < 3) return false; // x86, i386
    if (handle) return !EnglishWords.contains(w); // not "write-up"
    if (EnglishWords.contains(w)) return false;
    return Character.isUpperCase(w.charAt(0)) || besideKnown;
  }

  private static Candidate person(int b, int e) {
    return new Candidate(EntityType.PERSON, b, e, 1.0, Recognizer.PATTERN);
  }
}
