package io.notegraph.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits "Title - Presenter(s)" headings: "crun Update - Dan Walsh and Giuseppe Scrivano", "Podman
 * pod create - What happens... - Dan Walsh", "Possible Podman 5 features - Dan Walsh - 1" (trailing
 * numbers are noise), "Lima - Anders, Matt" (first names of attendees). The part after the last
 * dash counts as presenters only if every name in it reads as a person. Also "Title w/ Name, Name"
 * and "Name: Title".
 *
 * @param titleBegin where the title begins in the text (after "Name: ", else 0)
 * @param titleEnd where the title ends in the text
 * @param presenters the names, offsets into the same text
 */
record TitleSplit(int titleBegin, int titleEnd, List<PersonNames.Part> presenters) {
  TitleSplit(int titleEnd, List<PersonNames.Part> presenters) {
    this(0, titleEnd, presenters);
  }

  // Compiled once: String.split/matches/replaceAll compile their pattern on every call.
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern NUMBERS =
      java.util.regex.Pattern.compile("[\\d\\s.]+");
  private static final java.util.regex.Pattern PIECES =
      java.util.regex.Pattern.compile("/|,|&| and ");

  static TitleSplit of(String s, Set<String> known) {
    return split(s, 0, known, false);
  }

  private static final java.util.regex.Pattern OWNER_TOKEN =
      java.util.regex.Pattern.compile("@?[a-z][a-z0-9_-]{1,38}|\\p{Lu}[\\p{L}'’-]+");

  /**
   * A heading ending with its presenters in parentheses, "Roadmap for 3.0 (Kit Lu)", "Packaging
   * (Juno Barros, @kit-lu)": full names, handles, or names of people present; a single unknown
   * capitalised word ("(Draft)", "(Proposal)") is none.
   */
  static TitleSplit ofTrailingNames(String s, Set<String> known) {
    TitleSplit none = new TitleSplit(s.stripTrailing().length(), List.of());
    int end = s.stripTrailing().length();
    if (end == 0 || s.charAt(end - 1) != ')') return none;
    int open = s.lastIndexOf('(', end - 1);
    if (open <= 0 || s.substring(0, open).isBlank()) return none;
    List<PersonNames.Part> parts = new ArrayList<>();
    int at = open + 1;
    for (String piece : PIECES.split(s.substring(open + 1, end - 1))) {
      String t = piece.strip();
      if (t.isEmpty()) continue;
      int tb = s.indexOf(t, at);
      boolean handle = t.startsWith("@") && OWNER_TOKEN.matcher(t).matches();
      boolean ok =
          handle
              || fullName(t) && PersonNames.looksLikeName(t, known)
              || t.indexOf(' ') < 0 && known.contains(t.toLowerCase(java.util.Locale.ROOT));
      if (!ok) return none;
      String name = handle ? t.substring(1) : t;
      int nb = handle ? tb + 1 : tb;
      parts.add(new PersonNames.Part(name, handle ? name : null, null, nb, nb + name.length()));
      at = tb + t.length();
    }
    return parts.isEmpty() ? none : new TitleSplit(open, parts);
  }

  /**
   * Two to four words, not all of them English words ("Kit Lu", not "Draft Plan"); capitals are
   * checked by {@link PersonNames#looksLikeName}, which the caller asks too.
   */
  private static boolean fullName(String t) {
    String[] words = t.split("\\s+");
    if (words.length < 2 || words.length > 4) return false;
    for (String w : words) {
      if (!io.notegraph.nlp.EnglishWords.contains(w)) return true;
    }
    return false;
  }

  /**
   * An item below a group heading: as {@link #of}, and a trailing parenthesis of handles or single
   * names ("(Ana, bo)", "(ecstatic-morse)") names its owners even when nobody listed them as
   * present.
   */
  static TitleSplit ofGroupItem(String s, Set<String> known) {
    TitleSplit plain = split(s, 0, known, false);
    if (!plain.presenters().isEmpty()) return plain;
    int end = s.stripTrailing().length();
    while (end >= 2 && s.startsWith("~~", end - 2)) end -= 2; // struck through: still an item
    if (end == 0 || s.charAt(end - 1) != ')') return plain;
    int open = s.lastIndexOf('(', end - 1);
    if (open <= 0) return plain;
    List<PersonNames.Part> parts = new ArrayList<>();
    int at = open + 1;
    for (String piece : PIECES.split(s.substring(open + 1, end - 1))) {
      int b = s.indexOf(piece, at);
      String t = piece.strip();
      if (t.isEmpty()) continue;
      int tb = s.indexOf(t, b);
      boolean ok = OWNER_TOKEN.matcher(t).matches() || PersonNames.looksLikeName(t, known);
      if (!ok) return plain;
      String name = t.startsWith("@") ? t.substring(1) : t;
      int nb = t.startsWith("@") ? tb + 1 : tb;
      parts.add(
          new PersonNames.Part(
              name,
              name.equals(name.toLowerCase(java.util.Locale.ROOT)) ? name : null,
              null,
              nb,
              nb + name.length()));
      at = tb + t.length();
    }
    return parts.isEmpty() ? plain : new TitleSplit(open, parts);
  }

  /** For topic lists: "Possible Podman 5 features - Dan Walsh/All" keeps Dan Walsh. */
  static TitleSplit lenient(String s, int from, Set<String> known) {
    return split(s, from, known, true);
  }

  private static TitleSplit split(String s, int from, Set<String> known, boolean lenient) {
    List<int[]> dashes = dashes(s, from);
    int end = s.length();
    for (int i = dashes.size() - 1; i >= 0; i--) {
      int[] d = dashes.get(i);
      String after = s.substring(d[1], end).strip();
      if (after.isEmpty() || NUMBERS.matcher(after).matches()) { // "- 1", "- 20": noise
        end = d[0];
        continue;
      }
      List<PersonNames.Part> names = names(s, d[1], end, known, lenient);
      if (names.isEmpty()) names = withAKnownOne(s, d[1], end, known);
      if (!names.isEmpty()) return new TitleSplit(d[0], names);
      int on = s.toLowerCase(java.util.Locale.ROOT).indexOf(" for ", d[1]);
      if (on > d[1] && on < end) { // "- Ana Ruiz for Bo Lindgren": Ana presents Bo's topic
        List<PersonNames.Part> who = names(s, d[1], on, known, lenient);
        if (!who.isEmpty() && !names(s, on + 5, end, known, lenient).isEmpty()) {
          return new TitleSplit(d[0], who);
        }
      }
      break;
    }
    int with = s.toLowerCase(java.util.Locale.ROOT).lastIndexOf(" w/ ", end); // "CI w/ Ana Ruiz"
    if (with > from) {
      List<PersonNames.Part> names = names(s, with + 4, end, known, lenient);
      if (!names.isEmpty()) return new TitleSplit(with, names);
    }
    if (!lenient) { // "Ana Ruiz: Podman 5 update"
      int colon = s.indexOf(':', from);
      if (colon > from && colon < end - 1) {
        String who = s.substring(from, colon).strip();
        if (who.indexOf(' ') > 0 || known.contains(who.toLowerCase(java.util.Locale.ROOT))) {
          List<PersonNames.Part> names = PersonNames.splitList(s, from, colon, known);
          if (!names.isEmpty()) return new TitleSplit(colon + 1, end, names);
        }
      }
    }
    int by = lastBy(s, from, end); // "Podman 5 update by Matt Heon"
    if (by > 0) {
      List<PersonNames.Part> names = names(s, by + 4, end, known, lenient);
      if (!names.isEmpty() && (lenient || allPresent(names, known)))
        return new TitleSplit(by, names);
    }
    // "Podman 5 update (Matt Heon)", "Sprocket [Bo Lindgren]" (a board report and its reporter)
    for (char[] pair : new char[][] {{'(', ')'}, {'[', ']'}}) {
      int open = s.lastIndexOf(pair[0], end);
      if (open > from) {
        int close = s.indexOf(pair[1], open);
        if (close > open && s.substring(close + 1, end).isBlank()) {
          List<PersonNames.Part> names = names(s, open + 1, close, known, lenient);
          if (!names.isEmpty() && (lenient || allPresent(names, known))) {
            return new TitleSplit(open, names);
          }
        }
      }
    }
    // "Proposal to maintain podman-compose.  Povilas.": the proposer after the title's full stop
    java.util.regex.Matcher stop = NAME_AFTER_STOP.matcher(s).region(from, end);
    if (stop.find() && stop.start() > from) {
      List<PersonNames.Part> who = PersonNames.splitList(s, stop.start(1), stop.end(1), known);
      if (!who.isEmpty()) return new TitleSplit(stop.start(), who);
    }
    return new TitleSplit(end, List.of());
  }

  private static final java.util.regex.Pattern NAME_AFTER_STOP =
      java.util.regex.Pattern.compile(
          "\\.\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)\\.?\\s*$");

  private static final java.util.regex.Pattern ONE_NAME_WORD =
      java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}'’-]*");

  /**
   * "Volumes - Matt, Dan": one-word names after a dash, at least two, at least one of them someone
   * present; the others are taken with it ("Dan" for Daniel Walsh, whom no list calls Dan).
   */
  private static List<PersonNames.Part> withAKnownOne(String s, int b, int e, Set<String> known) {
    String[] pieces = PIECES.split(s.substring(b, e));
    if (pieces.length < 2) return List.of();
    List<PersonNames.Part> out = new ArrayList<>();
    boolean anyKnown = false;
    int at = b;
    for (String piece : pieces) {
      String w = piece.strip();
      int start = s.indexOf(w, at);
      if (w.isEmpty() || start < 0 || !ONE_NAME_WORD.matcher(w).matches()) return List.of();
      anyKnown |= known.contains(w.toLowerCase(java.util.Locale.ROOT));
      out.add(new PersonNames.Part(w, null, null, start, start + w.length()));
      at = start + w.length();
    }
    return anyKnown ? out : List.of();
  }

  /**
   * "(Apple Silicon)" and "by Red Hat" read like names too; after a parenthesis or "by" only people
   * known to be present count.
   */
  private static boolean allPresent(List<PersonNames.Part> names, Set<String> known) {
    return names.stream()
        .allMatch(
            n -> known.contains(WHITESPACE.split(n.name())[0].toLowerCase(java.util.Locale.ROOT)));
  }

  private static int lastBy(String s, int from, int end) {
    int at = s.toLowerCase(java.util.Locale.ROOT).lastIndexOf(" by ", end);
    return at >= from ? at : -1;
  }

  private static List<PersonNames.Part> names(
      String s, int b, int e, Set<String> known, boolean lenient) {
    List<PersonNames.Part> strict = PersonNames.splitList(s, b, e, known);
    if (!strict.isEmpty() || !lenient) return strict;
    List<PersonNames.Part> kept = new ArrayList<>();
    for (String piece : PIECES.split(s.substring(b, e))) {
      int at = s.indexOf(piece, b);
      if (at < 0 || piece.isBlank()) continue;
      String trimmed = leadingName(piece, known);
      if (trimmed == null) continue;
      int start = at + piece.indexOf(trimmed);
      kept.add(new PersonNames.Part(trimmed, null, null, start, start + trimmed.length()));
    }
    return kept;
  }

  /** The longest run of leading words that reads as a name: "Anders Björklund to kick off". */
  private static String leadingName(String piece, Set<String> known) {
    String[] words = WHITESPACE.split(piece.strip());
    for (int n = Math.min(words.length, 4); n >= 1; n--) {
      String candidate = String.join(" ", java.util.Arrays.copyOf(words, n));
      if (PersonNames.looksLikeName(candidate, known)) return candidate;
    }
    return null;
  }

  /** Separator dashes " - ", " – ", " — " (and "-" glued to a following space). */
  private static List<int[]> dashes(String s, int from) {
    List<int[]> out = new ArrayList<>();
    // A separator needs title text before it: a dash right at 'from' ("Topic: - Name") is not
    // one, and taking it would end the title before it starts.
    for (int i = Math.max(from + 1, 1); i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '-' || c == '–' || c == '—')
          && Character.isWhitespace(s.charAt(i - 1))
          && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)))) {
        out.add(new int[] {i - 1, i + 1});
      }
    }
    return out;
  }
}
